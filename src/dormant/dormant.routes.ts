import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './dormant.contract.ts';
import { applicantResearches, caseResearches, listDormantCases } from './read-pool.ts';
import { poolStatistics } from './pool-statistics.ts';
import { declineResumption } from './decline-resumption.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import { sendProblem } from '../http/problem.ts';
import { titleOf } from '../http/errors.ts';
import { assignPoolOfficerIn } from './assign-pool.ts';
import { exportDormantCases } from './export-pool.ts';

// 终本案件库 (ADR 0213): the pool, a case's re-searches, and the results as the applicant's portal shows them.
export async function dormantRoutes(api: Api, ctx: AppContext) {
  api.get('/dormant-cases', { config: { permission: 'case.read' }, schema: schemaOf(op.listDormantCases) }, async (req, res) =>
    send(res, req, op.listDormantCases, await listDormantCases(ctx, who(req), req.query)),
  );
  api.get('/dormant-statistics', { config: { permission: 'case.read' }, schema: schemaOf(op.dormantStatistics) }, async (req, res) =>
    send(res, req, op.dormantStatistics, await poolStatistics(ctx, who(req), req.query)),
  );
  api.get('/cases/:id/researches', { config: { permission: 'case.read' }, schema: schemaOf(op.listResearches) }, async (req, res) =>
    send(res, req, op.listResearches, await caseResearches(ctx, who(req), req.params.id)),
  );
  api.post(
    '/cases/:id/researches/:cycle/decline-resumption',
    { config: { permission: 'case.file' }, schema: schemaOf(op.declineResumption) },
    async (req, res) =>
      send(res, req, op.declineResumption, await declineResumption(ctx, who(req), req.params.id, req.params.cycle, req.body)),
  );
  api.get(
    '/party/cases/:id/researches',
    { config: { permission: 'party.case.read' }, schema: schemaOf(op.listApplicantResearches) },
    async (req, res) => send(res, req, op.listApplicantResearches, await applicantResearches(ctx, who(req), req.params.id)),
  );

  bulkRoutes(api, ctx);
}

// Bulk actions on the pool (ADR 0216): the officer for many cases, and the export of the filtered or selected rows.
function bulkRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/dormant-cases/assign-officer',
    { config: { permission: 'case.assign' }, schema: schemaOf(op.assignPoolOfficer) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.assignPoolOfficer, who(req), async (tx) => {
        const r = await assignPoolOfficerIn(tx, ctx, who(req), req.body);
        if (!r.ok) return r;
        const items = r.value.items.map((i) => (i.code ? { ...i, title: titleOf(i.code) } : i));
        return { ok: true as const, value: { ...r.value, items } };
      }),
  );
  api.get(
    '/dormant-cases/export.xlsx',
    { config: { permission: 'case.read' }, schema: schemaOf(op.exportDormantCases) },
    async (req, res) => {
      const r = await exportDormantCases(ctx, who(req), req.query);
      if (!r.ok) return sendProblem(res, req, r);
      const { fileName, bytes } = r.value;
      return res
        .header('content-type', op.exportDormantCases.mediaType)
        .header('content-disposition', `attachment; filename="dormant-cases.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
}
