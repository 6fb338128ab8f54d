import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';

// The disposal context as the web app reads it: per asset to be sold, its reference price,
// auction rounds, sale or 以物抵债, and the figures the law allows for the next round; and the
// dialogs' writes (every step the API offers under the tag 处置).
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

/** After any write: the disposal, the assets (seizures, receipts), the account and the case (timeline, deadlines) are stale. */
function useRefresh() {
  const qc = useQueryClient();
  return () => Promise.all(['disposal', 'assets', 'funds', 'cases', 'deadlines'].map((k) => qc.invalidateQueries({ queryKey: [k] })));
}

/** The Idempotency-Key of one creating request: made when its dialog opens, so that a retry acts once. */
export const newIdempotencyKey = () => crypto.randomUUID();

type Creating<B> = { caseId: string; key: string; body: B };
const byCase = (v: { caseId: string; key: string }) => ({ path: { id: v.caseId }, header: { 'idempotency-key': v.key } });

export function useStartReferencePrice() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: Creating<Body<'/api/v1/cases/{id}/reference-prices', 'post'>>) =>
      unwrap(client.POST('/api/v1/cases/{id}/reference-prices', { params: byCase(v), body: v.body })),
    onSuccess: refresh,
  });
}

export type PriceStep =
  | { method: 'negotiation'; body: Body<'/api/v1/reference-prices/{id}/negotiation', 'post'> }
  | { method: 'directed-inquiry'; body: Body<'/api/v1/reference-prices/{id}/directed-inquiry', 'post'> }
  | { method: 'online-inquiry'; body: Body<'/api/v1/reference-prices/{id}/online-inquiry', 'post'> }
  | { method: 'appraisal'; body: Body<'/api/v1/reference-prices/{id}/appraisal', 'post'> }
  | { method: 'extension'; body: Body<'/api/v1/reference-prices/{id}/appraisal/extensions', 'post'> }
  | { method: 'report'; body: Body<'/api/v1/reference-prices/{id}/appraisal/report', 'post'> };

function postStep(id: string, s: PriceStep) {
  const params = { path: { id } };
  switch (s.method) {
    case 'negotiation':
      return client.POST('/api/v1/reference-prices/{id}/negotiation', { params, body: s.body });
    case 'directed-inquiry':
      return client.POST('/api/v1/reference-prices/{id}/directed-inquiry', { params, body: s.body });
    case 'online-inquiry':
      return client.POST('/api/v1/reference-prices/{id}/online-inquiry', { params, body: s.body });
    case 'appraisal':
      return client.POST('/api/v1/reference-prices/{id}/appraisal', { params, body: s.body });
    case 'extension':
      return client.POST('/api/v1/reference-prices/{id}/appraisal/extensions', { params, body: s.body });
    case 'report':
      return client.POST('/api/v1/reference-prices/{id}/appraisal/report', { params, body: s.body });
  }
}

export function useRecordPriceStep() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; step: PriceStep }) => unwrap(postStep(v.id, v.step)),
    onSuccess: refresh,
  });
}

export function useAnnounceRound() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: Creating<Body<'/api/v1/cases/{id}/auction-rounds', 'post'>>) =>
      unwrap(client.POST('/api/v1/cases/{id}/auction-rounds', { params: byCase(v), body: v.body })),
    onSuccess: refresh,
  });
}

export type RoundStep =
  | { kind: 'platform-result' }
  | { kind: 'bid-log'; body: Body<'/api/v1/auction-rounds/{id}/bid-log', 'post'> }
  | { kind: 'withdraw'; body: Body<'/api/v1/auction-rounds/{id}/withdraw', 'post'> }
  | { kind: 'default'; body: Body<'/api/v1/auction-rounds/{id}/default', 'post'> }
  | { kind: 'payment'; body: Body<'/api/v1/auction-rounds/{id}/payment', 'post'> };

function postRound(id: string, s: RoundStep) {
  const params = { path: { id } };
  switch (s.kind) {
    case 'platform-result':
      return client.POST('/api/v1/auction-rounds/{id}/platform-result', { params });
    case 'bid-log':
      return client.POST('/api/v1/auction-rounds/{id}/bid-log', { params, body: s.body });
    case 'withdraw':
      return client.POST('/api/v1/auction-rounds/{id}/withdraw', { params, body: s.body });
    case 'default':
      return client.POST('/api/v1/auction-rounds/{id}/default', { params, body: s.body });
    case 'payment':
      return client.POST('/api/v1/auction-rounds/{id}/payment', { params, body: s.body });
  }
}

export function useRoundStep() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (v: { id: string; step: RoundStep }) => unwrap(postRound(v.id, v.step)), onSuccess: refresh });
}

export function useStartSale() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: Creating<Body<'/api/v1/cases/{id}/asset-sales', 'post'>>) =>
      unwrap(client.POST('/api/v1/cases/{id}/asset-sales', { params: byCase(v), body: v.body })),
    onSuccess: refresh,
  });
}

export function useSaleResult() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: Body<'/api/v1/asset-sales/{id}/result', 'post'> }) =>
      unwrap(client.POST('/api/v1/asset-sales/{id}/result', { params: { path: { id: v.id } }, body: v.body })),
    onSuccess: refresh,
  });
}

export function useSetOff() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: Creating<Body<'/api/v1/cases/{id}/set-offs', 'post'>>) =>
      unwrap(client.POST('/api/v1/cases/{id}/set-offs', { params: byCase(v), body: v.body })),
    onSuccess: refresh,
  });
}
