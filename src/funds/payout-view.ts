import { payoutSteps } from '../shared/funds.ts';
import { isoInstant } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { payoutStatusNames } from './funds.types.ts';
import type { DecisionRow, PayoutRow } from './payouts.repo.ts';

// A payout as the API answers it: its state, the step it awaits and every decision so far.
export function payoutView(p: PayoutRow, decisions: readonly DecisionRow[], caseNumber?: string) {
  const awaiting = p.status === 'pending' ? payoutSteps[p.currentStep]! : null;
  return {
    id: p.id,
    caseId: p.caseId,
    ...(caseNumber ? { caseNumber } : {}),
    // 发放 to an applicant, or 划转 to another case's account (ADR 0185).
    kind: p.toCaseId ? ('transfer' as const) : ('payout' as const),
    kindName: p.toCaseId ? '划转' : '发放',
    partyId: p.partyId,
    partyName: p.partyName,
    toCaseId: p.toCaseId,
    reason: p.reason,
    amount: formatYuan(p.amount),
    status: p.status,
    statusName: payoutStatusNames[p.status],
    awaitingStep: awaiting ? { index: p.currentStep, step: awaiting.step, title: awaiting.title } : null,
    payee: { accountName: p.payeeAccountName, accountNumber: p.payeeAccountNumber, bankName: p.payeeBankName },
    bankReference: p.bankReference,
    // The 执行款发放审批表, downloadable at GET /documents/{id}/file (ADR 0162).
    instructionDocumentId: p.instructionDocumentId,
    requestedByName: p.requestedByName,
    requestedAt: isoInstant(p.requestedAt),
    decisions: decisions.map((d) => ({
      step: payoutSteps[d.step]!.title,
      decision: d.decision,
      opinion: d.opinion,
      decidedByName: d.decidedByName,
      decidedAt: isoInstant(d.decidedAt),
    })),
  };
}
export type PayoutView = ReturnType<typeof payoutView>;
