import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent, appendEvents } from '../audit/append-events.ts';
import { systemActor } from '../audit/audit.types.ts';
import { instantAfter } from '../shared/dates.ts';
import { success } from '../shared/result.ts';
import { randomUUID } from 'node:crypto';
import { backoffDelay, type BackoffPolicy } from './backoff.ts';
import type { ConnectorRegistry } from './registry.ts';
import { handleAnswer } from './answer-handlers.ts';
import { handleFailure } from './failure-handlers.ts';
import type { SendResult } from './outbox.types.ts';
import {
  claimForInstitution,
  dueInstitutions,
  finishAttempt,
  insertAnswer,
  lockOverdueAnswers,
  lockRequest,
  toOutbound,
  updateRequest,
  type Claim,
} from './outbox.repo.ts';

export type DeliveryPolicy = {
  readonly leaseMs: number; // longer than attemptTimeoutMs: a live worker always finishes inside its lease
  readonly attemptTimeoutMs: number;
  readonly backoff: BackoffPolicy;
  readonly answerWindowMs: number; // how long an accepted request may wait for its answer
  readonly random: () => number;
};

type Ctx = Pick<AppContext, 'handle' | 'db' | 'clock'>;

/** What one attempt came to, as the worker saw it. */
export type AttemptResult = SendResult | { readonly outcome: 'timed-out' } | { readonly outcome: 'abandoned' };
export type Settled = 'answered' | 'sent' | 'retrying' | 'failed' | 'timed-out' | 'released' | 'lease-lost';

/** Claims due requests for `worker`, institution by institution, within each one's concurrency. */
export async function claimDue(ctx: Ctx, registry: ConnectorRegistry, opts: { worker: string; limit: number; policy: DeliveryPolicy }) {
  const now = ctx.clock.now();
  const claims: Claim[] = [];
  for (const institution of await dueInstitutions(ctx.db, registry.institutions, now)) {
    const remaining = opts.limit - claims.length;
    if (remaining <= 0) break;
    const connector = registry.get(institution)!;
    const got = await transact(ctx, async (tx) =>
      success(
        await claimForInstitution(tx, {
          institution,
          concurrency: connector.concurrency,
          limit: remaining,
          worker: opts.worker,
          now,
          leaseUntil: instantAfter(now, opts.policy.leaseMs),
        }),
      ),
    );
    if (got.ok) claims.push(...got.value);
  }
  return claims;
}

/** Sends one claimed request through its connector, bounded by the attempt timeout, and records the outcome. */
export async function deliverClaim(
  ctx: Ctx,
  registry: ConnectorRegistry,
  claim: Claim,
  policy: DeliveryPolicy,
  stop?: AbortSignal,
): Promise<Settled> {
  const result = await attempt(registry, claim, policy.attemptTimeoutMs, stop);
  return settle(ctx, claim, result, policy);
}

async function attempt(registry: ConnectorRegistry, claim: Claim, timeoutMs: number, stop?: AbortSignal): Promise<AttemptResult> {
  const connector = registry.get(claim.institution);
  if (!connector || !connector.kinds.includes(claim.kind))
    return { outcome: 'failed', reason: `没有处理「${claim.institution} / ${claim.kind}」的连接器`, retryable: false };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onStop = () => {};
  const cut = new Promise<AttemptResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ outcome: 'timed-out' });
    }, timeoutMs);
    onStop = () => {
      controller.abort();
      resolve({ outcome: 'abandoned' });
    };
    if (stop?.aborted) onStop();
    else stop?.addEventListener('abort', onStop, { once: true });
  });
  const sent = connector.send(claim, controller.signal).catch((error: unknown): AttemptResult => ({
    outcome: 'failed',
    reason: error instanceof Error ? error.message : String(error),
    retryable: true,
  }));
  try {
    return await Promise.race([sent, cut]);
  } finally {
    clearTimeout(timer);
    stop?.removeEventListener('abort', onStop);
  }
}

const detailOf = (r: AttemptResult): string | null =>
  r.outcome === 'failed'
    ? r.reason
    : r.outcome === 'timed-out'
      ? '单次投递超时'
      : r.outcome === 'abandoned'
        ? '工作进程停止，投递中断'
        : null;

// Records the outcome under the request's row lock. A worker whose lease was taken over only
// closes its attempt (and keeps any answer it got): the request belongs to the new holder.
async function settle(ctx: Ctx, claim: Claim, result: AttemptResult, policy: DeliveryPolicy): Promise<Settled> {
  const settled = await transact(ctx, async (tx) => {
    const row = await lockRequest(tx, claim.id);
    const now = ctx.clock.now();
    const outcome = result.outcome === 'failed' && result.retryable ? 'retryable' : result.outcome;
    await finishAttempt(tx, claim.id, claim.attempt, { at: now, outcome, detail: detailOf(result) });
    if (result.outcome === 'answered')
      await insertAnswer(tx, {
        id: randomUUID(),
        requestId: claim.id,
        courtId: claim.courtId,
        source: 'connector',
        receivedAt: now,
        body: result.answer,
      });
    const current = row && row.status === 'pending' && row.lease_owner === claim.worker && row.attempts === claim.attempt;
    if (!row || !current) return success<Settled>('lease-lost');
    const released = { lease_owner: null, lease_expires_at: null };
    const event = (action: string, changes: Record<string, unknown>) =>
      appendEvent(tx, systemActor, now, {
        courtId: row.court_id,
        caseId: row.case_id,
        action: `outbound-request.${action}`,
        entityType: 'outbound-request',
        entityId: row.id,
        changes: { status: { before: row.status, after: action }, attempt: claim.attempt, ...changes },
      });
    switch (result.outcome) {
      case 'answered':
        await updateRequest(tx, row.id, { ...released, status: 'answered', answered_at: now, failure_reason: null }, now);
        await event('answered', { source: 'connector' });
        await handleAnswer(tx, systemActor, now, claim, result.answer);
        return success<Settled>('answered');
      case 'accepted':
        await updateRequest(
          tx,
          row.id,
          { ...released, status: 'sent', sent_at: now, answer_due_at: instantAfter(now, policy.answerWindowMs) },
          now,
        );
        await event('sent', {});
        return success<Settled>('sent');
      case 'abandoned':
        await updateRequest(tx, row.id, { ...released, next_attempt_at: now }, now);
        return success<Settled>('released');
    }
    const reason = detailOf(result)!;
    if (outcome === 'failed' || row.attempts >= row.max_attempts) {
      const status = outcome === 'timed-out' ? 'timed-out' : 'failed';
      await updateRequest(tx, row.id, { ...released, status, failure_reason: reason }, now);
      await event(status, { reason });
      await handleFailure(tx, systemActor, now, claim, { status, reason });
      return success<Settled>(status);
    }
    const retryAt = instantAfter(now, backoffDelay(claim.attempt, policy.backoff, policy.random));
    await updateRequest(tx, row.id, { ...released, next_attempt_at: retryAt, failure_reason: reason }, now);
    return success<Settled>('retrying');
  });
  if (!settled.ok) throw new Error(`settling request ${claim.id} failed: ${settled.code}`);
  return settled.value;
}

/** Accepted requests whose answer did not come in time become timed-out. */
export async function expireOverdueAnswers(ctx: Ctx, limit = 500): Promise<number> {
  const done = await transact(ctx, async (tx) => {
    const now = ctx.clock.now();
    const rows = await lockOverdueAnswers(tx, now, limit);
    const reason = '答复期限届满，未收到协助单位答复';
    for (const r of rows) await updateRequest(tx, r.id, { status: 'timed-out', failure_reason: reason }, now);
    await appendEvents(
      tx,
      systemActor,
      now,
      rows.map((r) => ({
        courtId: r.court_id,
        caseId: r.case_id,
        action: 'outbound-request.timed-out',
        entityType: 'outbound-request',
        entityId: r.id,
        changes: { status: { before: 'sent', after: 'timed-out' }, reason },
      })),
    );
    // In case order, so that two expiring runs take the cases' rows in the same order.
    const byCase = [...rows].sort((a, b) => ((a.case_id ?? '') + a.id < (b.case_id ?? '') + b.id ? -1 : 1));
    for (const r of byCase) await handleFailure(tx, systemActor, now, toOutbound(r), { status: 'timed-out', reason });
    return success(rows.length);
  });
  return done.ok ? done.value : 0;
}

export type DeliverySummary = Record<Settled, number> & { claimed: number };

/** Delivers up to `limit` due requests now and waits for them: `zhixing outbox deliver` and the tests. */
export async function deliverDue(
  ctx: Ctx,
  registry: ConnectorRegistry,
  opts: { worker: string; limit: number; policy: DeliveryPolicy },
): Promise<DeliverySummary> {
  const summary: DeliverySummary = {
    claimed: 0,
    answered: 0,
    sent: 0,
    retrying: 0,
    failed: 0,
    'timed-out': 0,
    released: 0,
    'lease-lost': 0,
  };
  await expireOverdueAnswers(ctx);
  while (summary.claimed < opts.limit) {
    const claims = await claimDue(ctx, registry, { ...opts, limit: opts.limit - summary.claimed });
    if (claims.length === 0) break;
    summary.claimed += claims.length;
    for (const s of await Promise.all(claims.map((c) => deliverClaim(ctx, registry, c, opts.policy)))) summary[s] += 1;
  }
  return summary;
}
