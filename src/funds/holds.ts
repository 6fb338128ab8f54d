import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { requestApprovalIn } from '../approvals/request-approval.ts';
import type { ApprovalRecord } from '../approvals/approvals.types.ts';
import { approvalView, type ApprovalView } from '../approvals/read-approvals.ts';
import { pauseCaseDeadlines, resumeCaseDeadlines } from '../deadlines/deadline-changes.ts';
import { approvalPolicyOf } from '../shared/approvals.ts';
import { isUuid } from '../shared/ids.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { changeCaseAccount, lockCaseAccount } from './ledger.repo.ts';
import { holdCaseOf, lawfulHoldsInForce, lockHold, releaseHoldRow } from './holds.repo.ts';
import { insertHold } from './payouts.repo.ts';
import { holdKindBasis, holdKindNames, lawfulHoldKinds, type LawfulHoldKind } from './funds.types.ts';

// 延缓发放 (ADR 0161): an officer asks to hold case money for a lawful reason; the bureau head's
// approval (src/approvals, 'funds.hold') places it and stops the payout deadlines' clock; the
// officer releases it when the reason ends, and the deadlines run on with the days they had left.

export type HoldAsk = { kind: LawfulHoldKind; amount: string; reason: string };

/** POST /cases/{id}/holds: asks for a hold; it takes effect at the final approval. */
export async function requestHold(ctx: AppContext, who: Principal, caseId: string, body: HoldAsk): Promise<Result<ApprovalView>> {
  if (!can(who, 'funds.payout')) return failure('forbidden');
  if (!(lawfulHoldKinds as readonly string[]).includes(body.kind)) return failure('hold-kind-invalid');
  const amount = parseYuan(body.amount);
  if (amount === null || amount <= 0n) return failure('invalid-money', '暂缓发放的金额须为正数，最多两位小数');
  const reason = body.reason.trim();
  if (!reason) return failure('validation-failed', '请写明暂缓发放的具体情况');
  return transact(ctx, async (tx) => {
    const c = isUuid(caseId) ? await lockCaseRow(tx, caseId) : undefined;
    if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
    const account = await lockCaseAccount(tx, caseId);
    if (amount > account.balance - account.held)
      return failure('insufficient-funds', `可暂缓的余额为 ${formatYuan(account.balance - account.held)} 元`);
    const policy = approvalPolicyOf('funds.hold')!;
    const filed = await requestApprovalIn(tx, ctx, who, {
      courtId: c.courtId,
      caseId,
      kind: 'funds.hold',
      payload: { kind: body.kind, amount: formatYuan(amount), reason },
      summary: `暂缓发放 ${formatYuan(amount)} 元（${holdKindNames[body.kind]}）`,
      reason,
      steps: policy.steps,
    });
    return filed.ok ? success(approvalView(filed.value, [])) : filed;
  });
}

/** The approval's action (src/approvals registry): the hold placed, the payout deadlines stopped. */
export async function placeApprovedHold(tx: Tx, ctx: AppContext, decider: Principal, r: ApprovalRecord): Promise<Result<unknown>> {
  const c = r.caseId ? await lockCaseRow(tx, r.caseId) : undefined;
  if (!c) return failure('approval-stale', '审批所涉案件不存在');
  const kind = r.payload.kind as LawfulHoldKind;
  const amount = parseYuan(String(r.payload.amount));
  if (!(lawfulHoldKinds as readonly string[]).includes(kind) || amount === null) throw new Error(`approval ${r.id}: a bad hold payload`);
  const account = await lockCaseAccount(tx, c.id);
  if (amount > account.balance - account.held)
    return failure('approval-stale', `可暂缓的余额已不足 ${formatYuan(amount)} 元；审批未生效，可不同意或由提交人撤回`);
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  const id = randomUUID();
  await insertHold(
    tx,
    { id, courtId: c.courtId, caseId: c.id, kind, amount, reason: r.reason ?? '', approvedByName: decider.displayName, payoutId: null },
    now,
  );
  await changeCaseAccount(tx, account.id, { held: amount });
  const paused = await pauseCaseDeadlines(tx, ctx, actorOf(decider), now, { caseId: c.id, cause: 'funds.hold', on: today });
  await appendEvent(tx, actorOf(decider), now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'funds.hold-placed',
    entityType: 'hold',
    entityId: id,
    changes: {
      kind,
      kindName: holdKindNames[kind],
      basis: holdKindBasis[kind],
      amount: formatYuan(amount),
      reason: r.reason,
      since: today,
      pausedDeadlines: paused.length,
      approval: { approvalId: r.id, requestedBy: r.requestedByName, approvedBy: decider.displayName },
    },
  });
  return success({ holdId: id });
}

/** POST /holds/{id}/release: the reason has ended; the money is available again and the deadlines run on. */
export async function releaseHold(ctx: AppContext, who: Principal, id: string, note: string | undefined) {
  if (!can(who, 'funds.payout')) return failure('forbidden');
  const seen = isUuid(id) ? await holdCaseOf(ctx.db, id) : undefined;
  if (!seen || !inScope(who, seen.courtId)) return failure('hold-not-found');
  return transact(ctx, async (tx) => {
    await lockCaseRow(tx, seen.caseId);
    const h = (await lockHold(tx, id))!;
    if (h.kind === 'payout') return failure('hold-not-found', '发放审批中的冻结随审批办结解除');
    if (h.state !== 'active') return failure('hold-released');
    const account = await lockCaseAccount(tx, h.caseId);
    const now = ctx.clock.now();
    const today = ctx.clock.today();
    await releaseHoldRow(tx, id, now);
    await changeCaseAccount(tx, account.id, { held: -h.amount });
    // The clock runs again once no lawful reason is left (several holds may overlap).
    const resumed =
      (await lawfulHoldsInForce(tx, h.caseId)) === 0
        ? await resumeCaseDeadlines(tx, ctx, actorOf(who), now, { caseId: h.caseId, cause: 'funds.hold', on: today })
        : [];
    await appendEvent(tx, actorOf(who), now, {
      courtId: h.courtId,
      caseId: h.caseId,
      action: 'funds.hold-released',
      entityType: 'hold',
      entityId: h.id,
      changes: {
        kind: h.kind,
        amount: formatYuan(h.amount),
        releasedOn: today,
        resumedDeadlines: resumed.length,
        ...(note?.trim() ? { note: note.trim() } : {}),
      },
    });
    return success({
      id: h.id,
      state: 'released' as const,
      releasedOn: today,
      resumedDeadlines: resumed.map((d) => ({ subject: d.subject, dueOn: d.dueOn })),
    });
  });
}
