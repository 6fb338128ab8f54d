import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { ownPartyIds } from '../cases/party-cases.ts';
import { failure, success } from '../shared/result.ts';
import { isoInstant } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { payoutStatusNames } from './funds.types.ts';
import { casePayouts } from './payouts.repo.ts';

/**
 * GET /party/cases/{id}/payouts: the payouts to the caller's own party on the case, as the portal
 * shows them to an applicant. A case on which the caller is no party answers as if it did not exist;
 * a refused request is not listed (it paid nothing), and the steps' opinions stay inside the court.
 */
export async function ownCasePayouts(ctx: AppContext, who: Principal, caseId: string) {
  if (!can(who, 'party.case.read')) return failure('case-not-found');
  const mine = new Set(await ownPartyIds(ctx.db, caseId, who.partyIdentity));
  if (mine.size === 0) return failure('case-not-found');
  const rows = (await casePayouts(ctx.db, caseId)).filter((p) => p.partyId !== null && mine.has(p.partyId) && p.status !== 'rejected');
  return success({
    items: rows.map((p) => ({
      id: p.id,
      amount: formatYuan(p.amount),
      status: p.status,
      statusName: payoutStatusNames[p.status],
      requestedAt: isoInstant(p.requestedAt),
      payee: { accountName: p.payeeAccountName, accountNumber: p.payeeAccountNumber, bankName: p.payeeBankName },
      bankReference: p.bankReference,
    })),
  });
}
