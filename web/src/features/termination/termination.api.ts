import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';
import type { TerminationRoute } from '../../../../src/shared/termination.ts';

// The 终本 gate (src/termination) as the web reads it: the check on the case's records, and the two
// facts an officer records for it — the interview of the applicant and a debtor's whereabouts.
export type TerminationCheck = Schema<'TerminationCheck'>;
export type TerminationCondition = Schema<'TerminationCondition'>;
export type InterviewBody = Body<'/api/v1/cases/{id}/applicant-interviews', 'post'>;
export type WhereaboutsBody = Body<'/api/v1/cases/{id}/whereabouts', 'post'>;

const checkKey = (caseId: string) => ['cases', 'termination-check', caseId] as const;

export const useTerminationCheck = (caseId: string, asOf: string | undefined, route: TerminationRoute | undefined, enabled: boolean) =>
  useQuery({
    queryKey: [...checkKey(caseId), asOf ?? '', route ?? ''],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/cases/{id}/termination-check', {
          params: { path: { id: caseId }, query: { ...(asOf ? { asOf } : {}), ...(route ? { route } : {}) } },
        }),
      ),
    enabled,
  });

function useRefresh(caseId: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([qc.invalidateQueries({ queryKey: checkKey(caseId) }), qc.invalidateQueries({ queryKey: ['cases', 'timeline', caseId] })]);
}

export function useRecordInterview(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (body: InterviewBody) =>
      unwrap(client.POST('/api/v1/cases/{id}/applicant-interviews', { params: { path: { id: caseId } }, body })),
    onSuccess: refresh,
  });
}

export function useRecordWhereabouts(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (body: WhereaboutsBody) =>
      unwrap(client.POST('/api/v1/cases/{id}/whereabouts', { params: { path: { id: caseId } }, body })),
    onSuccess: refresh,
  });
}
