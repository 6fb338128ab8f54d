import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Approvals (审批): requests, decisions, withdrawal.
export const approvalsErrors = {
  'approval-not-found': [404, '审批事项不存在'],
  'approval-pending': [409, '本案已有待审批的事项，审批完成或撤回后才能再提交'],
  'approval-decided': [409, '该审批事项已处理，不能再次审批'],
  'approval-self-decision': [403, '不能审批本人提交的事项'],
  'approval-wrong-role': [403, '您的角色不能审批这一步'],
  'approval-out-of-scope': [403, '只能审批本院的事项'],
  'approval-stale': [409, '案件情况已变化，该事项已不能执行，审批未生效'],
  'approval-not-requester': [403, '只有提交人可以撤回审批'],
  'opinion-required': [422, '请填写审批意见'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof approvalsErrors> {}
}
