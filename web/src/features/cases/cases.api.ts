import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, withoutEmpty, type Body, type Query, type Schema } from '../../api.ts';
import type { Transition } from '../../../../src/shared/vocabulary.ts';

// The cases API as the web app reads it: every shape is the server's contract (web/src/api/schema.ts).
export type CaseListItem = Schema<'CaseListItem'>;
export type CasePage = Schema<'CasePage'>;
export type CaseDetail = Schema<'CaseDetail'>;
export type PartyView = Schema<'PartyView'>;
export type TimelineEvent = Schema<'TimelineEvent'>;
export type Obligation = NonNullable<CaseDetail['title']>['obligations'][number];
export type Filing = Body<'/api/v1/cases', 'post'>;
export type PartyInput = Filing['applicants'][number];
export type CaseFilters = Omit<Query<'/api/v1/cases'>, 'cursor' | 'limit'>;
export type Officer = Schema<'Officer'>;

export const caseKeys = {
  all: ['cases'] as const,
  list: (filters: CaseFilters, cursor: string | undefined, limit: number) => ['cases', 'list', filters, cursor ?? null, limit] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  timeline: (id: string) => ['cases', 'timeline', id] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export function useCaseList(filters: CaseFilters, cursor: string | undefined, limit: number) {
  return useQuery({
    queryKey: caseKeys.list(filters, cursor, limit),
    queryFn: () => unwrap(client.GET('/api/v1/cases', { params: { query: withoutEmpty({ ...filters, cursor, limit }) } })),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKeys.detail(id), queryFn: () => unwrap(client.GET('/api/v1/cases/{id}', byId(id))) });
}

export function useTimeline(id: string) {
  return useQuery({ queryKey: caseKeys.timeline(id), queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/timeline', byId(id))) });
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
    mutationFn: (v: { transition: Transition; version: number; reason?: string | undefined; until?: string | undefined }) =>
      unwrap(
        client.POST(`/api/v1/cases/{id}/${v.transition}`, {
          ...byId(id),
          body: { version: v.version, ...(v.reason ? { reason: v.reason } : {}), ...(v.until ? { until: v.until } : {}) },
        }),
      ),
    onSuccess: () => refresh(id),
  });
}

export function useCloseCase(id: string) {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/cases/{id}/close', 'post'>) => unwrap(client.POST('/api/v1/cases/{id}/close', { ...byId(id), body })),
    onSuccess: () => refresh(id),
  });
}

export function useOfficers(enabled: boolean) {
  return useQuery({ queryKey: ['officers'], queryFn: () => unwrap(client.GET('/api/v1/users/officers')), enabled });
}

export function useAssignOfficer(id: string) {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/cases/{id}/officer', 'post'>) =>
      unwrap(client.POST('/api/v1/cases/{id}/officer', { ...byId(id), body })),
    onSuccess: () => refresh(id),
  });
}

export function useResumeCase(id: string) {
  const refresh = useRefreshCase();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/cases/{id}/resume', 'post'>) =>
      unwrap(client.POST('/api/v1/cases/{id}/resume', { ...byId(id), body })),
    onSuccess: () => refresh(id),
  });
}

export function useFileCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Filing) => unwrap(client.POST('/api/v1/cases', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['cases', 'list'] }),
  });
}

/** Opens a case's ID numbers in full, with a reason (logged): for those who otherwise see them masked. */
export function useRevealIdentities(id: string) {
  // The full detail is shown once, where it was asked for; the cached detail stays masked.
  return useMutation({
    mutationFn: (reason: string) => unwrap(client.POST('/api/v1/cases/{id}/identities', { ...byId(id), body: { reason } })),
  });
}
