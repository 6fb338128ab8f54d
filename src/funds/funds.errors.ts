import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Case funds (案款): accounts, receipts, statements, unmatched receipts, payees and payouts.
export const fundsErrors = {
  'account-closed': [409, '案款账户已关闭（案件已结案），不能再入账'],
  'insufficient-funds': [409, '案款可用余额不足'],
  'idempotency-key-required': [428, '入账和发放须带幂等键（Idempotency-Key 请求头）'],
  'receipt-date-invalid': [422, '到账日期不正确'],
  'party-not-applicant': [422, '只能向本案的申请执行人发放案款'],
  'payee-account-missing': [409, '该申请执行人尚无经确认的收款账户'],
  'payout-not-found': [404, '发放申请不存在'],
  'payout-decided': [409, '该发放申请已办结，不能再审批'],
  'payout-wrong-step': [409, '不是您审批的这一步'],
  'payout-same-approver': [409, '同一人不能审批同一发放申请的两步'],
  'payout-not-instructed': [409, '该发放尚未付款，或银行已回复'],
  'unmatched-not-found': [404, '暂存款不存在'],
  'unmatched-claimed': [409, '该笔暂存款已认领'],
  'statement-invalid': [422, '银行流水无法读取'],
  'statement-column-missing': [422, '银行流水缺少映射的列'],
  'hold-kind-invalid': [422, '暂缓发放的事由不正确'],
  'hold-not-found': [404, '暂缓发放记录不存在'],
  'hold-released': [409, '该暂缓发放已解除'],
  'transfer-target-required': [422, '请填写划转的目标案件'],
  'transfer-same-case': [422, '不能划转至本案自己的案款账户'],
  'transfer-target-not-found': [404, '划转的目标案件不存在（或不在本院）'],
  'transfer-target-closed': [409, '目标案件已结案，不能划入案款'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof fundsErrors> {}
}
