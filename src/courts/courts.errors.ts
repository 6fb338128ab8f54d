import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The court registry and court scope.
export const courtsErrors = {
  'court-not-found': [404, '法院不存在'],
  'unknown-court': [422, '法院代字不存在'],
  'court-out-of-scope': [403, '该法院不在您的辖区内'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof courtsErrors> {}
}
