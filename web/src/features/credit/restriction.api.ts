import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';

// 限制消费令 as the web app reads it: a case's orders with their persons and spending requests, and
// the acts on them (order, lift, a spending request and its decision).
export type ConsumptionRestriction = Schema<'ConsumptionRestriction'>;
export type SpendingRequest = Schema<'SpendingRequest'>;
export type PersonRole = ConsumptionRestriction['persons'][number]['role'];
export type LiftGround = NonNullable<ConsumptionRestriction['liftGround']>;
export type RestrictedItem = SpendingRequest['item'];

const newKey = () => crypto.randomUUID();

export const useCaseRestrictions = (caseId: string) =>
  useQuery({
    queryKey: ['credit', caseId, 'restrictions'],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/consumption-restrictions', { params: { path: { id: caseId } } })),
  });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['credit'] });
}

export type RestrictionOrder = {
  debtorPartyId: string;
  orderedOn: string;
  persons?: { role: PersonRole; name: string; idNumber?: string | null }[];
};

export function useOrderRestriction(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: RestrictionOrder) =>
      unwrap(
        client.POST('/api/v1/cases/{id}/consumption-restrictions', {
          params: { path: { id: caseId }, header: { 'idempotency-key': newKey() } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useLiftRestriction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; ground: LiftGround; liftedOn: string; reason: string | null }) =>
      unwrap(
        client.POST('/api/v1/consumption-restrictions/{id}/lifting', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { ground: v.ground, liftedOn: v.liftedOn, reason: v.reason },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRequestSpending() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; personName: string; item: RestrictedItem; reason: string; amount: string }) =>
      unwrap(
        client.POST('/api/v1/consumption-restrictions/{id}/spending-requests', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { personName: v.personName, item: v.item, reason: v.reason, amount: v.amount },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDecideSpending() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; granted: boolean; reason: string | null }) =>
      unwrap(
        client.POST('/api/v1/spending-requests/{id}/decision', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { granted: v.granted, reason: v.reason },
        }),
      ),
    onSuccess: refresh,
  });
}
