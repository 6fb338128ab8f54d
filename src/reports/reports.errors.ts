import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The debtor's asset report, its verification and the sanctions for breaching the reporting duty.
export const reportsErrors = {
  'report-order-not-found': [404, '报告财产令不存在'],
  'report-order-not-served': [409, '报告财产令尚未送达，报告期限尚未起算'],
  'asset-report-not-found': [404, '财产报告不存在'],
  'report-before-service': [422, '报告日期不能早于报告财产令送达之日'],
  'report-empty': [422, '请填写报告的财产，或声明没有可供执行的财产'],
  'report-item-invalid': [422, '财产项目填写不正确：须有财产类型和说明，价值须为不小于零的金额'],
  'report-change-outside-lookback': [422, '财产变动日期须在收到执行通知之日前一年至报告之日之间（民事诉讼法 第252条）'],
  'report-already-verified': [409, '该财产报告已核查'],
  'verification-note-required': [422, '核查认定报告不完整或虚假的，须写明核查情况'],
  'detention-before-decision': [422, '拘留起始日期不能早于决定日期'],
  'verification-before-report': [422, '核查日期不能早于报告日期'],
  'unknown-sanction-measure': [422, '强制措施种类不正确（罚款或拘留）'],
  'unknown-sanction-ground': [422, '适用事由不正确（逾期报告、拒绝报告或虚假报告）'],
  'sanction-ground-not-established': [
    409,
    '适用事由不成立：逾期报告须有逾期的报告，拒绝报告须报告期限已届满且未报告，虚假报告须经核查认定为虚假',
  ],
  'fine-amount-required': [422, '罚款须填写金额'],
  'detention-start-required': [422, '拘留须填写期限和起始日期'],
  'detainee-required': [422, '对单位拘留的，须写明被拘留的主要负责人或者直接责任人员'],
  'sanction-on-closed-case': [409, '案件已结案，不能登记强制措施'],
  'report-on-closed-case': [409, '案件已结案，不能登记财产报告'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof reportsErrors> {}
}
