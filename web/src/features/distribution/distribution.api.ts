import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';

// 参与分配 as the web app reads it: a case's distributions, joining, the plan, service, objections, payouts.
export type Distribution = Schema<'Distribution'>;
export type OpenBody = Body<'/api/v1/cases/{id}/distributions', 'post'>;
export type JoinBody = Body<'/api/v1/distributions/{id}/claims', 'post'>;
export type ObjectionBody = Body<'/api/v1/distributions/{id}/objections', 'post'>;

const newKey = () => crypto.randomUUID();
const header = () => ({ 'idempotency-key': newKey() });

export const useDistributions = (caseId: string) =>
  useQuery({
    queryKey: ['distribution', caseId],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/distributions', { params: { path: { id: caseId } } })),
  });

// A distribution moves the case account too (holds, payouts): refresh both. Not awaited: the
// caller's own onSuccess (the announcement) must run before the refetch unmounts its form.
function useRefresh() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['distribution'] });
    void qc.invalidateQueries({ queryKey: ['funds'] });
  };
}

export function useOpenDistribution(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: OpenBody) =>
      unwrap(client.POST('/api/v1/cases/{id}/distributions', { params: { path: { id: caseId }, header: header() }, body })),
    onSuccess: refresh,
  });
}

export function useJoin() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: JoinBody }) =>
      unwrap(client.POST('/api/v1/distributions/{id}/claims', { params: { path: { id: v.id }, header: header() }, body: v.body })),
    onSuccess: refresh,
  });
}

export function usePlan() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/distributions/{id}/plan', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useServe() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; claimId: string; servedOn: string; recipient: string }) =>
      unwrap(
        client.POST('/api/v1/distributions/{id}/services', {
          params: { path: { id: v.id }, header: header() },
          body: { claimId: v.claimId, method: 'direct', servedOn: v.servedOn, recipient: v.recipient, recipientRole: '债权人' },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useObject() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: ObjectionBody }) =>
      unwrap(client.POST('/api/v1/distributions/{id}/objections', { params: { path: { id: v.id }, header: header() }, body: v.body })),
    onSuccess: refresh,
  });
}

export function useObjectionStep() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; on: string; outcome?: 'stands' | 'suit-filed' | 'ended' }): Promise<unknown> =>
      v.outcome
        ? unwrap(
            client.POST('/api/v1/distribution-objections/{id}/outcome', {
              params: { path: { id: v.id } },
              body: { outcome: v.outcome, on: v.on },
            }),
          )
        : unwrap(
            client.POST('/api/v1/distribution-objections/{id}/notice', { params: { path: { id: v.id } }, body: { notifiedOn: v.on } }),
          ),
    onSuccess: refresh,
  });
}

export function usePay() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/distributions/{id}/payouts', { params: { path: { id }, header: header() } })),
    onSuccess: refresh,
  });
}
