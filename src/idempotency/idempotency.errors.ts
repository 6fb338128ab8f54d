import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Idempotency-Key on creating routes (src/idempotency/README.md).
export const idempotencyErrors = {
  'idempotency-key-reused': [409, '该幂等键已用于内容不同的另一请求'],
  'idempotency-key-invalid': [400, '幂等键（Idempotency-Key）须为 1–255 个可见 ASCII 字符'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof idempotencyErrors> {}
}
