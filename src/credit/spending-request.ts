import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import {
  restrictedItemNames,
  restrictedItems,
  spendingBasisNames,
  spendingBasisOf,
  type RestrictedItem,
} from '../rules/consumption-restriction.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import {
  caseOfRestriction,
  decideSpendingRequest,
  insertSpendingRequest,
  lockRestriction,
  lockSpendingRequest,
  personsOf,
  restrictionOfSpending,
} from './restrictions.repo.ts';
import { spendingView } from './restriction-view.ts';
import type { SpendingRequestView } from './restriction.types.ts';

// A restricted person's request to spend on a restricted item (ADR 0206): a unit's person spending
// privately with personal money (限制消费规定 第3条第2款: granted if true), or the debtor's need of
// living or business (第8条: only with the court's approval). The court decides and records why.

export type SpendingInput = { personName: string; item: string; reason: string; amount: string };
export type SpendingDecision = { granted: boolean; reason?: string | null | undefined };

/** POST /consumption-restrictions/{id}/spending-requests: recorded `pending` for the court's decision. */
export async function requestSpendingIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  input: SpendingInput,
): Promise<Result<SpendingRequestView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  if (!(restrictedItems as readonly string[]).includes(input.item)) return failure('unknown-restricted-item');
  const amount = parseYuan(input.amount);
  if (amount === null || amount <= 0n) return failure('invalid-amount', '金额须为大于零的数额，最多两位小数');
  const reason = input.reason.trim().slice(0, 2000);
  if (!reason) return failure('spending-reason-required');
  const caseId = await caseOfRestriction(tx, id);
  const c = caseId ? await lockCaseRow(tx, caseId) : undefined;
  if (!c || !inScope(who, c.courtId)) return failure('consumption-restriction-not-found');
  const r = (await lockRestriction(tx, id))!;
  if (r.status !== 'ordered') return failure('restriction-not-in-force');
  const person = (await personsOf(tx, [r.id])).find((p) => p.name === input.personName.trim());
  if (!person) return failure('restricted-person-not-found');

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const basis = spendingBasisOf(person.role);
  const row = await insertSpendingRequest(tx, {
    id: randomUUID(),
    court_id: r.court_id,
    restriction_id: r.id,
    person_id: person.id,
    person_name: person.name,
    item: input.item,
    basis,
    reason,
    amount_fen: amount,
    status: 'pending',
    requested_at: now,
    requested_by_name: actor.name,
  });
  await appendEvent(tx, actor, now, {
    courtId: r.court_id,
    caseId: r.case_id,
    action: 'credit.spending-requested',
    entityType: 'consumption-restriction',
    entityId: r.id,
    changes: {
      spendingRequestId: row.id,
      debtorPartyId: r.debtor_party_id,
      person: person.name,
      role: person.role,
      item: input.item,
      itemArticle: restrictedItemNames[input.item as RestrictedItem].article,
      basis,
      basisArticle: spendingBasisNames[basis].article,
      amount: formatYuan(amount),
      reason,
    },
  });
  return success(spendingView(row));
}

/** POST /spending-requests/{id}/decision: the court grants or refuses, once; a refusal states why. */
export async function decideSpendingIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  input: SpendingDecision,
): Promise<Result<SpendingRequestView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  const reason = (input.reason ?? '').trim().slice(0, 2000);
  if (!input.granted && !reason) return failure('spending-decision-reason-required');
  const restrictionId = await restrictionOfSpending(tx, id);
  const caseId = restrictionId ? await caseOfRestriction(tx, restrictionId) : undefined;
  const c = caseId ? await lockCaseRow(tx, caseId) : undefined;
  if (!c || !inScope(who, c.courtId)) return failure('spending-request-not-found');
  const r = (await lockRestriction(tx, restrictionId!))!;
  const s = (await lockSpendingRequest(tx, id))!;
  if (s.status !== 'pending') return failure('spending-already-decided');
  const actor = actorOf(who);
  const now = ctx.clock.now();
  const decidedOn = ctx.clock.today();
  const done = await decideSpendingRequest(tx, id, {
    status: input.granted ? 'granted' : 'refused',
    decided_on: decidedOn,
    decided_by: actor.id,
    decided_by_name: actor.name,
    decision_reason: reason || null,
  });
  await appendEvent(tx, actor, now, {
    courtId: r.court_id,
    caseId: r.case_id,
    action: 'credit.spending-decided',
    entityType: 'consumption-restriction',
    entityId: r.id,
    changes: {
      spendingRequestId: s.id,
      person: s.person_name,
      item: s.item,
      amount: formatYuan(BigInt(s.amount_fen)),
      granted: input.granted,
      decidedOn,
      reason: reason || null,
      restrictionStatus: r.status,
    },
  });
  return success(spendingView(done));
}
