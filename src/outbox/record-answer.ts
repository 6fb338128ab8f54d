import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import { systemActor, type Actor } from '../audit/audit.types.ts';
import { canonicalJson } from '../audit/hash.ts';
import { isRecord } from '../shared/json.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { insertAnswer, lastAnswer, lockRequest, toOutbound, updateRequest } from './outbox.repo.ts';
import { handleAnswer } from './answer-handlers.ts';
import type { Answer } from './outbox.types.ts';

export type AnswerReceipt = { id: string; status: 'answered'; duplicate: boolean; late: boolean };

/**
 * An institution's answer that arrives after delivery (through the institution API). The same
 * answer twice is acknowledged once; a different one to an answered request is refused. An answer
 * after the request timed out is still the institution's answer: it is stored and closes the request.
 * `institution`, when given, must be the request's: an institution sees only its own requests.
 */
export async function recordAnswer(
  ctx: Pick<AppContext, 'handle' | 'clock'>,
  requestId: string,
  answer: Answer,
  opts: { actor?: Actor; institution?: string } = {},
): Promise<Result<AnswerReceipt>> {
  if (!isRecord(answer)) return failure('outbound-answer-invalid');
  return transact(ctx, async (tx): Promise<Result<AnswerReceipt>> => {
    const row = await lockRequest(tx, requestId);
    if (!row || (opts.institution !== undefined && row.institution !== opts.institution)) return failure('outbound-request-not-found');
    if (row.status === 'failed') return failure('outbound-request-closed');
    if (row.status === 'answered') {
      const same = canonicalJson(await lastAnswer(tx, row.id)) === canonicalJson(answer);
      return same ? success({ id: row.id, status: 'answered', duplicate: true, late: false }) : failure('outbound-answer-conflict');
    }
    const now = ctx.clock.now();
    const late = row.status === 'timed-out';
    await insertAnswer(tx, { id: randomUUID(), requestId: row.id, courtId: row.court_id, source: 'api', receivedAt: now, body: answer });
    await updateRequest(tx, row.id, { status: 'answered', answered_at: now, lease_owner: null, lease_expires_at: null }, now);
    await appendEvent(tx, opts.actor ?? systemActor, now, {
      courtId: row.court_id,
      caseId: row.case_id,
      action: 'outbound-request.answered',
      entityType: 'outbound-request',
      entityId: row.id,
      changes: { status: { before: row.status, after: 'answered' }, source: 'api', ...(late ? { late: true } : {}) },
    });
    await handleAnswer(tx, opts.actor ?? systemActor, now, toOutbound(row), answer);
    return success({ id: row.id, status: 'answered', duplicate: false, late });
  });
}
