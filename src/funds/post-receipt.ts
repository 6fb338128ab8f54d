import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor, type NewEvent } from '../audit/audit.types.ts';
import { appendEventsLast } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { answerWrite, scopeOf } from '../idempotency/idempotency.ts';
import type { Write } from '../db/statements.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { accountChangeWrite, courtAccounts, lockCaseAccountCountingHolds, transactionWrites } from './ledger.repo.ts';
import { receiptWrite } from './receipts.repo.ts';
import { openPayoutDeadline, preparePayoutDeadline } from './funds-deadlines.ts';
import type { ReceiptSource } from './funds.types.ts';

export type ReceiptInput = { amount: string; receivedOn: string; payerName: string; reference?: string | undefined };
export type Receipt = {
  id: string;
  caseId: string;
  accountNumber: string;
  amount: string;
  receivedOn: LocalDate;
  payerName: string;
  reference: string | null;
  source: ReceiptSource;
  payBy: LocalDate;
  balance: string;
};

/** The ledger's posting key of an API request: the caller's idempotency scope and key. */
export const postingKeyOf = (who: Principal, key: string): string => `${scopeOf(who)}:${key}`;

export type Incoming = {
  amount: bigint;
  receivedOn: LocalDate;
  payerName: string;
  payerAccount?: string | null;
  reference: string | null;
  source: ReceiptSource;
  postingKey: string;
  // Where the money sits before: the court's bank account (a new arrival), its suspense account (a
  // claim), or another case's account (a transfer, ADR 0185: the caller moves that account's figures).
  from: 'master' | 'suspense' | { caseId: string; accountId: string };
  unmatchedId?: string;
  deductionReceiptId?: string;
  memo?: string; // the ledger line's text, when the payer and reference do not say it (a transfer)
};

/**
 * Posts money into a case account, the case row already locked by the caller (ADR 0002: case →
 * ledger account). One transaction of two entries; the balance beside them moves under the
 * account row's lock. A closed case's account takes nothing.
 */
export async function receiveIn(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  c: { id: string; courtId: number; status: string },
  r: Incoming,
  // The caller's own write of the outcome (the idempotent answer), sent in the posting's statement.
  finish?: (receipt: Receipt) => Write | null,
): Promise<Result<Receipt>> {
  if (c.status === 'closed') return failure('account-closed');
  const { account, lawfulHolds } = await lockCaseAccountCountingHolds(tx, c.id);
  if (account.status === 'closed') return failure('account-closed');
  const court = await courtAccounts(tx, c.courtId);
  const now = ctx.clock.now();
  const transactionId = randomUUID();
  const debit =
    r.from === 'master'
      ? { accountId: court.master, caseId: c.id }
      : r.from === 'suspense'
        ? { accountId: court.suspense, caseId: null }
        : { accountId: r.from.accountId, caseId: r.from.caseId };
  const writes = [
    ...transactionWrites({
      id: transactionId,
      courtId: c.courtId,
      caseId: c.id,
      kind: r.from === 'master' ? 'receipt' : r.from === 'suspense' ? 'claim' : 'transfer',
      postingKey: r.postingKey,
      amount: r.amount,
      postedOn: ctx.clock.today(),
      postedAt: now,
      byName: actor.name,
      memo: r.memo ?? `${r.payerName}${r.reference ? `（${r.reference}）` : ''}`,
      entries: [
        { ...debit, amount: r.amount },
        { accountId: account.id, caseId: c.id, amount: -r.amount },
      ],
    }),
    accountChangeWrite(account.id, { balance: r.amount, received: r.amount }),
  ];
  const id = randomUUID();
  // The payout deadline is a node deadline per receipt (registry 'payout', src/rules/payout-deadline.ts).
  const events: NewEvent[] = [];
  const opening = { courtId: c.courtId, caseId: c.id, receiptId: id, receivedOn: r.receivedOn };
  let payBy: LocalDate;
  if (lawfulHolds === 0) {
    // The common case: the deadline's row and event go with the posting's other writes, in one statement.
    const deadline = preparePayoutDeadline(ctx, now, opening);
    writes.push(deadline.write);
    events.push(deadline.event);
    payBy = deadline.record.dueOn;
  } else payBy = (await openPayoutDeadline(tx, ctx, actor, now, opening)).dueOn;
  writes.push(
    receiptWrite({
      id,
      courtId: c.courtId,
      caseId: c.id,
      transactionId,
      amount: r.amount,
      receivedOn: r.receivedOn,
      payerName: r.payerName,
      payerAccount: r.payerAccount ?? null,
      reference: r.reference,
      source: r.source,
      payBy,
      recordedAt: now,
      recordedByName: actor.name,
      unmatchedId: r.unmatchedId ?? null,
      deductionReceiptId: r.deductionReceiptId ?? null,
    }),
  );
  const balance = formatYuan(account.balance + r.amount);
  events.push({
    courtId: c.courtId,
    caseId: c.id,
    action: 'funds.received',
    entityType: 'receipt',
    entityId: id,
    changes: {
      amount: formatYuan(r.amount),
      receivedOn: r.receivedOn,
      payerName: r.payerName,
      source: r.source,
      payBy,
      balance,
      transactionId,
    },
  });
  const receipt: Receipt = {
    id,
    caseId: c.id,
    accountNumber: account.number,
    amount: formatYuan(r.amount),
    receivedOn: r.receivedOn,
    payerName: r.payerName,
    reference: r.reference,
    source: r.source,
    payBy,
    balance,
  };
  const outcome = finish?.(receipt);
  if (outcome) writes.push(outcome);
  // Last, the audit chain: its head locked (after every other lock, ADR 0002) and moved in the one
  // statement that writes the transaction, its entries, the balance, the deadline, the receipt and the answer.
  await appendEventsLast(tx, actor, now, events, writes);
  return success(receipt);
}

/** POST /cases/{id}/receipts: finance records money that arrived for the case (到账). */
export async function postReceiptIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  body: ReceiptInput,
  key: string | undefined,
): Promise<Result<Receipt>> {
  if (!can(who, 'funds.post')) return failure('forbidden');
  if (!key) return failure('idempotency-key-required');
  const amount = parseYuan(body.amount);
  if (amount === null || amount <= 0n) return failure('invalid-money', '到账金额须为正数，最多两位小数');
  const receivedOn = parseLocalDate(body.receivedOn);
  if (!receivedOn || compareDates(receivedOn, ctx.clock.today()) > 0) return failure('receipt-date-invalid', '到账日期不能晚于今天');
  const payerName = body.payerName.trim();
  if (!payerName) return failure('validation-failed', '请填写付款人');
  const c = await lockCaseForSeizure(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  return receiveIn(
    tx,
    ctx,
    actorOf(who),
    c,
    {
      amount,
      receivedOn,
      payerName,
      reference: body.reference?.trim() || null,
      source: 'manual',
      postingKey: postingKeyOf(who, key),
      from: 'master',
    },
    (receipt) => answerWrite(tx, receipt),
  );
}
