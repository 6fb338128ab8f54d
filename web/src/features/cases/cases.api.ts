import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import type { CaseDetail, CaseFilters, CasePage, ClosureMode, Filed, Filing, TimelineEvent, Transition } from './cases.types.ts';

export const caseKeys = {
  all: ['cases'] as const,
  list: (filters: CaseFilters, cursor: string | undefined, limit: number) => ['cases', 'list', filters, cursor ?? null, limit] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  timeline: (id: string) => ['cases', 'timeline', id] as const,
};

export function useCaseList(filters: CaseFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: caseKeys.list(filters, cursor, limit),
    queryFn: () => api<CasePage>('/cases', { query: { ...filters, cursor, limit } }),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => api<CaseDetail>(`/cases/${encodeURIComponent(id)}`) });
}

export function useTimeline(id: string) {
  return useQuery({
    queryKey: caseKeys.timeline(id),
    queryFn: () => api<{ items: TimelineEvent[] }>(`/cases/${encodeURIComponent(id)}/timeline`),
  });
}

/** After any change: the case, its timeline and every list are stale. */
function useRefreshCase() {
  const qc = useQueryClient();
  return (id: string) =>
    Promise.all([
      qc.invalidateQueries({ queryKey: caseKeys.detail(id) }),
      qc.invalidateQueries({ queryKey: caseKeys.timeline(id) }),
      qc.invalidateQueries({ queryKey: ['cases', 'list'] }),
    ]);
}

export function useTransition(id: string) {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (v: { transition: Transition; version: number; reason?: string | undefined }) =>
      api<{ status: string; version: number }>(`/cases/${encodeURIComponent(id)}/${v.transition}`, {
        method: 'POST',
        body: { version: v.version, ...(v.reason ? { reason: v.reason } : {}) },
      }),
    onSuccess: () => refresh(id),
  });
}

export function useCloseCase(id: string) {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (v: { mode: ClosureMode; closedOn: string; reason: string; version: number }) =>
      api<{ status: 'closed'; version: number }>(`/cases/${encodeURIComponent(id)}/close`, { method: 'POST', body: v }),
    onSuccess: () => refresh(id),
  });
}

export type Officer = { id: string; name: string; role: string; courtCode: string };

export function useOfficers(enabled: boolean) {
  return useQuery({ queryKey: ['officers'], queryFn: () => api<{ items: Officer[] }>('/users/officers'), enabled });
}

export function useAssignOfficer(id: string) {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (v: { officerId: string; version: number }) =>
      api<{ version: number }>(`/cases/${encodeURIComponent(id)}/officer`, { method: 'POST', body: v }),
    onSuccess: () => refresh(id),
  });
}

export function useResumeCase(id: string) {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (v: { filedOn: string; claimAmount: string; reason: string }) =>
      api<Filed>(`/cases/${encodeURIComponent(id)}/resume`, { method: 'POST', body: v }),
    onSuccess: () => refresh(id),
  });
}

export function useFileCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Filing) => api<Filed>('/cases', { method: 'POST', body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cases', 'list'] }),
  });
}
