import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Filing, the lifecycle, closure, resumption, import and export of cases.
export const casesErrors = {
  'case-not-found': [404, '案件不存在'],
  'illegal-transition': [409, '案件当前状态不允许此操作'],
  'closure-not-allowed': [409, '案件当前状态不允许以该方式结案'],
  'resumption-not-allowed': [409, '该案件不能恢复执行'],
  'stale-version': [409, '案件已被他人修改，请刷新后重试'],
  'duplicate-case-number': [409, '案号已存在'],
  'invalid-id-number': [422, '身份证号码不正确'],
  'invalid-credit-code': [422, '统一社会信用代码不正确'],
  'invalid-document-number': [422, '证件号码不正确'],
  'unknown-id-type': [422, '证件类型不正确'],
  'invalid-phone': [422, '联系电话不正确'],
  'invalid-license-number': [422, '律师执业证号不正确'],
  'applied-after-filed': [422, '申请执行日期不能晚于立案日期'],
  'invalid-money': [422, '金额格式不正确'],
  'invalid-date-value': [422, '日期不正确'],
  'performance-deadline-before-effective': [422, '履行期限不能早于生效日期'],
  'filed-before-effective': [422, '立案日期不能早于执行依据生效日期'],
  'resumed-before-closed': [422, '恢复执行日期不能早于原案结案日期'],
  'date-in-future': [422, '日期不能晚于今天'],
  'closed-before-filed': [422, '结案日期不能早于立案日期'],
  'party-required': [422, '至少需要一名申请执行人和一名被执行人'],
  'obligation-required': [422, '执行依据至少需要一项义务'],
  'officer-invalid': [422, '承办人不是本院执行人员'],
  'unknown-status': [422, '案件状态不正确'],
  'unknown-closure-mode': [422, '结案方式不正确'],
  'reason-required': [422, '请填写理由'],
  'deferral-until-invalid': [422, '暂缓执行期限须晚于今天'],
  'deferral-too-long': [422, '暂缓执行期限超过法定上限（最长一年）'],
  'deferral-until-required': [422, '请填写暂缓执行期限'],
  'case-number-exhausted': [409, '本院该年度此类案件的案件编号已用尽'],
  'page-too-deep': [422, '页码超出范围，请缩小筛选范围'],
  'export-too-large': [422, '导出的案件过多，请缩小筛选范围'],
  'case-serial-too-large': [422, '案件编号已到上限，本院该年度此类案件此后将无号可编'],
  'import-row-refused': [422, '数据库拒绝写入该行'],
  'resumed-from-unknown': [422, '原案号对应的案件不存在'],
  'export-csv-unrepresentable': [422, '该案件无法用 CSV 完整表示，请改用 JSON Lines'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof casesErrors> {}
}
