import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../api.ts';

// 对账 as the web app reads it: the report, and the address of the same as XLSX.
export type ReconcileQuery = { court?: string | undefined; asOf: string };

export const useReconciliation = (q: ReconcileQuery) =>
  useQuery({
    queryKey: ['funds', 'reconciliation', q.court ?? '', q.asOf],
    queryFn: () =>
      unwrap(client.GET('/api/v1/funds/reconciliation', { params: { query: { asOf: q.asOf, ...(q.court ? { court: q.court } : {}) } } })),
  });

export function reconciliationXlsxUrl(q: ReconcileQuery): string {
  const p = new URLSearchParams({ asOf: q.asOf, ...(q.court ? { court: q.court } : {}) });
  return `/api/v1/funds/reconciliation.xlsx?${p.toString()}`;
}
