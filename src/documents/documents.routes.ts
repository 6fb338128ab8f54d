import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { reply, who } from '../http/route-kit.ts';
import { problemOf, statusOf } from '../http/errors.ts';
import {
  documentsContract as contract,
  type FirstNoticesBodyType,
  type IdempotencyHeadersType,
  type ServiceBodyType,
} from './documents.contract.ts';
import { issueFirstNotices } from './issue-first-notices.ts';
import { recordService } from './record-service.ts';
import { downloadDocument, getDocument, listCaseDocuments } from './read-documents.ts';

type Id = { Params: { id: string } };

export async function documentsRoutes(api: FastifyInstance, ctx: AppContext) {
  api.post<Id & { Body: FirstNoticesBodyType; Headers: IdempotencyHeadersType }>(
    '/cases/:id/first-notices',
    { config: { permission: 'document.issue' }, schema: contract.firstNotices },
    async (req, res) => {
      const r = await issueFirstNotices(ctx, who(req), req.params.id, req.body ?? {}, req.headers['idempotency-key']);
      return reply(res, req, r.ok ? { ok: true, value: { items: r.value.items } } : r, r.ok && r.value.replayed ? 200 : 201);
    },
  );

  api.get<Id>('/cases/:id/documents', { config: { permission: 'case.read' }, schema: contract.caseDocuments }, async (req, res) =>
    reply(res, req, await listCaseDocuments(ctx, who(req), req.params.id)),
  );

  api.get<Id>('/documents/:id', { config: { permission: 'case.read' }, schema: contract.document }, async (req, res) =>
    reply(res, req, await getDocument(ctx, who(req), req.params.id)),
  );

  api.get<Id>('/documents/:id/file', { config: { permission: 'case.read' }, schema: contract.file }, async (req, res) => {
    const r = await downloadDocument(ctx, who(req), req.params.id);
    if (!r.ok) return res.code(statusOf(r.code)).type('application/problem+json').send(problemOf(r, req.url));
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

  api.post<Id & { Body: ServiceBodyType; Headers: IdempotencyHeadersType }>(
    '/documents/:id/services',
    { config: { permission: 'document.serve' }, schema: contract.services },
    async (req, res) => {
      const r = await recordService(ctx, who(req), req.params.id, req.body, req.headers['idempotency-key']);
      return reply(
        res,
        req,
        r.ok ? { ok: true, value: { service: r.value.service, reportDueOn: r.value.reportDueOn } } : r,
        r.ok && r.value.replayed ? 200 : 201,
      );
    },
  );
}
