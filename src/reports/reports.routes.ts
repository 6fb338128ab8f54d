import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './reports.contract.ts';
import { recordReportIn } from './record-report.ts';
import { verifyReport } from './verify-report.ts';
import { imposeSanctionIn } from './impose-sanction.ts';
import { listAssetReports, listSanctions } from './read-reports.ts';

export async function reportsRoutes(api: Api, ctx: AppContext) {
  api.post(
    '/cases/:id/asset-reports',
    { config: { permission: 'measure.record' }, schema: schemaOf(op.recordAssetReport) },
    async (req, res) =>
      sendIdempotent(ctx, res, req, op.recordAssetReport, who(req), (tx) => recordReportIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get('/cases/:id/asset-reports', { config: { permission: 'case.read' }, schema: schemaOf(op.listAssetReports) }, async (req, res) =>
    send(res, req, op.listAssetReports, await listAssetReports(ctx, who(req), req.params.id)),
  );

  api.post(
    '/asset-reports/:id/verification',
    { config: { permission: 'measure.record' }, schema: schemaOf(op.verifyAssetReport) },
    async (req, res) => send(res, req, op.verifyAssetReport, await verifyReport(ctx, who(req), req.params.id, req.body)),
  );

  api.post('/cases/:id/sanctions', { config: { permission: 'sanction.record' }, schema: schemaOf(op.imposeSanction) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.imposeSanction, who(req), (tx) => imposeSanctionIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.get('/cases/:id/sanctions', { config: { permission: 'case.read' }, schema: schemaOf(op.listSanctions) }, async (req, res) =>
    send(res, req, op.listSanctions, await listSanctions(ctx, who(req), req.params.id)),
  );
}
