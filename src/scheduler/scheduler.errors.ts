import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The daily sweeps' status over the API.
export const schedulerErrors = {
  'unknown-sweep': [404, '没有该每日任务'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof schedulerErrors> {}
}
