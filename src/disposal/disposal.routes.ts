import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import * as op from './disposal.contract.ts';
import './disposal-examples.contract.ts'; // the bodies' examples in the API document
import { caseDisposal } from './read-disposal.ts';
import { startReferencePriceIn } from './reference-price.ts';
import {
  commissionAppraisal,
  extendAppraisal,
  recordAppraisalReport,
  recordDirectedInquiry,
  recordNegotiation,
  recordOnlineInquiry,
} from './reference-methods.ts';
import { announceRoundIn } from './announce-round.ts';
import { fetchPlatformResult, recordBidLog, recordDefault, recordPayment, withdrawRound } from './round-outcomes.ts';
import { recordSaleResult, setOffIn, startSaleIn } from './asset-sales.ts';

const progress = { permission: 'case.progress' } as const;

export async function disposalRoutes(api: Api, ctx: AppContext) {
  api.get('/cases/:id/disposal', { config: { permission: 'case.read' }, schema: schemaOf(op.caseDisposal) }, async (req, res) =>
    send(res, req, op.caseDisposal, await caseDisposal(ctx, who(req), req.params.id)),
  );
  api.post('/cases/:id/reference-prices', { config: progress, schema: schemaOf(op.startReferencePrice) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.startReferencePrice, who(req), (tx) =>
      startReferencePriceIn(tx, ctx, who(req), req.params.id, req.body),
    ),
  );
  api.post('/reference-prices/:id/negotiation', { config: progress, schema: schemaOf(op.recordNegotiation) }, async (req, res) =>
    send(res, req, op.recordNegotiation, await recordNegotiation(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/reference-prices/:id/directed-inquiry', { config: progress, schema: schemaOf(op.recordDirectedInquiry) }, async (req, res) =>
    send(res, req, op.recordDirectedInquiry, await recordDirectedInquiry(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/reference-prices/:id/online-inquiry', { config: progress, schema: schemaOf(op.recordOnlineInquiry) }, async (req, res) =>
    send(res, req, op.recordOnlineInquiry, await recordOnlineInquiry(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/reference-prices/:id/appraisal', { config: progress, schema: schemaOf(op.commissionAppraisal) }, async (req, res) =>
    send(res, req, op.commissionAppraisal, await commissionAppraisal(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/reference-prices/:id/appraisal/extensions', { config: progress, schema: schemaOf(op.extendAppraisal) }, async (req, res) =>
    send(res, req, op.extendAppraisal, await extendAppraisal(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/reference-prices/:id/appraisal/report', { config: progress, schema: schemaOf(op.recordAppraisalReport) }, async (req, res) =>
    send(res, req, op.recordAppraisalReport, await recordAppraisalReport(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/cases/:id/auction-rounds', { config: progress, schema: schemaOf(op.announceRound) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.announceRound, who(req), (tx) => announceRoundIn(tx, ctx, who(req), req.params.id, req.body)),
  );
  api.post('/auction-rounds/:id/bid-log', { config: progress, schema: schemaOf(op.recordBidLog) }, async (req, res) =>
    send(res, req, op.recordBidLog, await recordBidLog(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/auction-rounds/:id/platform-result', { config: progress, schema: schemaOf(op.fetchPlatformResult) }, async (req, res) =>
    send(res, req, op.fetchPlatformResult, await fetchPlatformResult(ctx, who(req), req.params.id)),
  );
  api.post('/auction-rounds/:id/withdraw', { config: progress, schema: schemaOf(op.withdrawRound) }, async (req, res) =>
    send(res, req, op.withdrawRound, await withdrawRound(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/auction-rounds/:id/default', { config: progress, schema: schemaOf(op.recordDefault) }, async (req, res) =>
    send(res, req, op.recordDefault, await recordDefault(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/auction-rounds/:id/payment', { config: progress, schema: schemaOf(op.recordPayment) }, async (req, res) =>
    send(res, req, op.recordPayment, await recordPayment(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/cases/:id/asset-sales', { config: progress, schema: schemaOf(op.startSale) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.startSale, who(req), (tx) => startSaleIn(tx, ctx, who(req), req.params.id, req.body)),
  );
  api.post('/asset-sales/:id/result', { config: progress, schema: schemaOf(op.recordSaleResult) }, async (req, res) =>
    send(res, req, op.recordSaleResult, await recordSaleResult(ctx, who(req), req.params.id, req.body)),
  );
  api.post('/cases/:id/set-offs', { config: progress, schema: schemaOf(op.setOff) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.setOff, who(req), (tx) => setOffIn(tx, ctx, who(req), req.params.id, req.body)),
  );
}
