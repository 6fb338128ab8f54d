import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Legal instruments: generation, download and service.
export const documentsErrors = {
  'document-not-found': [404, '文书不存在'],
  'first-notices-issued': [409, '本案已发出执行通知书和报告财产令'],
  'instrument-on-closed-case': [409, '案件已结案，不能制作文书'],
  'instrument-data-missing': [422, '案件缺少执行依据或被执行人，无法制作文书'],
  'invalid-reporting-days': [422, '报告期限须为 1 至 60 日的整数'],
  'unknown-service-method': [422, '送达方式不正确'],
  'served-before-issued': [422, '送达日期不能早于文书制作日期'],
  'service-recipient-required': [422, '请填写受送达人'],
  'service-circumstances-required': [422, '留置送达、公告送达须记明送达情况（拒收事由和见证人，或公告的原因和经过）'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof documentsErrors> {}
}
