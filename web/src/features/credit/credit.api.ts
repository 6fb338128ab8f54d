import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';

// Credit discipline (失信惩戒) as the web app reads it: a case's listings, their notices to the
// recipients, the decision to list and the deletion.
export type DishonestListing = Schema<'DishonestListing'>;
export type ListingNotifications = Schema<'ListingNotifications'>;
export type DeletionGround = NonNullable<DishonestListing['endGround']>;

const newKey = () => crypto.randomUUID();

export const useCaseListings = (caseId: string) =>
  useQuery({
    queryKey: ['credit', caseId, 'listings'],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/dishonest-listings', { params: { path: { id: caseId } } })),
  });

export const useNotifications = (listingId: string) =>
  useQuery({
    queryKey: ['credit', 'notifications', listingId],
    queryFn: () => unwrap(client.GET('/api/v1/dishonest-listings/{id}/notifications', { params: { path: { id: listingId } } })),
  });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['credit'] });
}

export type ListingDecision = {
  debtorPartyId: string;
  ground: number;
  decidedOn: string;
  graceMonths: number;
  extensionYears?: number;
  evidence?: string | null;
};

export function useDecideListing(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ListingDecision) =>
      unwrap(
        client.POST('/api/v1/cases/{id}/dishonest-listings', {
          params: { path: { id: caseId }, header: { 'idempotency-key': newKey() } },
          body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useDeleteListing() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: {
      id: string;
      ground: Exclude<DeletionGround, 'term-expired' | 'corrected' | 'credit-restored'>;
      deletedOn: string;
      reason: string | null;
    }) =>
      unwrap(
        client.POST('/api/v1/dishonest-listings/{id}/deletion', {
          params: { path: { id: v.id }, header: { 'idempotency-key': newKey() } },
          body: { ground: v.ground, deletedOn: v.deletedOn, reason: v.reason },
        }),
      ),
    onSuccess: refresh,
  });
}
