import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';

// Case funds (案款) as the web app reads them: the account, its statement, payouts and their steps.
export type CaseAccount = Schema<'CaseAccount'>;
export type Payout = Schema<'Payout'>;

const key = (caseId: string) => ['funds', caseId] as const;
const newKey = () => crypto.randomUUID();

export const useAccount = (caseId: string) =>
  useQuery({
    queryKey: [...key(caseId), 'account'],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/account', { params: { path: { id: caseId } } })),
  });

export const useEntries = (caseId: string) =>
  useQuery({
    queryKey: [...key(caseId), 'entries'],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/account/entries', { params: { path: { id: caseId }, query: { limit: 200 } } })),
  });

export const usePayouts = (caseId: string) =>
  useQuery({
    queryKey: [...key(caseId), 'payouts'],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/payouts', { params: { path: { id: caseId } } })),
  });

export const usePayoutInbox = () => useQuery({ queryKey: ['funds', 'inbox'], queryFn: () => unwrap(client.GET('/api/v1/payouts/inbox')) });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['funds'] });
}

export function useReceive(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { amount: string; receivedOn: string; payerName: string; reference?: string }) =>
      unwrap(
        client.POST('/api/v1/cases/{id}/receipts', { params: { path: { id: caseId }, header: { 'idempotency-key': newKey() } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useConfirmPayee(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { partyId: string; accountName: string; accountNumber: string; bankName: string }) =>
      unwrap(
        client.PUT('/api/v1/cases/{id}/parties/{partyId}/payee-account', {
          params: { path: { id: caseId, partyId: v.partyId } },
          body: { accountName: v.accountName, accountNumber: v.accountNumber, bankName: v.bankName },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRequestPayout(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { partyId: string; amount: string }) =>
      unwrap(
        client.POST('/api/v1/cases/{id}/payouts', { params: { path: { id: caseId }, header: { 'idempotency-key': newKey() } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useRequestTransfer(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { toCaseNumber: string; amount: string; reason: string }) =>
      unwrap(
        client.POST('/api/v1/cases/{id}/transfers', { params: { path: { id: caseId }, header: { 'idempotency-key': newKey() } }, body }),
      ),
    onSuccess: refresh,
  });
}

export function useDecidePayout() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; decision: 'approve' | 'reject'; opinion?: string }) =>
      v.decision === 'approve'
        ? unwrap(
            client.POST('/api/v1/payouts/{id}/approve', { params: { path: { id: v.id } }, body: v.opinion ? { opinion: v.opinion } : {} }),
          )
        : unwrap(client.POST('/api/v1/payouts/{id}/reject', { params: { path: { id: v.id } }, body: { opinion: v.opinion ?? '' } })),
    onSuccess: refresh,
  });
}

export function useBankResult() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; outcome: 'paid' | 'failed' }) =>
      unwrap(client.POST('/api/v1/payouts/{id}/bank-result', { params: { path: { id: v.id } }, body: { outcome: v.outcome } })),
    onSuccess: refresh,
  });
}

// 暂存款 (the court's unmatched money), statement import, and holds of case money (暂缓发放).
export type UnmatchedItem = NonNullable<ReturnType<typeof useUnmatched>['data']>['items'][number];
export type Imported = Awaited<ReturnType<typeof importStatementCall>>;
export type StatementUpload = { format: 'csv' | 'xlsx'; content: string; mapping: Record<string, string> };
export type HoldKind = 'distribution' | 'objection' | 'frozen-elsewhere' | 'not-collected' | 'suspended' | 'other';

export const useUnmatched = (state: 'waiting' | 'claimed' = 'waiting') =>
  useQuery({
    queryKey: ['funds', 'unmatched', state],
    queryFn: () => unwrap(client.GET('/api/v1/funds/unmatched', { params: { query: { state } } })),
  });

export function useClaim() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; caseId: string }) =>
      unwrap(
        client.POST('/api/v1/funds/unmatched/{id}/claim', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { caseId: v.caseId },
        }),
      ),
    onSuccess: refresh,
  });
}

const importStatementCall = (body: StatementUpload) =>
  unwrap(
    client.POST('/api/v1/funds/statements', {
      body: {
        format: body.format,
        content: body.content,
        mapping: body.mapping as { amount: string; receivedOn: string; payerName: string; bankReference: string },
      },
    }),
  );

export function useImportStatement() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: importStatementCall, onSuccess: refresh });
}

export function useRequestHold(caseId: string) {
  const refresh = useRefresh();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { kind: HoldKind; amount: string; reason: string }) =>
      unwrap(client.POST('/api/v1/cases/{id}/holds', { params: { path: { id: caseId } }, body })),
    onSuccess: () => Promise.all([refresh(), qc.invalidateQueries({ queryKey: ['approvals'] })]),
  });
}

export function useReleaseHold() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; note?: string }) =>
      unwrap(client.POST('/api/v1/holds/{id}/release', { params: { path: { id: v.id } }, body: v.note ? { note: v.note } : {} })),
    onSuccess: refresh,
  });
}
