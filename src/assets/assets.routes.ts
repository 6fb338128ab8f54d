import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './assets.contract.ts';
import { recordAssetIn } from './register-asset.ts';
import { orderSeizureIn } from './order-seizure.ts';
import { renewSeizure } from './renew-seizure.ts';
import { releaseSeizure } from './release-seizure.ts';
import { recordDeductionIn } from './record-deduction.ts';
import { getSeizure, listCaseAssets, seizureRegister } from './read-assets.ts';

export async function assetsRoutes(api: Api, ctx: AppContext) {
  api.post('/cases/:id/assets', { config: { permission: 'case.progress' }, schema: schemaOf(op.recordAsset) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.recordAsset, who(req), (tx) => recordAssetIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get('/cases/:id/assets', { config: { permission: 'case.read' }, schema: schemaOf(op.caseAssets) }, async (req, res) =>
    send(res, req, op.caseAssets, await listCaseAssets(ctx, who(req), req.params.id)),
  );

  api.post('/cases/:id/seizures', { config: { permission: 'case.progress' }, schema: schemaOf(op.orderSeizure) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.orderSeizure, who(req), (tx) => orderSeizureIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get('/seizures', { config: { permission: 'case.read' }, schema: schemaOf(op.seizureRegister) }, async (req, res) =>
    send(res, req, op.seizureRegister, await seizureRegister(ctx, who(req), req.query)),
  );

  api.get('/seizures/:id', { config: { permission: 'case.read' }, schema: schemaOf(op.getSeizure) }, async (req, res) =>
    send(res, req, op.getSeizure, await getSeizure(ctx, who(req), req.params.id)),
  );

  api.post('/seizures/:id/renew', { config: { permission: 'case.progress' }, schema: schemaOf(op.renewSeizure) }, async (req, res) =>
    send(res, req, op.renewSeizure, await renewSeizure(ctx, who(req), req.params.id, req.body)),
  );

  api.post('/seizures/:id/release', { config: { permission: 'case.progress' }, schema: schemaOf(op.releaseSeizure) }, async (req, res) =>
    send(res, req, op.releaseSeizure, await releaseSeizure(ctx, who(req), req.params.id, req.body)),
  );

  api.post(
    '/seizures/:id/deductions',
    { config: { permission: 'case.progress' }, schema: schemaOf(op.recordDeduction) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.recordDeduction, who(req), (tx) => recordDeductionIn(tx, ctx, who(req), req.params.id, req.body)),
  );
}
