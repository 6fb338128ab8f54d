import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/connection.ts';
import { appendEvent, appendPreparedEvents, prepareEvents } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import { insertRequest, insertRequests, type NewRequestRow } from './outbox.repo.ts';
import type { NewRequest } from './outbox.types.ts';

// Six attempts with the default backoff span about a minute and a half of an institution's outage
// before the request is given up; a use case that needs more (or fewer) says so.
export const DEFAULT_MAX_ATTEMPTS = 6;

/**
 * Writes a request to an outside institution in the caller's transaction, so that it exists if
 * and only if the fact that causes it commits. Assigns the idempotency key that every delivery
 * attempt carries. Appends an audit event: call it after your row locks, like appendEvent.
 */
export async function enqueueRequest(
  tx: Tx,
  actor: Actor,
  at: Date,
  request: NewRequest & { readonly maxAttempts?: number },
): Promise<{ id: string; idempotencyKey: string }> {
  const { row, event } = prepared(at, request);
  await insertRequest(tx, row);
  await appendEvent(tx, actor, at, event);
  return { id: row.id, idempotencyKey: row.idempotency_key };
}

/**
 * Many requests at once, each exactly as enqueueRequest writes it (its row, its key, its
 * `outbound-request.enqueued` event), the rows in one COPY and the events in one append: a sweep's
 * batch of thousands. Answers their ids and keys in the order given.
 */
export async function enqueueRequests(
  tx: Tx,
  actor: Actor,
  at: Date,
  requests: readonly (NewRequest & { readonly maxAttempts?: number })[],
): Promise<{ id: string; idempotencyKey: string }[]> {
  const all = requests.map((r) => prepared(at, r));
  await insertRequests(
    tx,
    all.map((p) => p.row),
  );
  await appendPreparedEvents(
    tx,
    prepareEvents(
      actor,
      at,
      all.map((p) => p.event),
    ),
    { copy: true },
  );
  return all.map((p) => ({ id: p.row.id, idempotencyKey: p.row.idempotency_key }));
}

function prepared(at: Date, request: NewRequest & { readonly maxAttempts?: number }) {
  const id = randomUUID();
  const idempotencyKey = `zx-${randomUUID()}`;
  const maxAttempts = request.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a positive integer, got ${maxAttempts}`);
  const row: NewRequestRow = {
    id,
    court_id: request.courtId,
    case_id: request.caseId,
    institution: request.institution,
    kind: request.kind,
    payload: JSON.stringify(request.payload),
    idempotency_key: idempotencyKey,
    status: 'pending',
    max_attempts: maxAttempts,
    next_attempt_at: at,
    created_at: at,
    updated_at: at,
  };
  const event = {
    courtId: request.courtId,
    caseId: request.caseId,
    action: 'outbound-request.enqueued',
    entityType: 'outbound-request',
    entityId: id,
    changes: { institution: request.institution, kind: request.kind, idempotencyKey },
  };
  return { row, event };
}
