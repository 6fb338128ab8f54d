import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import { caseForSeizure } from '../cases/instrument-facts.ts';
import { generateDocument } from '../documents/generate-document.ts';
import { payoutApprovalForm } from '../documents/templates/payout-approval-form.ts';
import { yuanInCapitals } from '../documents/templates/wording.ts';
import { localDateAt } from '../shared/dates.ts';
import { payoutSteps } from '../shared/funds.ts';
import { formatYuan } from '../shared/money.ts';
import { setPayoutInstruction, type DecisionRow, type PayoutRow } from './payouts.repo.ts';

/**
 * At a payout's final approval, in its transaction: the 执行款发放审批表 (ADR 0162) with the payee's
 * confirmed account, the amount in figures and in capitals and every step's decision, generated
 * through src/documents (stored on the case with its SHA-256) and named by the payout.
 */
export async function issuePayoutInstruction(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  p: PayoutRow,
  decisions: readonly DecisionRow[],
  account: { number: string; balanceAfter: bigint },
): Promise<string> {
  const c = (await caseForSeizure(tx, p.caseId))!;
  const issuedOn = ctx.clock.today();
  const doc = await generateDocument(tx, actor, at, {
    template: payoutApprovalForm,
    data: {
      court: ctx.courts.byId(p.courtId)!.name,
      caseNumber: c.caseNumber,
      accountNumber: account.number,
      payee: p.partyName,
      accountName: p.payeeAccountName,
      payeeAccountNumber: p.payeeAccountNumber,
      bankName: p.payeeBankName,
      amount: formatYuan(p.amount),
      amountInCapitals: yuanInCapitals(p.amount),
      balanceAfter: formatYuan(account.balanceAfter),
      requestedBy: p.requestedByName,
      requestedOn: localDateAt(p.requestedAt),
      steps: decisions.map((d) => ({
        title: payoutSteps[d.step]!.title,
        by: d.decidedByName,
        opinion: d.opinion ?? '同意',
        on: localDateAt(d.decidedAt),
      })),
      issuedOn,
    },
    courtId: p.courtId,
    caseId: p.caseId,
    caseNumber: c.caseNumber,
    addressee: p.partyName,
    issuedOn,
  });
  await setPayoutInstruction(tx, p.id, doc.id);
  return doc.id;
}
