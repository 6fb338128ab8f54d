import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { sendIdempotent } from '../http/idempotent-send.ts';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency.contract.ts';
import * as op from './funds.contract.ts';
import { parseYuan } from '../shared/money.ts';
import { postReceiptIn } from './post-receipt.ts';
import { requestPayoutIn } from './request-payout.ts';
import { requestTransferIn } from './request-transfer.ts';
import { requestTransfer } from './transfers.contract.ts';
import { decidePayout, recordBankResult } from './decide-payout.ts';
import { confirmPayee } from './payees.ts';
import { importLines, importStatement } from './import-statement.ts';
import { claimUnmatchedIn, unmatchedQueue } from './claim-unmatched.ts';
import * as interestOp from './delay-interest.contract.ts';
import { delayInterestView } from './delay-interest-view.ts';
import { partyPayouts } from './party-payouts.contract.ts';
import { ownCasePayouts } from './party-payouts.ts';
import { getAccountEntries, getCaseAccount, getCasePayouts, payoutInbox } from './read-funds.ts';
import * as holdOp from './holds.contract.ts';
import { releaseHold, requestHold } from './holds.ts';

const keyOf = (req: FastifyRequest): string | undefined => {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  return typeof raw === 'string' ? raw : undefined;
};

export async function fundsRoutes(api: Api, ctx: AppContext) {
  api.post('/cases/:id/holds', { config: { permission: 'funds.payout' }, schema: schemaOf(holdOp.requestHold) }, async (req, res) =>
    send(res, req, holdOp.requestHold, await requestHold(ctx, who(req), req.params.id, req.body)),
  );

  api.post('/holds/:id/release', { config: { permission: 'funds.payout' }, schema: schemaOf(holdOp.releaseHold) }, async (req, res) =>
    send(res, req, holdOp.releaseHold, await releaseHold(ctx, who(req), req.params.id, req.body.note)),
  );

  api.get('/cases/:id/account', { config: { permission: 'case.read' }, schema: schemaOf(op.getAccount) }, async (req, res) =>
    send(res, req, op.getAccount, await getCaseAccount(ctx, who(req), req.params.id)),
  );

  api.get('/cases/:id/account/entries', { config: { permission: 'case.read' }, schema: schemaOf(op.accountEntries) }, async (req, res) =>
    send(res, req, op.accountEntries, await getAccountEntries(ctx, who(req), req.params.id, req.query)),
  );

  api.post('/cases/:id/receipts', { config: { permission: 'funds.post' }, schema: schemaOf(op.postReceipt) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.postReceipt, who(req), (tx) => postReceiptIn(tx, ctx, who(req), req.params.id, req.body, keyOf(req))),
  );

  api.put(
    '/cases/:id/parties/:partyId/payee-account',
    { config: { permission: 'funds.payout' }, schema: schemaOf(op.confirmPayee) },
    async (req, res) => send(res, req, op.confirmPayee, await confirmPayee(ctx, who(req), req.params.id, req.params.partyId, req.body)),
  );

  api.post('/cases/:id/payouts', { config: { permission: 'funds.payout' }, schema: schemaOf(op.requestPayout) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.requestPayout, who(req), (tx) =>
      requestPayoutIn(tx, ctx, who(req), req.params.id, req.body, keyOf(req)),
    ),
  );

  // 执行款划转 (ADR 0185): a payout row to another case's account, decided by the payout routes below.
  api.post('/cases/:id/transfers', { config: { permission: 'funds.payout' }, schema: schemaOf(requestTransfer) }, async (req, res) =>
    sendIdempotent(ctx, res, req, requestTransfer, who(req), (tx) =>
      requestTransferIn(tx, ctx, who(req), req.params.id, req.body, keyOf(req)),
    ),
  );

  api.get('/cases/:id/payouts', { config: { permission: 'case.read' }, schema: schemaOf(op.casePayouts) }, async (req, res) =>
    send(res, req, op.casePayouts, await getCasePayouts(ctx, who(req), req.params.id)),
  );

  api.get('/payouts/inbox', { config: { permission: 'case.read' }, schema: schemaOf(op.payoutInbox) }, async (req, res) =>
    send(res, req, op.payoutInbox, await payoutInbox(ctx, who(req))),
  );

  api.post('/payouts/:id/approve', { config: { permission: 'case.read' }, schema: schemaOf(op.approvePayout) }, async (req, res) =>
    send(res, req, op.approvePayout, await decidePayout(ctx, who(req), req.params.id, { decision: 'approve', opinion: req.body?.opinion })),
  );

  api.post('/payouts/:id/reject', { config: { permission: 'case.read' }, schema: schemaOf(op.rejectPayout) }, async (req, res) =>
    send(res, req, op.rejectPayout, await decidePayout(ctx, who(req), req.params.id, { decision: 'reject', opinion: req.body.opinion })),
  );

  api.post('/payouts/:id/bank-result', { config: { permission: 'funds.post' }, schema: schemaOf(op.bankResult) }, async (req, res) =>
    send(res, req, op.bankResult, await recordBankResult(ctx, who(req), req.params.id, req.body)),
  );

  api.post('/funds/statements', { config: { permission: 'funds.post' }, schema: schemaOf(op.importStatement) }, async (req, res) =>
    send(res, req, op.importStatement, await importStatement(ctx, who(req), req.body)),
  );

  api.post(
    '/institution/statement-lines',
    { config: { permission: 'institution.answer' }, schema: schemaOf(op.institutionLines) },
    async (req, res) =>
      send(
        res,
        req,
        op.institutionLines,
        await importLines(
          ctx,
          who(req),
          req.body.lines.map((l) => ({
            amount: parseYuan(l.amount) ?? 0n,
            receivedOn: l.receivedOn,
            payerName: l.payerName.trim(),
            bankReference: l.bankReference.trim(),
            accountNumber: l.accountNumber?.replace(/[\s-]/g, '') || null,
            remark: l.remark ?? null,
            payerAccount: l.payerAccount ?? null,
            payerIdNumber: l.payerIdNumber ?? null,
          })),
          'institution',
        ),
      ),
  );

  api.get('/funds/unmatched', { config: { permission: 'case.read' }, schema: schemaOf(op.unmatchedQueue) }, async (req, res) =>
    send(res, req, op.unmatchedQueue, await unmatchedQueue(ctx, who(req), req.query.state)),
  );

  api.post('/funds/unmatched/:id/claim', { config: { permission: 'funds.post' }, schema: schemaOf(op.claimUnmatched) }, async (req, res) =>
    sendIdempotent(ctx, res, req, op.claimUnmatched, who(req), (tx) =>
      claimUnmatchedIn(tx, ctx, who(req), req.params.id, req.body, keyOf(req)),
    ),
  );

  // 迟延履行利息: the officer's view on the 案款 tab and the parties' in the portal.
  const interest = interestOp.caseDelayInterest;
  api.get('/cases/:id/delay-interest', { config: { permission: 'case.read' }, schema: schemaOf(interest) }, async (req, res) =>
    send(res, req, interest, await delayInterestView(ctx, who(req), req.params.id, { asOf: req.query.asOf })),
  );

  const own = interestOp.partyDelayInterest;
  api.get('/party/cases/:id/delay-interest', { config: { permission: 'party.case.read' }, schema: schemaOf(own) }, async (req, res) =>
    send(res, req, own, await delayInterestView(ctx, who(req), req.params.id, { asOf: req.query.asOf, asParty: true })),
  );

  // The payouts to the applicant itself, in the party portal.
  api.get('/party/cases/:id/payouts', { config: { permission: 'party.case.read' }, schema: schemaOf(partyPayouts) }, async (req, res) =>
    send(res, req, partyPayouts, await ownCasePayouts(ctx, who(req), req.params.id)),
  );
}
