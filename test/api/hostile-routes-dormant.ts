import type { Route } from './hostile-routes.ts';

// The write routes of the 终本案件库 (src/dormant) for the hostile-input table of hostile-inputs.test.ts.

type Targets = { closedCase: () => string; runningCase: () => string; noId: string };

export const dormantRoutes = (r: Targets): Route[] => [
  // A 终本 case's exit from the pool and a decision not to resume on a find (src/dormant).
  {
    name: 'an exit from the 终本案件库',
    url: () => `/api/v1/cases/${r.closedCase()}/dormant-exit`,
    body: () => ({
      kind: 'bankruptcy',
      exitedOn: '2026-11-25',
      reason: '申请执行人书面同意移送破产审查',
      consentBy: 'applicant',
      receivingCourt: '广东省江门市中级人民法院',
    }),
    as: 'judge',
  },
  {
    name: 'a decision not to resume on a re-search’s find',
    url: () => `/api/v1/cases/${r.closedCase()}/researches/1/decline-resumption`,
    body: () => ({ reason: '查询到的财产价值过低，暂不恢复执行' }),
    as: 'judge',
  },
  // 终本案件库's bulk assignment (src/dormant, ADR 0216).
  {
    name: 'a bulk officer',
    url: () => '/api/v1/dormant-cases/assign-officer',
    body: () => ({ caseIds: [r.runningCase()], officerId: r.noId }),
    as: 'judge',
  },
];
