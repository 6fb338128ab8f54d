import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './dormant.contract.ts';
import { applicantResearches, caseResearches, listDormantCases } from './read-pool.ts';
import { poolStatistics } from './pool-statistics.ts';
import { declineResumption } from './decline-resumption.ts';

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
}
