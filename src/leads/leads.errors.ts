import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Asset leads (财产线索) and their verification.
export const leadsErrors = {
  'lead-not-found': [404, '财产线索不存在'],
  'lead-on-closed-case': [409, '案件已结案，不能提交财产线索'],
  'resumption-request-not-allowed': [409, '只有终结本次执行程序的案件可以申请恢复执行'],
  'lead-outcome-recorded': [409, '该线索已有核查结果'],
  'lead-outcome-note-required': [422, '未发现财产或无法核查的，须写明核查情况'],
  'lead-outcome-before-submission': [422, '核查日期不能早于线索提交日期'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof leadsErrors> {}
}
