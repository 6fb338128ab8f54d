import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, withoutEmpty, type Body, type Query, type Reply, type Schema } from '../../api.ts';
import type { Me } from '../access/access.api.ts';

// The 终本案件库 as the web app reads it (GET /dormant-cases) and a case's re-searches (GET /cases/{id}/researches).
export type DormantItem = Schema<'DormantCase'>;
export type DormantQuery = Query<'/api/v1/dormant-cases'>;
export type DormantResearch = Schema<'DormantResearch'>;

export const useDormantCases = (query: DormantQuery) =>
  useQuery({
    queryKey: ['dormant', 'pool', query],
    queryFn: () => unwrap(client.GET('/api/v1/dormant-cases', { params: { query: withoutEmpty(query) } })),
    placeholderData: (previous) => previous,
  });

export const useCaseResearches = (caseId: string) =>
  useQuery({
    queryKey: ['dormant', 'researches', caseId],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/researches', { params: { path: { id: caseId } } })),
  });

/** The applicant's view in the portal (GET /party/cases/{id}/researches): the notices, newest first. */
export const usePartyResearches = (caseId: string) =>
  useQuery({
    queryKey: ['dormant', 'party-researches', caseId],
    queryFn: () => unwrap(client.GET('/api/v1/party/cases/{id}/researches', { params: { path: { id: caseId } } })),
  });

/** 不恢复执行 on a find (ADR 0215): the review deadline is met, the 待办 and the case's deadlines change. */
export function useDeclineResumption(caseId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { cycle: number; reason: string }) =>
      unwrap(
        client.POST('/api/v1/cases/{id}/researches/{cycle}/decline-resumption', {
          params: { path: { id: caseId, cycle: v.cycle } },
          body: { reason: v.reason },
        }),
      ),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['dormant', 'researches', caseId] });
      void qc.invalidateQueries({ queryKey: ['deadlines'] });
      void qc.invalidateQueries({ queryKey: ['cases', caseId] });
    },
  });
}

// The menu's entry: for those who handle cases and those who lead them.
export const seesDormantPool = (me: Me | null | undefined): boolean =>
  ['judge', 'enforcer', 'clerk', 'bureau-head', 'president', 'coordinator'].includes(me?.role ?? '');

export const debtorKindNames = { person: '自然人', organization: '单位', mixed: '自然人和单位' } as const;

export type DormantStatistics = Schema<'DormantStatistics'>;

export const useDormantStatistics = (year: number | undefined, court: string | undefined) =>
  useQuery({
    queryKey: ['dormant', 'statistics', year, court],
    queryFn: () => unwrap(client.GET('/api/v1/dormant-statistics', { params: { query: withoutEmpty({ year, court }) } })),
    placeholderData: (previous) => previous,
  });

// Bulk actions on the pool (ADR 0216): one officer for the selected cases, and the pool as XLSX.
export type PoolAssignment = Reply<'/api/v1/dormant-cases/assign-officer', 'post'>;
export type PoolExportQuery = Query<'/api/v1/dormant-cases/export.xlsx'>;

export function useAssignPoolOfficer() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<'/api/v1/dormant-cases/assign-officer', 'post'>) =>
      unwrap(
        client.POST('/api/v1/dormant-cases/assign-officer', {
          params: { header: { 'idempotency-key': crypto.randomUUID() } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['dormant', 'pool'] }),
  });
}

/** Fetches the workbook (a refusal comes back as the server's problem, in Chinese) and saves it. */
export async function downloadPoolExport(query: PoolExportQuery, fileName: string): Promise<void> {
  const blob = await unwrap(client.GET('/api/v1/dormant-cases/export.xlsx', { params: { query: withoutEmpty(query) }, parseAs: 'blob' }));
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
