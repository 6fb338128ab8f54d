import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { isApplicantOf } from '../cases/party-cases.ts';
import { compareDates, isoInstant } from '../shared/dates.ts';
import { payoutStepOfRole, payoutSteps } from '../shared/funds.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success } from '../shared/result.ts';
import { holdKindBasis, holdKindNames, ledgerKindNames, receiptSourceNames, type HoldKind, type LawfulHoldKind } from './funds.types.ts';
import { caseAccount, entriesPage } from './ledger.repo.ts';
import { activeHolds, awaitingPayouts, casePayees, casePayouts, decisionsOf } from './payouts.repo.ts';
import { payoutView } from './payout-view.ts';
import { caseReceipts } from './receipts.repo.ts';

// Reads of case funds: the account and its statement, receipts with their payout deadlines,
// holds, payees, payouts and the 待审批 inbox of payouts. Staff of the case's court read them; an
// applicant reads the payouts of their own case in the portal.

async function readable(ctx: AppContext, who: Principal, caseId: string): Promise<number | null> {
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined) return null;
  if (can(who, 'case.read') && inScope(who, courtId)) return courtId;
  if (can(who, 'party.case.read') && (await isApplicantOf(ctx.db, caseId, who.partyIdentity))) return courtId;
  return null;
}

/** GET /cases/{id}/account: 一案一账号 and its figures, with what is held and why, receipts and payees. */
export async function getCaseAccount(ctx: AppContext, who: Principal, caseId: string) {
  if ((await readable(ctx, who, caseId)) === null || !can(who, 'case.read')) return failure('case-not-found');
  const a = (await caseAccount(ctx.db, caseId))!;
  const today = ctx.clock.today();
  const holds = await activeHolds(ctx.db, caseId);
  const receipts = await caseReceipts(ctx.db, caseId, a.paidOut);
  const payees = await casePayees(ctx.db, caseId);
  return success({
    accountNumber: a.number,
    masterAccountNumber: a.number.slice(0, 7),
    status: a.status,
    balance: formatYuan(a.balance),
    received: formatYuan(a.received),
    paidOut: formatYuan(a.paidOut),
    held: formatYuan(a.held),
    available: formatYuan(a.balance - a.held),
    holds: holds.map((h) => ({
      id: h.id,
      kind: h.kind as HoldKind,
      kindName: holdKindNames[h.kind as HoldKind] ?? h.kind,
      amount: formatYuan(BigInt(h.amount)),
      reason: h.reason,
      approvedByName: h.approved_by_name,
      basis: h.kind === 'payout' ? null : (holdKindBasis[h.kind as LawfulHoldKind] ?? null),
      releasable: h.kind !== 'payout',
      since: isoInstant(h.created_at),
    })),
    receipts: receipts.map((r) => ({
      id: r.id,
      amount: formatYuan(r.amount),
      unpaid: formatYuan(r.unpaid),
      receivedOn: r.receivedOn,
      payerName: r.payerName,
      reference: r.reference,
      source: r.source,
      sourceName: receiptSourceNames[r.source],
      payBy: r.payBy,
      overdue: r.unpaid > 0n && compareDates(r.payBy, today) < 0,
    })),
    payees: payees.map((p) => ({
      partyId: p.partyId,
      accountName: p.accountName,
      accountNumber: p.accountNumber,
      bankName: p.bankName,
      confirmedByName: p.confirmedByName,
      confirmedAt: isoInstant(p.confirmedAt),
    })),
  });
}

export const MAX_ENTRIES_PAGE = 200;

/** GET /cases/{id}/account/entries: every movement, newest first, cursor-paginated (the cursor is the last entry's id). */
export async function getAccountEntries(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  q: { cursor?: string | undefined; limit?: number | undefined },
) {
  if ((await readable(ctx, who, caseId)) === null || !can(who, 'case.read')) return failure('case-not-found');
  if (q.cursor !== undefined && !/^[1-9]\d{0,17}$/.test(q.cursor)) return failure('invalid-cursor');
  const limit = Math.min(q.limit ?? 50, MAX_ENTRIES_PAGE);
  const a = (await caseAccount(ctx.db, caseId))!;
  const rows = a.id ? await entriesPage(ctx.db, a.id, q.cursor ? BigInt(q.cursor) : null, limit + 1) : [];
  const page = rows.slice(0, limit);
  return success({
    accountNumber: a.number,
    items: page.map((e) => ({
      id: String(e.id),
      transactionId: e.transactionId,
      kind: e.kind,
      kindName: ledgerKindNames[e.kind],
      amount: formatYuan(e.amount),
      balanceAfter: formatYuan(e.balanceAfter),
      postedOn: e.postedOn,
      postedAt: isoInstant(e.postedAt),
      byName: e.byName,
      memo: e.memo,
    })),
    nextCursor: rows.length > limit ? String(page[page.length - 1]!.id) : null,
  });
}

/** GET /cases/{id}/payouts: the payout history of a case, for the court's staff (an applicant reads its own at /party/cases/{id}/payouts). */
export async function getCasePayouts(ctx: AppContext, who: Principal, caseId: string) {
  if ((await readable(ctx, who, caseId)) === null) return failure('case-not-found');
  const rows = await casePayouts(ctx.db, caseId);
  const decisions = await decisionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return success({ items: rows.map((p) => payoutView(p, decisions.get(p.id) ?? [])) });
}

/** GET /payouts/inbox: 待审批 — the court's payouts awaiting the caller's step. */
export async function payoutInbox(ctx: AppContext, who: Principal) {
  if (!can(who, 'case.read')) return failure('forbidden');
  const index = payoutStepOfRole(who.role);
  if (index < 0) return success({ step: null, items: [] as ReturnType<typeof payoutView>[] });
  const step = payoutSteps[index]!;
  const rows = await awaitingPayouts(ctx.db, who.courtId, step.step);
  const decisions = await decisionsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return success({
    step: { step: step.step, title: step.title },
    items: rows.map((p) => payoutView(p, decisions.get(p.id) ?? [], p.caseNumber)),
  });
}
