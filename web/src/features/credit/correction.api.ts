import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';

// Correction requests of a listing and their 复议 (失信名单规定 第11–12条) as the web app reads and records them.
export type ListingCorrection = Schema<'ListingCorrection'>;
export type CorrectionGround = ListingCorrection['ground'];
export type CorrectedFields = ListingCorrection['correctedFields'];

const newKey = () => crypto.randomUUID();

export const useCorrections = (listingId: string) =>
  useQuery({
    queryKey: ['credit', 'corrections', listingId],
    queryFn: () => unwrap(client.GET('/api/v1/dishonest-listings/{id}/corrections', { params: { path: { id: listingId } } })),
  });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['credit'] });
}

export function useRecordCorrection() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: {
      listingId: string;
      ground: CorrectionGround;
      filedOn: string;
      request: string;
      correctedFields: CorrectedFields | null;
    }) =>
      unwrap(
        client.POST('/api/v1/dishonest-listings/{id}/corrections', {
          params: { path: { id: v.listingId }, header: { 'idempotency-key': newKey() } },
          body: { ground: v.ground, filedOn: v.filedOn, request: v.request, correctedFields: v.correctedFields },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDecideCorrection() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: {
      id: string;
      justified: boolean;
      decidedOn: string;
      reason: string | null;
      correctedFields: CorrectedFields | null;
    }) =>
      unwrap(
        client.POST('/api/v1/listing-corrections/{id}/decision', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { justified: v.justified, decidedOn: v.decidedOn, reason: v.reason, correctedFields: v.correctedFields },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRequestReconsideration() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; filedOn: string }) =>
      unwrap(
        client.POST('/api/v1/listing-corrections/{id}/reconsideration', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { filedOn: v.filedOn },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDecideReconsideration() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; revoked: boolean; decidedOn: string; reason: string }) =>
      unwrap(
        client.POST('/api/v1/listing-corrections/{id}/reconsideration/decision', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { revoked: v.revoked, decidedOn: v.decidedOn, reason: v.reason },
        }),
      ),
    onSuccess: refresh,
  });
}
