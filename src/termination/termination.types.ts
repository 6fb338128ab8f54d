import type { UnmetCode } from '../rules/termination-check.ts';
import type { InterviewMethod } from '../shared/termination.ts';

// The words of the 终本 gate shared by the server and the web: the interview's methods, the
// closure routes and each condition's positive label (the rule's UNMET_LABELS say what is missing).

export {
  interviewMethodNames,
  interviewMethods,
  terminationRouteNames,
  terminationRoutes,
  type InterviewMethod,
  type TerminationRoute,
} from '../shared/termination.ts';

/** A condition of the gate: the rule's unmet codes, and the route's own. */
export type GateCondition = UnmetCode | 'applicant-not-confirmed';

export const conditionLabels: Record<GateCondition, string> = {
  'enforcement-notice-not-served': '已向被执行人发出执行通知',
  'asset-report-not-ordered': '已发出报告财产令',
  'asset-report-not-verified': '已核查被执行人报告的财产，虚假报告已处罚',
  'consumption-not-restricted': '已对每名被执行人发出限制消费令',
  'dishonest-listing-not-decided': '符合条件的被执行人已纳入失信名单',
  'online-search-not-done': '已通过网络执行查控系统查询每名被执行人的财产',
  'leads-not-verified': '申请执行人或他人提供的财产线索均已核查',
  'on-site-investigation-not-done': '已在住所地或财产所在地进行必要调查',
  'disposable-assets-found': '无可供执行的财产，或发现的财产不能处置',
  'three-months-not-elapsed': '自立案之日起已超过三个月',
  'missing-debtor-not-searched': '下落不明的被执行人已依法查找',
  'obstruction-not-sanctioned': '妨害执行行为已依法采取强制措施',
  'applicant-not-interviewed': '已约谈申请执行人并记录其意见',
  'applicant-not-confirmed': '申请执行人书面同意终结本次执行程序',
};

/** A piece of the case's record that satisfies a condition: the event or row, and its date. */
export type Evidence = { readonly source: string; readonly id: string | null; readonly on: string | null; readonly text: string };

export type ConditionView = {
  readonly condition: GateCondition;
  readonly label: string;
  readonly article: string;
  readonly met: boolean;
  readonly evidence: Evidence | null;
  readonly detail: string;
};

export type TerminationView = {
  readonly caseId: string;
  readonly eligible: boolean;
  readonly asOf: string;
  readonly filedOn: string;
  readonly earliestDate: string;
  readonly conditions: ConditionView[];
};

export type ApplicantInterviewView = {
  readonly id: string;
  readonly caseId: string;
  readonly interviewedOn: string;
  readonly method: InterviewMethod;
  readonly methodName: string;
  readonly applicantPartyId: string;
  readonly applicant: string;
  readonly applicantView: string;
  readonly agreesToTermination: boolean;
};

export type WhereaboutsView = {
  readonly id: string;
  readonly caseId: string;
  readonly debtorPartyId: string;
  readonly debtor: string;
  readonly recordedOn: string;
  readonly missing: boolean;
  readonly searched: boolean;
  readonly measures: string;
};
