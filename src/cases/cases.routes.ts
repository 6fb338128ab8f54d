import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendProblem } from '../http/problem.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import { fileCaseIn } from './file-case.ts';
import { caseTimeline, getCase } from './read-cases.ts';
import { countCases, listCases } from './list-cases.ts';
import { exportCaseList } from './export-case-list.ts';
import { probableDuplicates } from './duplicates.ts';
import { assignOfficer, closeCase, transitionCase } from './change-case.ts';
import { resumeCaseIn } from './resume-case.ts';
import { revealIdentities } from './reveal-identities.ts';
import { withApprovals } from './case-approvals.ts';
import { transitionList } from '../shared/vocabulary.ts';
import * as contract from './cases.contract.ts';

export async function casesRoutes(api: Api, ctx: AppContext) {
  const op = contract;
  api.post('/cases', { config: { permission: 'case.file' }, schema: schemaOf(op.fileCase) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.fileCase, who(req), (tx) => fileCaseIn(tx, ctx, who(req), req.body)),
  );

  api.get('/cases', { config: { permission: 'signed-in' }, schema: schemaOf(op.listCases) }, async (req, res) =>
    send(res, req, op.listCases, await listCases(ctx, who(req), req.query)),
  );

  api.get('/cases/count', { config: { permission: 'signed-in' }, schema: schemaOf(op.countCases) }, async (req, res) =>
    send(res, req, op.countCases, await countCases(ctx, who(req), req.query)),
  );

  api.get('/cases/duplicates', { config: { permission: 'case.file' }, schema: schemaOf(op.findDuplicates) }, async (req, res) =>
    send(res, req, op.findDuplicates, await probableDuplicates(ctx, who(req), req.query)),
  );

  api.get('/cases/export.xlsx', { config: { permission: 'case.read' }, schema: schemaOf(op.exportCaseList) }, async (req, res) => {
    const r = await exportCaseList(ctx, who(req), req.query);
    if (!r.ok) return sendProblem(res, req, r);
    const { fileName, bytes } = r.value;
    return res
      .header('content-type', op.exportCaseList.mediaType)
      .header('content-disposition', `attachment; filename="cases.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
      .header('cache-control', 'private, no-store')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });

  api.get('/cases/:id', { config: { permission: 'signed-in' }, schema: schemaOf(op.getCase) }, async (req, res) =>
    send(res, req, op.getCase, await withApprovals(ctx, await getCase(ctx, who(req), req.params.id))),
  );

  api.post(
    '/cases/:id/identities',
    { config: { permission: 'identity.reveal' }, schema: schemaOf(op.revealIdentities) },
    async (req, res) =>
      send(res, req, op.revealIdentities, await withApprovals(ctx, await revealIdentities(ctx, who(req), req.params.id, req.body.reason))),
  );

  api.get('/cases/:id/timeline', { config: { permission: 'signed-in' }, schema: schemaOf(op.caseTimeline) }, async (req, res) =>
    send(res, req, op.caseTimeline, await caseTimeline(ctx, who(req), req.params.id)),
  );

  for (const t of transitionList) {
    const step = op.transitionOperations[t];
    api.post(`/cases/:id/${t}`, { config: { permission: 'case.progress' }, schema: schemaOf(step) }, async (req, res) =>
      send(res, req, step, await transitionCase(ctx, who(req), req.params.id, t, req.body)),
    );
  }

  api.post('/cases/:id/close', { config: { permission: 'case.close' }, schema: schemaOf(op.closeCase) }, async (req, res) =>
    send(res, req, op.closeCase, await closeCase(ctx, who(req), req.params.id, req.body)),
  );

  api.post('/cases/:id/resume', { config: { permission: 'case.file' }, schema: schemaOf(op.resumeCase) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.resumeCase, who(req), (tx) => resumeCaseIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.post('/cases/:id/officer', { config: { permission: 'case.assign' }, schema: schemaOf(op.assignOfficer) }, async (req, res) =>
    send(res, req, op.assignOfficer, await assignOfficer(ctx, who(req), req.params.id, req.body.officerId, req.body.version)),
  );
}
