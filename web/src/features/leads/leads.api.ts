import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';

// Asset leads (财产线索): the officers' view of a case's leads, and the applicant's own in the portal.
export type Lead = Schema<'AssetLead'>;
export type LeadBody = Body<'/api/v1/cases/{id}/leads', 'post'>;
export type OutcomeBody = Body<'/api/v1/leads/{id}/outcome', 'post'>;

const leadKeys = { all: (caseId: string, own: boolean) => ['cases', 'leads', caseId, own ? 'own' : 'all'] as const };
const byId = (id: string) => ({ params: { path: { id } } });

export const useLeads = (caseId: string, own: boolean) =>
  useQuery({
    queryKey: leadKeys.all(caseId, own),
    queryFn: () =>
      unwrap(own ? client.GET('/api/v1/party/cases/{id}/leads', byId(caseId)) : client.GET('/api/v1/cases/{id}/leads', byId(caseId))),
  });

function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['cases'] });
}

export function useSubmitLead(caseId: string, own: boolean) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: LeadBody) =>
      unwrap(
        own
          ? client.POST('/api/v1/party/cases/{id}/leads', { ...byId(caseId), body })
          : client.POST('/api/v1/cases/{id}/leads', { ...byId(caseId), body }),
      ),
    onSuccess: refresh,
  });
}

export function useLeadOutcome() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { leadId: string; body: OutcomeBody }) =>
      unwrap(client.POST('/api/v1/leads/{id}/outcome', { ...byId(v.leadId), body: v.body })),
    onSuccess: refresh,
  });
}
