import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './correction.contract.ts';
import { fileOwnCorrectionIn, recordCorrectionIn } from './request-correction.ts';
import { decideCorrectionIn } from './decide-correction.ts';
import { decideReconsiderationIn, requestReconsiderationIn } from './reconsideration.ts';
import { listListingCorrections } from './read-corrections.ts';

// Correction requests of a dishonest listing and their 复议 (ADR 0211).
export async function correctionRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/dishonest-listings/:id/corrections',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.recordCorrection) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.recordCorrection, who(req), (tx) => recordCorrectionIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.post(
    '/party/dishonest-listings/:id/corrections',
    { config: { permission: 'party.case.read' }, schema: schemaOf(op.fileOwnCorrection) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.fileOwnCorrection, who(req), (tx) =>
        fileOwnCorrectionIn(tx, ctx, who(req), req.params.id, req.body),
      ),
  );

  api.get(
    '/dishonest-listings/:id/corrections',
    { config: { permission: 'case.read' }, schema: schemaOf(op.listCorrections) },
    async (req, res) => send(res, req, op.listCorrections, await listListingCorrections(ctx, who(req), req.params.id)),
  );

  api.post(
    '/listing-corrections/:id/decision',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.decideCorrection) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.decideCorrection, who(req), (tx) => decideCorrectionIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.post(
    '/listing-corrections/:id/reconsideration',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.requestReconsideration) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.requestReconsideration, who(req), (tx) =>
        requestReconsiderationIn(tx, ctx, who(req), req.params.id, req.body),
      ),
  );

  api.post(
    '/listing-corrections/:id/reconsideration/decision',
    { config: { permission: 'sanction.record' }, schema: schemaOf(op.decideReconsideration) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.decideReconsideration, who(req), (tx) =>
        decideReconsiderationIn(tx, ctx, who(req), req.params.id, req.body),
      ),
  );
}
