import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendProblem } from '../http/problem.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './onsite.contract.ts';
import { recordOnsiteIn } from './record-onsite.ts';
import { uploadEvidenceIn } from './upload-evidence.ts';
import { downloadEvidence, evidenceCustody, getEvidence, listOnsiteRecords, verifyEvidence } from './read-evidence.ts';

// An upload carries the file as Base64 in JSON: the body may be a third larger than the file.
const UPLOAD_BODY_LIMIT = 15 * 1024 * 1024;

export async function onsiteRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/cases/:id/onsite-records',
    { config: { permission: 'measure.record' }, schema: schemaOf(op.createOnsiteRecord) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.createOnsiteRecord, who(req), (tx) => recordOnsiteIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get('/cases/:id/onsite-records', { config: { permission: 'case.read' }, schema: schemaOf(op.listOnsiteRecords) }, async (req, res) =>
    send(res, req, op.listOnsiteRecords, await listOnsiteRecords(ctx, who(req), req.params.id)),
  );

  api.post(
    '/cases/:id/onsite-records/:recordId/evidence',
    { config: { permission: 'measure.record' }, bodyLimit: UPLOAD_BODY_LIMIT, schema: schemaOf(op.uploadEvidence) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.uploadEvidence, who(req), (tx) =>
        uploadEvidenceIn(tx, ctx, who(req), req.params.id, req.params.recordId, req.body),
      ),
  );

  api.get('/evidence/:id', { config: { permission: 'case.read' }, schema: schemaOf(op.getEvidence) }, async (req, res) =>
    send(res, req, op.getEvidence, await getEvidence(ctx, who(req), req.params.id)),
  );

  api.get('/evidence/:id/file', { config: { permission: 'case.read' }, schema: schemaOf(op.evidenceFile) }, async (req, res) => {
    const r = await downloadEvidence(ctx, who(req), req.params.id);
    if (!r.ok) return sendProblem(res, req, r);
    const f = r.value;
    return res
      .header('content-type', f.contentType)
      .header('content-disposition', `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
      .header('content-length', f.byteSize)
      .header('x-content-sha256', f.sha256)
      .header('repr-digest', `sha-256=:${Buffer.from(f.sha256, 'hex').toString('base64')}:`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(f.content.buffer, f.content.byteOffset, f.content.byteLength));
  });

  api.get('/evidence/:id/custody', { config: { permission: 'case.read' }, schema: schemaOf(op.evidenceCustody) }, async (req, res) =>
    send(res, req, op.evidenceCustody, await evidenceCustody(ctx, who(req), req.params.id)),
  );

  api.post('/evidence/:id/verify', { config: { permission: 'case.read' }, schema: schemaOf(op.verifyEvidence) }, async (req, res) =>
    send(res, req, op.verifyEvidence, await verifyEvidence(ctx, who(req), req.params.id)),
  );
}
