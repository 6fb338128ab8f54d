import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';

// The first steps on a case as the web app reads them: the notices and their service (src/documents),
// the debtor's asset reports and their verification, and the sanctions (src/reports).
export type CaseDocument = Schema<'Document'>;
export type AssetReport = Schema<'AssetReport'>;
export type ReportOrder = Schema<'ReportOrder'>;
export type Sanction = Schema<'ReportSanction'>;
export type ServiceBody = Body<'/api/v1/documents/{id}/services', 'post'>;
export type ReportBody = Body<'/api/v1/cases/{id}/asset-reports', 'post'>;
export type SanctionBody = Body<'/api/v1/cases/{id}/sanctions', 'post'>;
export type VerificationBody = Body<'/api/v1/asset-reports/{id}/verification', 'post'>;

export const measureKeys = {
  all: (caseId: string) => ['cases', 'measures', caseId] as const,
  documents: (caseId: string) => ['cases', 'measures', caseId, 'documents'] as const,
  reports: (caseId: string) => ['cases', 'measures', caseId, 'reports'] as const,
  sanctions: (caseId: string) => ['cases', 'measures', caseId, 'sanctions'] as const,
};

const byId = (id: string) => ({ params: { path: { id } } });

export const useDocuments = (caseId: string) =>
  useQuery({ queryKey: measureKeys.documents(caseId), queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/documents', byId(caseId))) });

export const useAssetReports = (caseId: string) =>
  useQuery({ queryKey: measureKeys.reports(caseId), queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/asset-reports', byId(caseId))) });

export const useSanctions = (caseId: string) =>
  useQuery({ queryKey: measureKeys.sanctions(caseId), queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/sanctions', byId(caseId))) });

/** After any change: this tab's reads, the case, its timeline and deadlines are stale. */
function useRefresh(caseId: string) {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: measureKeys.all(caseId) }), qc.invalidateQueries({ queryKey: ['cases'] })]);
}

export function useIssueNotices(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (reportingDays: number | undefined) =>
      unwrap(client.POST('/api/v1/cases/{id}/first-notices', { ...byId(caseId), body: reportingDays ? { reportingDays } : {} })),
    onSuccess: refresh,
  });
}

export function useRecordService(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (v: { documentId: string; body: ServiceBody }) =>
      unwrap(client.POST('/api/v1/documents/{id}/services', { ...byId(v.documentId), body: v.body })),
    onSuccess: refresh,
  });
}

export function useRecordReport(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (body: ReportBody) => unwrap(client.POST('/api/v1/cases/{id}/asset-reports', { ...byId(caseId), body })),
    onSuccess: refresh,
  });
}

export function useVerifyReport(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (v: { reportId: string; body: VerificationBody }) =>
      unwrap(client.POST('/api/v1/asset-reports/{id}/verification', { ...byId(v.reportId), body: v.body })),
    onSuccess: refresh,
  });
}

export function useImposeSanction(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (body: SanctionBody) => unwrap(client.POST('/api/v1/cases/{id}/sanctions', { ...byId(caseId), body })),
    onSuccess: refresh,
  });
}
