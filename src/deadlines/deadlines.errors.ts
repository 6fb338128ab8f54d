import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The deadlines mechanism: reading and waiving node deadlines.
export const deadlinesErrors = {
  'deadline-not-found': [404, '期限不存在'],
  'deadline-closed': [409, '该期限已完成或已免除'],
  'unknown-deadline-node': [422, '流程节点不正确'],
  'unknown-deadline-state': [422, '期限状态不正确'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof deadlinesErrors> {}
}
