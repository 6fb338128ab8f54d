import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Correction requests and 复议 of a dishonest listing (失信名单规定(2017) 第11–12条, ADR 0211).
export const correctionErrors = {
  'listing-correction-not-found': [404, '纠正申请不存在'],
  'unknown-correction-ground': [422, '纠正事由须为失信名单规定 第11条第1至3项之一'],
  'correction-request-required': [422, '须写明申请纠正的事实和理由'],
  'listing-ended': [409, '该失信信息已删除或期限届满，不能再申请纠正或据此纠正'],
  'correction-before-listing': [422, '申请日期早于纳入决定日期'],
  'correction-pending': [409, '该失信信息已有待审查的纠正申请，须先作出决定'],
  'correction-decided': [409, '该纠正申请已作出决定'],
  'decision-before-request': [422, '决定日期早于申请日期'],
  'correction-reason-required': [422, '决定驳回的，须写明理由'],
  'corrected-fields-required': [422, '以公布信息不准确为由纠正的，须写明更正后的信息（姓名或名称、证件号码、义务）'],
  'corrected-field-invalid': [422, '更正后的证件号码不正确（自然人为公民身份号码，单位为统一社会信用代码）'],
  'correction-not-rejected': [409, '只有被决定驳回的纠正申请才能申请复议'],
  'reconsideration-already-filed': [409, '该驳回决定已申请复议'],
  'reconsideration-out-of-time': [409, '已超过复议申请期限：应自驳回决定送达之日起十日内申请（失信名单规定 第12条）'],
  'reconsideration-before-decision': [422, '复议申请日期早于驳回决定日期'],
  'no-higher-court': [409, '执行法院没有上一级人民法院，不能申请复议'],
  'reconsideration-not-pending': [409, '没有待决定的复议申请'],
  'not-higher-court': [403, '复议由执行法院的上一级人民法院决定，您不是该院的工作人员'],
  'reconsideration-reason-required': [422, '须写明复议决定的理由'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof correctionErrors> {}
}
