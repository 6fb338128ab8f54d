import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type Body, type Schema } from '../../api.ts';

// On-site records, evidence uploads (hashed in the browser), the custody log and verification.
export type OnsiteRecord = Schema<'OnsiteRecord'>;
export type Evidence = Schema<'Evidence'>;
export type OnsiteBody = Body<'/api/v1/cases/{id}/onsite-records', 'post'>;
export type EvidenceBody = Body<'/api/v1/cases/{id}/onsite-records/{recordId}/evidence', 'post'>;

const key = (caseId: string) => ['cases', 'onsite', caseId] as const;
const byId = (id: string) => ({ params: { path: { id } } });

export const useOnsiteRecords = (caseId: string) =>
  useQuery({ queryKey: key(caseId), queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/onsite-records', byId(caseId))) });

export const useCustody = (evidenceId: string) =>
  useQuery({
    queryKey: ['evidence', evidenceId, 'custody'],
    queryFn: () => unwrap(client.GET('/api/v1/evidence/{id}/custody', byId(evidenceId))),
  });

function useRefresh(caseId: string) {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: key(caseId) }), qc.invalidateQueries({ queryKey: ['evidence'] })]);
}

export function useRecordOnsite(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (body: OnsiteBody) => unwrap(client.POST('/api/v1/cases/{id}/onsite-records', { ...byId(caseId), body })),
    onSuccess: refresh,
  });
}

export function useUploadEvidence(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (v: { recordId: string; body: EvidenceBody }) =>
      unwrap(
        client.POST('/api/v1/cases/{id}/onsite-records/{recordId}/evidence', {
          params: { path: { id: caseId, recordId: v.recordId } },
          body: v.body,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useVerifyEvidence(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (evidenceId: string) => unwrap(client.POST('/api/v1/evidence/{id}/verify', byId(evidenceId))),
    onSuccess: refresh,
  });
}

/** The file's SHA-256 (hex) and its Base64, computed in the browser before the upload. */
export async function readEvidenceFile(file: File): Promise<{ sha256: string; base64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { sha256, base64: btoa(binary) };
}
