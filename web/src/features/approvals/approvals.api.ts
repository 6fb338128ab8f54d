import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';
import { decidingRoles } from '../../../../src/shared/approvals.ts';
import type { Me } from '../access/access.api.ts';

// Approvals (审批) as the web app reads them: the inbox, deciding and withdrawing. A case's own
// approvals come with its detail (CaseDetail.approvals).
export type Approval = Schema<'Approval'>;

export const inboxKey = ['approvals', 'inbox'] as const;

/** Whether this user's role decides some step (执行局长 …): they get the 待审批 page. */
export const decidesApprovals = (me: Me | null | undefined): boolean => !!me && (decidingRoles as readonly string[]).includes(me.role);

/** Whether this user may decide the request's current step (the server checks again). */
export const mayDecide = (me: Me | null | undefined, a: Approval): boolean =>
  !!me && a.state === 'pending' && a.awaitingRole === me.role && a.requestedBy.id !== me.id;

export function useInbox(enabled = true) {
  return useQuery({ queryKey: inboxKey, queryFn: () => unwrap(client.GET('/api/v1/approvals')), enabled });
}

/** After a decision: the inbox, the case and its timeline, and the lists are stale. */
function useRefresh() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: inboxKey }), qc.invalidateQueries({ queryKey: ['cases'] })]);
}

export function useDecide() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; decision: 'approve' | 'reject'; opinion?: string | undefined }) => {
      const params = { params: { path: { id: v.id } } };
      return v.decision === 'approve'
        ? unwrap(client.POST('/api/v1/approvals/{id}/approve', { ...params, body: v.opinion ? { opinion: v.opinion } : {} }))
        : unwrap(client.POST('/api/v1/approvals/{id}/reject', { ...params, body: { opinion: v.opinion ?? '' } }));
    },
    onSuccess: refresh,
  });
}

export function useWithdraw() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => unwrap(client.POST('/api/v1/approvals/{id}/withdraw', { params: { path: { id } }, body: {} })),
    onSuccess: refresh,
  });
}
