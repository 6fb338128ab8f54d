import type { AppContext } from '../platform/context.ts';
import { trailOptions, verifyAuditTrail } from './verify-trail.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { success } from '../shared/result.ts';
import { verifyAudit } from './audit.contract.ts';

export async function auditRoutes(api: Api, ctx: AppContext) {
  api.get('/audit/verify', { config: { permission: 'audit.verify' }, schema: schemaOf(verifyAudit) }, async (req, res) => {
    // A user verifies the chains of the courts they may see, and learns nothing of the others.
    const report = await verifyAuditTrail(ctx.db, { ...trailOptions(ctx), courtIds: who(req).courtIds });
    // Courts are named by their code; the internal ids stay inside.
    const breaks = report.breaks.map(({ courtId: _, ...b }) => b);
    const mismatches = report.cases.mismatches.map(({ courtId, ...m }) => ({ ...m, courtCode: ctx.courts.byId(courtId)?.code ?? '' }));
    return send(
      res,
      req,
      verifyAudit,
      success({
        ok: report.ok,
        courts: report.courts,
        events: report.events,
        breaks,
        checkpoints: report.checkpoints,
        cases: { checked: report.cases.checked, mismatches },
      }),
    );
  });
}
