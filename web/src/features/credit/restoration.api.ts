import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';

// 信用修复 (ADR 0209) as the web app reads it: a listing's requests (court staff), the debtor's own
// listings (party portal), and filing a request either way.
export type CreditRestoration = Schema<'CreditRestoration'>;
export type PartyDishonestListing = Schema<'PartyDishonestListing'>;
export type RestorationBody = { ground: CreditRestorationGround; evidence: string; commitment: string };
export type CreditRestorationGround = 'performed-in-part-with-plan' | 'settlement-reached' | 'behaviour-corrected' | 'security-provided';

const newKey = () => crypto.randomUUID();

export const useListingRestorations = (listingIds: readonly string[]) =>
  useQueries({
    queries: listingIds.map((id) => ({
      queryKey: ['credit', 'restorations', id],
      queryFn: () => unwrap(client.GET('/api/v1/dishonest-listings/{id}/restorations', { params: { path: { id } } })),
    })),
  });

export const useOwnListings = (caseId: string) =>
  useQuery({
    queryKey: ['credit', caseId, 'own-listings'],
    queryFn: () => unwrap(client.GET('/api/v1/party/cases/{id}/dishonest-listings', { params: { path: { id: caseId } } })),
  });

export function useFileRestoration(asParty: boolean) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { listingId: string; body: RestorationBody }) => {
      const params = { path: { id: v.listingId }, header: { 'idempotency-key': newKey() } };
      return unwrap(
        asParty
          ? client.POST('/api/v1/party/dishonest-listings/{id}/restorations', { params, body: v.body })
          : client.POST('/api/v1/dishonest-listings/{id}/restorations', { params, body: v.body }),
      );
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['credit'] }),
  });
}
