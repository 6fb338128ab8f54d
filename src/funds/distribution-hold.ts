import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { changeCaseAccount, lockCaseAccount } from './ledger.repo.ts';
import { insertHold, releaseHoldById } from './payouts.repo.ts';

// Published to src/distribution: the amount in dispute under a distribution plan is held on the
// case account (提存, 民诉法解释 第510条) and released when the dispute ends. The caller holds the
// case row's lock (ADR 0002 lock order: case → ledger account).

export type PlacedHold = { readonly id: string; readonly amount: bigint };

/** Holds `amount` of the case account's available balance with the reason 'distribution'. */
export async function holdForDistributionIn(
  tx: Tx,
  actor: Actor,
  at: Date,
  h: { courtId: number; caseId: string; amount: bigint; reason: string },
): Promise<Result<PlacedHold>> {
  const account = await lockCaseAccount(tx, h.caseId);
  const available = account.balance - account.held;
  if (h.amount > available) return failure('insufficient-funds', `可用余额 ${formatYuan(available)} 元，需提存 ${formatYuan(h.amount)} 元`);
  const id = randomUUID();
  await insertHold(
    tx,
    {
      id,
      courtId: h.courtId,
      caseId: h.caseId,
      kind: 'distribution',
      amount: h.amount,
      reason: h.reason,
      approvedByName: null,
      payoutId: null,
    },
    at,
  );
  await changeCaseAccount(tx, account.id, { held: h.amount });
  await appendEvent(tx, actor, at, {
    courtId: h.courtId,
    caseId: h.caseId,
    action: 'funds.hold-placed',
    entityType: 'hold',
    entityId: id,
    changes: { kind: 'distribution', amount: formatYuan(h.amount), reason: h.reason },
  });
  return success({ id, amount: h.amount });
}

/** Releases a distribution hold; a hold already released is left alone (null). */
export async function releaseDistributionHoldIn(
  tx: Tx,
  actor: Actor,
  at: Date,
  courtId: number,
  holdId: string,
): Promise<PlacedHold | null> {
  const released = await releaseHoldById(tx, holdId, at);
  if (!released) return null;
  const account = await lockCaseAccount(tx, released.caseId);
  await changeCaseAccount(tx, account.id, { held: -released.amount });
  await appendEvent(tx, actor, at, {
    courtId,
    caseId: released.caseId,
    action: 'funds.hold-released',
    entityType: 'hold',
    entityId: holdId,
    changes: { kind: 'distribution', amount: formatYuan(released.amount) },
  });
  return { id: holdId, amount: released.amount };
}

/** The case account's available balance (balance − held), read under its row lock. */
export async function availableIn(tx: Tx, caseId: string): Promise<bigint> {
  const account = await lockCaseAccount(tx, caseId);
  return account.balance - account.held;
}
