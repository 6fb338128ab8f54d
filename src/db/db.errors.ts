import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Failures of the database itself, not of what was asked of it.
export const dbErrors = {
  'database-unavailable': [503, '数据库暂时不可用，请稍后重试'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof dbErrors> {}
}
