import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendProblem } from '../http/problem.ts';
import * as op from './reconcile.contract.ts';
import { getReconciliation, reconciliationWorkbook } from './reconcile.ts';

// 对账 over HTTP: the report as JSON, and the same as an XLSX download.
export async function reconcileRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/funds/reconciliation',
    { config: { permission: 'funds.reconcile' }, schema: schemaOf(op.getReconciliation) },
    async (req, res) => send(res, req, op.getReconciliation, await getReconciliation(ctx, who(req), req.query)),
  );

  api.get(
    '/funds/reconciliation.xlsx',
    { config: { permission: 'funds.reconcile' }, schema: schemaOf(op.exportReconciliation) },
    async (req, res) => {
      const r = await getReconciliation(ctx, who(req), req.query);
      if (!r.ok) return sendProblem(res, req, r);
      const { fileName, bytes } = reconciliationWorkbook(r.value);
      return res
        .header('content-type', op.exportReconciliation.mediaType)
        .header('content-disposition', `attachment; filename="reconciliation.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    },
  );
}
