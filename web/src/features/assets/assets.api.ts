import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, withoutEmpty, type Body, type Query, type Schema } from '../../api.ts';

// The assets context as the web app reads it: a case's assets with their seizures and the
// over-seizure check, the court's seizure register, and the dialogs' writes.
export type CaseAsset = Schema<'CaseAsset'>;
export type Seizure = Schema<'Seizure'>;
export type OverSeizure = Schema<'OverSeizure'>;
export type RegisterQuery = Query<'/api/v1/seizures'>;

const caseAssetsKey = (caseId: string) => ['assets', 'case', caseId] as const;

export function useCaseAssets(caseId: string) {
  return useQuery({
    queryKey: caseAssetsKey(caseId),
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/assets', { params: { path: { id: caseId } } })),
  });
}

export function useSeizureRegister(query: RegisterQuery) {
  return useQuery({
    queryKey: ['assets', 'register', query],
    queryFn: () => unwrap(client.GET('/api/v1/seizures', { params: { query: withoutEmpty(query) } })),
  });
}

/** After any write: the case's assets, every register page, the case (timeline, deadlines) are stale. */
function useRefresh() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: ['assets'] }), qc.invalidateQueries({ queryKey: ['cases'] })]);
}

export function useRecordAsset(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/cases/{id}/assets', 'post'>) =>
      unwrap(client.POST('/api/v1/cases/{id}/assets', { params: { path: { id: caseId } }, body })),
    onSuccess: refresh,
  });
}

export function useOrderSeizure(caseId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/cases/{id}/seizures', 'post'>) =>
      unwrap(client.POST('/api/v1/cases/{id}/seizures', { params: { path: { id: caseId } }, body })),
    onSuccess: refresh,
  });
}

export function useRenew() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: Body<'/api/v1/seizures/{id}/renew', 'post'> }) =>
      unwrap(client.POST('/api/v1/seizures/{id}/renew', { params: { path: { id: v.id } }, body: v.body })),
    onSuccess: refresh,
  });
}

export function useRelease() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: Body<'/api/v1/seizures/{id}/release', 'post'> }) =>
      unwrap(client.POST('/api/v1/seizures/{id}/release', { params: { path: { id: v.id } }, body: v.body })),
    onSuccess: refresh,
  });
}

export function useDeduct() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (v: { id: string; body: Body<'/api/v1/seizures/{id}/deductions', 'post'> }) =>
      unwrap(client.POST('/api/v1/seizures/{id}/deductions', { params: { path: { id: v.id } }, body: v.body })),
    onSuccess: refresh,
  });
}

/** Red within 7 days of the last day, orange within 30 (the renewal reminders' windows). */
export function expiryTone(days: number | null | undefined): 'error' | 'warning' | undefined {
  if (days === null || days === undefined) return undefined;
  if (days < 7) return 'error';
  if (days < 30) return 'warning';
  return undefined;
}

export const canDeduct = (s: Seizure, monetary: boolean): boolean =>
  s.status === 'effective' && s.measure === 'freeze' && monetary && s.frozenRemaining !== null && s.frozenRemaining !== '0.00';
