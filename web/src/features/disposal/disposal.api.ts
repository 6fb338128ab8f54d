import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';

// The disposal context as the web app reads it: per asset to be sold, its reference price,
// auction rounds, sale or 以物抵债, and the figures the law allows for the next round.
export type CaseDisposal = Schema<'CaseDisposal'>;
export type DisposalItem = CaseDisposal['items'][number];
export type ReferencePrice = Schema<'ReferencePrice'>;
export type AuctionRound = Schema<'AuctionRound'>;
export type AssetSale = Schema<'AssetSale'>;

export function useCaseDisposal(caseId: string) {
  return useQuery({
    queryKey: ['disposal', 'case', caseId],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/disposal', { params: { path: { id: caseId } } })),
  });
}
