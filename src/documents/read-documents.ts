import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { documentsOfCase, documentView, loadDocumentFile, loadDocumentMeta, logDocumentRead, servicesOf } from './documents.repo.ts';
import type { DocumentView } from './documents.types.ts';

// Instruments are read by court staff in the case's scope; parties see theirs once the portal does.

export async function listCaseDocuments(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: DocumentView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  const docs = await documentsOfCase(ctx.db, caseId);
  const services = await servicesOf(
    ctx.db,
    docs.map((d) => d.id),
  );
  return success({ items: docs.map((d) => documentView(d, services.get(d.id) ?? [])) });
}

export async function getDocument(ctx: AppContext, who: Principal, id: string): Promise<Result<DocumentView>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const d = await loadDocumentMeta(ctx.db, id);
  if (!d || !inScope(who, d.court_id)) return failure('document-not-found');
  const services = await servicesOf(ctx.db, [d.id]);
  return success(documentView(d, services.get(d.id) ?? []));
}

export type DocumentFile = { fileName: string; contentType: string; sha256: string; byteSize: number; content: Uint8Array };

/** The stored bytes, exactly as generated; the download is logged as a read of personal data. */
export async function downloadDocument(ctx: AppContext, who: Principal, id: string): Promise<Result<DocumentFile>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const f = await loadDocumentFile(ctx.db, id);
  if (!f || !inScope(who, f.court_id)) return failure('document-not-found');
  if (who.userId) await logDocumentRead(ctx.db, { courtId: f.court_id, caseId: f.case_id, userId: who.userId, at: ctx.clock.now() });
  return success({ fileName: f.file_name, contentType: f.content_type, sha256: f.sha256, byteSize: f.byte_size, content: f.content });
}
