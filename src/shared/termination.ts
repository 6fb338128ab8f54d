// The words of the 终本 gate (src/termination) that the server and the web app share: the
// interview's methods and the closure routes.

export const interviewMethods = ['in-person', 'phone', 'video', 'written'] as const;
export type InterviewMethod = (typeof interviewMethods)[number];
export const interviewMethodNames: Record<InterviewMethod, string> = {
  'in-person': '当面约谈',
  phone: '电话约谈',
  video: '视频约谈',
  written: '书面征询',
};

// 民诉法解释(2022) 第517条: the applicant's written confirmation, or the panel's review and the 院长's approval.
export const terminationRoutes = ['applicant-confirmed', 'panel-review'] as const;
export type TerminationRoute = (typeof terminationRoutes)[number];
export const terminationRouteNames: Record<TerminationRoute, string> = {
  'applicant-confirmed': '申请执行人书面同意终本',
  'panel-review': '合议庭评议并报院长审批',
};
