import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';

// Online asset searches (网络查控) as the web app reads them: a case's searches, starting one.
export type AssetSearch = Schema<'AssetSearch'>;
export type AssetFinding = Schema<'AssetFinding'>;
export type StartSearch = Body<'/api/v1/cases/{id}/asset-searches', 'post'>;

export const searchesKey = (caseId: string) => ['cases', caseId, 'asset-searches'] as const;

/** The case's searches; while any request waits for its answer, read again every few seconds. */
export function useCaseSearches(caseId: string) {
  return useQuery({
    queryKey: searchesKey(caseId),
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/asset-searches', { params: { path: { id: caseId } } })),
    refetchInterval: (q) => (q.state.data?.items.some((s) => s.status === 'running') ? 2_000 : false),
    // Only while a search runs, and the answers should be there when the clerk comes back to the tab.
    refetchIntervalInBackground: true,
  });
}

export function useStartSearch(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    // 202: accepted, the answers follow (the tab reads them as they come).
    mutationFn: (body: StartSearch) => unwrap(client.POST('/api/v1/cases/{id}/asset-searches', { params: { path: { id: caseId } }, body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cases', caseId] }),
  });
}
