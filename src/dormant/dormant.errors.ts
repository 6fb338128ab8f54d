import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The 终本案件库 (ADR 0213): what a filter of the pool must be; a find's review (ADR 0215).
export const dormantErrors = {
  'dormant-filter-invalid': [422, '筛选条件不正确：下限不能大于上限'],
  'no-find-to-review': [409, '该次复查没有待审查的财产发现'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof dormantErrors> {}
}
