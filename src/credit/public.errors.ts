import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The public query of the dishonest list (ADR 0208): what a query must be to be answered.
export const publicDisclosureErrors = {
  'public-query-too-short': [422, '请输入至少两个字的姓名或名称，或完整的身份证号码、统一社会信用代码'],
  'public-query-identity-invalid': [422, '身份证号码或统一社会信用代码不正确（校验位不符），请核对后查询'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof publicDisclosureErrors> {}
}
