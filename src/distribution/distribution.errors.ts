import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Distribution among creditors (参与分配): joining, the plan, objections, the hold and the payouts.
export const distributionErrors = {
  'distribution-not-found': [404, '分配不存在'],
  'distribution-debtor-not-found': [422, '被执行人不是本案的被执行人'],
  'distribution-debtor-kind-invalid': [422, '被执行人为自然人的，只能按比例分配（参与分配）'],
  'distribution-proceeds-exceed-balance': [409, '可供分配的金额超过案款账户的可用余额'],
  'distribution-title-required': [422, '普通债权人申请参与分配须有执行依据（本院或他院的执行案件）'],
  'distribution-debtor-mismatch': [422, '该执行案件的被执行人与本次分配的被执行人不是同一人'],
  'distribution-creditor-repeated': [409, '该债权人已申请参与本次分配'],
  'distribution-seizure-rank-missing': [422, '被执行人为企业法人的，普通债权须写明查封顺位'],
  'distribution-joining-closed': [409, '分配方案已制作（对该财产的执行已终结），不能再申请参与分配'],
  'distribution-no-claims': [409, '尚无债权人申请参与分配'],
  'distribution-not-open': [409, '分配方案已制作'],
  'distribution-not-planned': [409, '尚未制作分配方案'],
  'distribution-claim-not-found': [404, '参与分配的债权不存在'],
  'distribution-plan-not-served': [409, '分配方案尚未向该债权人送达'],
  'distribution-objection-late': [422, '已超过收到分配方案之日起15日的异议期间'],
  'distribution-disputed-invalid': [422, '争议金额须大于零且不超过被异议债权的分配金额'],
  'distribution-objection-not-found': [404, '分配方案异议不存在'],
  'distribution-outcome-invalid': [409, '该异议的处理结果不能这样登记'],
  'distribution-nothing-to-pay': [409, '没有可以发放的无争议款项'],
  'distribution-objection-window-open': [409, '分配方案尚未向全部债权人送达，或异议期间尚未届满'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof distributionErrors> {}
}
