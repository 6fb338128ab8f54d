import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendProblem } from '../http/problem.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './documents.contract.ts';
import { issueFirstNoticesIn } from './issue-first-notices.ts';
import { recordServiceIn } from './record-service.ts';
import { downloadDocument, getDocument, listCaseDocuments } from './read-documents.ts';

export async function documentsRoutes(api: Api, ctx: AppContext) {
  api.post('/cases/:id/first-notices', { config: { permission: 'document.issue' }, schema: schemaOf(op.firstNotices) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.firstNotices, who(req), (tx) => issueFirstNoticesIn(tx, ctx, who(req), req.params.id, req.body ?? {})),
  );

  api.get('/cases/:id/documents', { config: { permission: 'case.read' }, schema: schemaOf(op.caseDocuments) }, async (req, res) =>
    send(res, req, op.caseDocuments, await listCaseDocuments(ctx, who(req), req.params.id)),
  );

  api.get('/documents/:id', { config: { permission: 'case.read' }, schema: schemaOf(op.getDocument) }, async (req, res) =>
    send(res, req, op.getDocument, await getDocument(ctx, who(req), req.params.id)),
  );

  api.get('/documents/:id/file', { config: { permission: 'case.read' }, schema: schemaOf(op.documentFile) }, async (req, res) => {
    const r = await downloadDocument(ctx, who(req), req.params.id);
    if (!r.ok) return sendProblem(res, req, r);
    const f = r.value;
    // An ASCII fallback name for old clients, the Chinese name in RFC 5987 form for the rest.
    return res
      .header('content-type', f.contentType)
      .header('content-disposition', `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
      .header('content-length', f.byteSize)
      .header('x-content-sha256', f.sha256)
      .header('repr-digest', `sha-256=:${Buffer.from(f.sha256, 'hex').toString('base64')}:`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength));
  });

  api.post('/documents/:id/services', { config: { permission: 'document.serve' }, schema: schemaOf(op.recordService) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.recordService, who(req), (tx) => recordServiceIn(tx, ctx, who(req), req.params.id, req.body)),
  );
}
