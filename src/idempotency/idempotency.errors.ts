import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Idempotency-Key on creating routes (src/idempotency/README.md). A malformed key is refused by
// the operation's header schema (422 validation-failed), like any other request field.
export const idempotencyErrors = {
  'idempotency-key-reused': [409, '该幂等键已用于内容不同的另一请求'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof idempotencyErrors> {}
}
