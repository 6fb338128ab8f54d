import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The asset register, seizures (查封、扣押、冻结) with their waiting list, and deductions (扣划).
export const assetsErrors = {
  'asset-not-found': [404, '财产不存在'],
  'asset-not-on-case': [409, '该财产未登记在本案，请先登记财产'],
  'identifier-required': [422, '请填写财产的登记编号（账号、权证号、号牌等）'],
  'seizure-not-found': [404, '查封、扣押、冻结措施不存在'],
  'seizure-on-closed-case': [409, '案件已结案，不能采取查封、扣押、冻结措施'],
  'seizure-duplicate': [409, '本案对该财产已有查封、扣押、冻结措施（含轮候），不能重复采取'],
  'measure-not-applicable': [422, '该类财产不能采取这种措施'],
  'freeze-amount-required': [422, '冻结存款等款项须写明冻结金额'],
  'amount-not-applicable': [422, '只有冻结措施可以写明金额'],
  'seizure-dates-invalid': [422, '日期先后不正确'],
  'seizure-term-too-long': [422, '期限超过法定最长期限'],
  'seizure-not-renewable': [409, '只有正在生效的措施可以续行'],
  'renewal-after-expiry': [409, '期限已届满，不能续行'],
  'seizure-not-active': [409, '该措施已解除或已失效'],
  'release-note-required': [422, '请填写解除的具体情况'],
  'deduction-not-allowed': [409, '只有正在生效的款项冻结可以扣划'],
  'deduction-exceeds-frozen': [422, '扣划金额超过尚冻结的金额'],
  'seizure-queue-changed': [409, '该财产的轮候顺序刚刚变化，请重试'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof assetsErrors> {}
}
