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
export type ListQuery = Omit<Query<'/api/v1/cases'>, 'cursor'>;
export type CaseFilters = Omit<ListQuery, 'page' | 'limit' | 'sort' | 'order'>;
export type Duplicate = Awaited<ReturnType<typeof findDuplicates>>['items'][number];
export type Officer = Schema<'Officer'>;

export const caseKeys = {
  all: ['cases'] as const,
  list: (q: ListQuery) => ['cases', 'list', q] as const,
  count: (f: CaseFilters) => ['cases', 'list', 'count', f] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  timeline: (id: string) => ['cases', 'timeline', id] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export function useCaseList(q: ListQuery) {
  return useQuery({
    queryKey: caseKeys.list(q),
    queryFn: () => unwrap(client.GET('/api/v1/cases', { params: { query: withoutEmpty(q) } })),
    placeholderData: keepPreviousData,
  });
}

/** The total of a filtered list, asked beside the page (a slow count never holds the rows back). */
export function useCaseCount(f: CaseFilters) {
  return useQuery({
    queryKey: caseKeys.count(f),
    queryFn: () => unwrap(client.GET('/api/v1/cases/count', { params: { query: withoutEmpty(f) } })),
    placeholderData: keepPreviousData,
  });
}

/** The URL of the filtered list as XLSX (a plain download: the session cookie goes with it). */
export function exportUrl(q: Omit<ListQuery, 'page' | 'limit'>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(withoutEmpty(q))) p.set(k, String(v));
  return `/api/v1/cases/export.xlsx?${p.toString()}`;
}

/** The cases this filing would probably duplicate (same court, title number and a shared party). */
export function findDuplicates(court: string, documentNumber: string, identities: string[]) {
  return unwrap(
    client.GET('/api/v1/cases/duplicates', {
      params: { query: withoutEmpty({ court, documentNumber, identities: identities.join(',') }) },
    }),
  );
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
