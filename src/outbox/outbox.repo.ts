import { sql, type Selectable } from 'kysely';
import { copyInto, type Executor, type Tx } from '../db/connection.ts';
import type { OutboundAttemptsTable, OutboundRequestsTable } from '../db/schema.ts';
import { isUuid } from '../shared/ids.ts';
import { isoInstant } from '../shared/dates.ts';
import type { AnswerView, AttemptView, OutboundRequest, RequestStatus, RequestView } from './outbox.types.ts';

// SQL of the outbox: requests, their attempts and their answers.

export type RequestRow = Selectable<OutboundRequestsTable>;
type AttemptOutcome = NonNullable<OutboundAttemptsTable['outcome']>;

export async function insertRequest(
  tx: Tx,
  row: Omit<
    RequestRow,
    'attempts' | 'lease_owner' | 'lease_expires_at' | 'sent_at' | 'answer_due_at' | 'answered_at' | 'failure_reason' | 'payload'
  > & {
    payload: string;
  },
): Promise<void> {
  await tx.insertInto('outbound_requests').values(row).execute();
}

export type NewRequestRow = Parameters<typeof insertRequest>[1];
const REQUEST_COLUMNS = [
  'id',
  'court_id',
  'case_id',
  'institution',
  'kind',
  'payload',
  'idempotency_key',
  'status',
  'max_attempts',
  'next_attempt_at',
  'created_at',
  'updated_at',
] as const;

/** Many requests in one COPY (a sweep's batch: thousands of rows, no parameter limit). */
export async function insertRequests(tx: Tx, rows: readonly NewRequestRow[]): Promise<void> {
  if (rows.length === 0) return;
  await copyInto(
    tx,
    'outbound_requests',
    REQUEST_COLUMNS,
    rows.map((r) => REQUEST_COLUMNS.map((c) => r[c])),
  );
}

/** Institutions among `institutions` that have a request due now and not leased by a live worker. */
export async function dueInstitutions(db: Executor, institutions: readonly string[], now: Date): Promise<string[]> {
  if (institutions.length === 0) return [];
  const rows = await db
    .selectFrom('outbound_requests')
    .select('institution')
    .distinct()
    .where('status', '=', 'pending')
    .where('institution', 'in', institutions as string[])
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<=', now)]))
    .orderBy('institution')
    .execute();
  return rows.map((r) => r.institution);
}

export type Claim = OutboundRequest & { readonly worker: string };

// Claims up to `limit` due requests of one institution for `worker`, never more than the
// institution's concurrency in flight across all workers: an advisory lock per institution makes
// concurrent claimers count one after another. A lease that expired is taken over, and the dead
// worker's unfinished attempt is closed as abandoned.
export async function claimForInstitution(
  tx: Tx,
  opts: { institution: string; concurrency: number; limit: number; worker: string; now: Date; leaseUntil: Date },
): Promise<Claim[]> {
  const { institution, now } = opts;
  await sql`select pg_advisory_xact_lock(hashtext(${`zhixing.outbox:${institution}`}))`.execute(tx);
  const inFlight = await tx
    .selectFrom('outbound_requests')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('institution', '=', institution)
    .where('status', '=', 'pending')
    .where('lease_expires_at', '>', now)
    .executeTakeFirstOrThrow();
  const free = Math.min(opts.limit, opts.concurrency - Number(inFlight.n));
  if (free <= 0) return [];
  const picked = await tx
    .selectFrom('outbound_requests')
    .select('id')
    .where('institution', '=', institution)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<=', now)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(free)
    .forUpdate()
    .skipLocked()
    .execute();
  if (picked.length === 0) return [];
  const ids = picked.map((p) => p.id);
  await tx
    .updateTable('outbound_attempts')
    .set({ finished_at: now, outcome: 'abandoned', detail: '租约到期，由其他工作进程接管' })
    .where('request_id', 'in', ids)
    .where('finished_at', 'is', null)
    .execute();
  const claimed = await tx
    .updateTable('outbound_requests')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), lease_owner: opts.worker, lease_expires_at: opts.leaseUntil, updated_at: now }))
    .where('id', 'in', ids)
    .returningAll()
    .execute();
  await tx
    .insertInto('outbound_attempts')
    .values(claimed.map((r) => ({ request_id: r.id, attempt: r.attempts, court_id: r.court_id, worker: opts.worker, started_at: now })))
    .execute();
  return claimed.sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => ({ ...toOutbound(r), worker: opts.worker }));
}

export const toOutbound = (r: RequestRow): OutboundRequest => ({
  id: r.id,
  courtId: r.court_id,
  caseId: r.case_id,
  institution: r.institution,
  kind: r.kind,
  payload: r.payload as Record<string, unknown>,
  idempotencyKey: r.idempotency_key,
  attempt: r.attempts,
});

export async function lockRequest(tx: Tx, id: string): Promise<RequestRow | undefined> {
  if (!isUuid(id)) return undefined;
  return tx.selectFrom('outbound_requests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export type RequestChange = Partial<
  Pick<
    RequestRow,
    'status' | 'next_attempt_at' | 'lease_owner' | 'lease_expires_at' | 'sent_at' | 'answer_due_at' | 'answered_at' | 'failure_reason'
  >
>;

export async function updateRequest(tx: Tx, id: string, change: RequestChange, now: Date): Promise<void> {
  await tx
    .updateTable('outbound_requests')
    .set({ ...change, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** Closes an attempt with what came of it; an attempt already closed (abandoned) keeps its outcome. */
export async function finishAttempt(
  tx: Tx,
  requestId: string,
  attempt: number,
  result: { at: Date; outcome: AttemptOutcome; detail: string | null },
): Promise<void> {
  await tx
    .updateTable('outbound_attempts')
    .set({ finished_at: result.at, outcome: result.outcome, detail: result.detail })
    .where('request_id', '=', requestId)
    .where('attempt', '=', attempt)
    .where('finished_at', 'is', null)
    .execute();
}

export async function insertAnswer(
  tx: Tx,
  row: { id: string; requestId: string; courtId: number; source: 'connector' | 'api'; receivedAt: Date; body: unknown },
): Promise<void> {
  await tx
    .insertInto('outbound_answers')
    .values({
      id: row.id,
      request_id: row.requestId,
      court_id: row.courtId,
      source: row.source,
      received_at: row.receivedAt,
      body: JSON.stringify(row.body),
    })
    .execute();
}

export async function lastAnswer(tx: Tx, requestId: string): Promise<unknown> {
  const row = await tx
    .selectFrom('outbound_answers')
    .select('body')
    .where('request_id', '=', requestId)
    .orderBy('received_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.body;
}

/** Accepted requests whose answer is overdue, locked (skipping rows another worker holds). */
export async function lockOverdueAnswers(tx: Tx, now: Date, limit: number): Promise<RequestRow[]> {
  return tx
    .selectFrom('outbound_requests')
    .selectAll()
    .where('status', '=', 'sent')
    .where('answer_due_at', '<=', now)
    .orderBy('answer_due_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export type RequestFilter = {
  status?: RequestStatus | undefined;
  institution?: string | undefined;
  caseId?: string | undefined;
  limit: number;
};

export async function listRequests(db: Executor, f: RequestFilter): Promise<RequestView[]> {
  let q = db.selectFrom('outbound_requests').selectAll();
  if (f.status) q = q.where('status', '=', f.status);
  if (f.institution) q = q.where('institution', '=', f.institution);
  if (f.caseId) q = isUuid(f.caseId) ? q.where('case_id', '=', f.caseId) : q.where(sql<boolean>`false`);
  const rows = await q.orderBy('created_at').orderBy('id').limit(f.limit).execute();
  return rows.map(toView);
}

export async function requestDetail(
  db: Executor,
  id: string,
): Promise<{ request: RequestView; attempts: AttemptView[]; answers: AnswerView[] } | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('outbound_requests').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [attempts, answers] = await Promise.all([
    db.selectFrom('outbound_attempts').selectAll().where('request_id', '=', id).orderBy('attempt').execute(),
    db.selectFrom('outbound_answers').selectAll().where('request_id', '=', id).orderBy('received_at').execute(),
  ]);
  return {
    request: toView(row),
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      worker: a.worker,
      startedAt: isoInstant(a.started_at),
      finishedAt: a.finished_at && isoInstant(a.finished_at),
      outcome: a.outcome,
      detail: a.detail,
    })),
    answers: answers.map((a) => ({ id: a.id, source: a.source, receivedAt: isoInstant(a.received_at), body: a.body })),
  };
}

const iso = (v: Date | string | null) => (v === null ? null : isoInstant(v));

function toView(r: RequestRow): RequestView {
  return {
    id: r.id,
    courtId: r.court_id,
    caseId: r.case_id,
    institution: r.institution,
    kind: r.kind,
    payload: r.payload,
    idempotencyKey: r.idempotency_key,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    nextAttemptAt: isoInstant(r.next_attempt_at),
    leaseOwner: r.lease_owner,
    leaseExpiresAt: iso(r.lease_expires_at),
    sentAt: iso(r.sent_at),
    answerDueAt: iso(r.answer_due_at),
    answeredAt: iso(r.answered_at),
    failureReason: r.failure_reason,
    createdAt: isoInstant(r.created_at),
  };
}
