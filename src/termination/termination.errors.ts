import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// 终本 (终结本次执行程序): the closure gate on the case's recorded facts, and the facts it adds.
export const terminationErrors = {
  'termination-conditions-unmet': [409, '不符合终结本次执行程序的条件'],
  'termination-route-required': [422, '终结本次执行程序须选择程序：申请执行人书面同意，或合议庭评议并报院长审批'],
  'applicant-party-not-found': [422, '约谈对象须为本案的申请执行人'],
  'debtor-whereabouts-party-not-found': [422, '须为本案的被执行人'],
  'termination-fact-on-closed-case': [409, '案件已结案，不能再登记终本事实'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof terminationErrors> {}
}
