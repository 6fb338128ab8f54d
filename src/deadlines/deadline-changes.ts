import type { Tx } from '../db/connection.ts';
import type { Write } from '../db/statements.ts';
import { appendEvents } from '../audit/append-events.ts';
import type { Actor, NewEvent } from '../audit/audit.types.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import type { Clock } from '../platform/clock.ts';
import type { LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import {
  deadlinesWrite,
  insertDeadlines,
  lockCaseDeadlines,
  lockCourtDeadline,
  lockDeadlineById,
  lockRunningSubjects,
  newDeadlineWrite,
  saveDeadline,
} from './deadlines.repo.ts';
import { applyFact, meet, newDeadline, openedEvent, pause, reopen, resume, waive, type Change } from './deadline-logic.ts';
import type { CaseFact, DeadlineRecord, PauseCause } from './deadlines.types.ts';
import { deadlineNodes, nodeById, nodesReactingTo } from './registry.ts';

// The published use-case functions of the deadlines mechanism. Each takes the caller's transaction
// (the caller holds the case row: ADR 0040), writes its rows and one audit event per change.

export type DeadlineContext = { readonly calendar: StatutoryCalendar; readonly clock: Clock };

export type OpenRequest = {
  readonly courtId: number;
  readonly caseId: string | null; // null: a deadline of the court (暂存款: ADR 0160), with a subject
  readonly node: string;
  readonly subject?: string;
  readonly startOn: LocalDate;
  /** Only for a node whose period is 'given': the due date the opening use case states. */
  readonly dueOn?: LocalDate;
};

const eventOf = (c: Change): NewEvent => ({
  courtId: c.next.courtId,
  caseId: c.next.caseId,
  action: c.action,
  entityType: 'deadline',
  entityId: c.next.id,
  changes: c.changes,
});

function definition(node: string) {
  const def = nodeById(node);
  // Node ids are written in code that calls these functions: an unknown one is a bug, not input.
  if (!def) throw new Error(`unknown deadline node: ${node}`);
  return def;
}

/** Opens deadlines (idempotently: one that exists for the case, node and subject is left as it is). */
export async function openDeadlines(
  tx: Tx,
  ctx: DeadlineContext,
  actor: Actor,
  at: Date,
  requests: readonly OpenRequest[],
): Promise<DeadlineRecord[]> {
  const records = requests.map((r) => {
    const def = definition(r.node);
    if (def.perSubject !== Boolean(r.subject))
      throw new Error(`deadline node ${r.node}: subject ${def.perSubject ? 'required' : 'not allowed'}`);
    return newDeadline(ctx.calendar, def, { ...r, subject: r.subject ?? '' });
  });
  const inserted = await insertDeadlines(tx, records, at);
  const opened = records.filter((r) => inserted.has(r.id));
  await appendEvents(
    tx,
    actor,
    at,
    opened.map((d) => eventOf(openedEvent(d))),
  );
  return opened;
}

/**
 * A new deadline made ready without a round trip: its row as a write and its 'deadline.opened'
 * event, for a caller that sends both with its own writes (a payout deadline of a new receipt,
 * whose subject is new in the transaction, so the deadline cannot exist yet).
 */
export function prepareNewDeadline(ctx: DeadlineContext, at: Date, request: OpenRequest) {
  const def = definition(request.node);
  if (def.perSubject !== Boolean(request.subject))
    throw new Error(`deadline node ${request.node}: subject ${def.perSubject ? 'required' : 'not allowed'}`);
  const record = newDeadline(ctx.calendar, def, { ...request, subject: request.subject ?? '' });
  return { record, write: newDeadlineWrite(record, at), event: eventOf(openedEvent(record)) };
}

export const openDeadline = async (tx: Tx, ctx: DeadlineContext, actor: Actor, at: Date, request: OpenRequest) =>
  (await openDeadlines(tx, ctx, actor, at, [request]))[0] ?? null;

// A case's deadline by node (and subject), or a court's (caseId null) by its court and subject.
type Target =
  | { readonly caseId: string; readonly node: string; readonly subject?: string }
  | { readonly caseId: null; readonly courtId: number; readonly node: string; readonly subject: string };

async function lockTarget(tx: Tx, t: Target): Promise<DeadlineRecord | undefined> {
  definition(t.node);
  if (t.caseId === null) return lockCourtDeadline(tx, t.courtId, t.node, t.subject);
  return (await lockCaseDeadlines(tx, t.caseId)).find((d) => d.node === t.node && d.subject === (t.subject ?? ''));
}

async function write(tx: Tx, actor: Actor, at: Date, changes: readonly Change[]): Promise<void> {
  for (const c of changes) await saveDeadline(tx, c.next, at);
  await appendEvents(tx, actor, at, changes.map(eventOf));
}

/**
 * Meets a case's deadline on `metOn` (late if after its due date). A case without that deadline,
 * or one already met or waived, is left alone: the answer is then null.
 */
export async function meetDeadline(
  tx: Tx,
  _ctx: DeadlineContext,
  actor: Actor,
  at: Date,
  target: Target & { readonly metOn: LocalDate },
): Promise<DeadlineRecord | null> {
  const d = await lockTarget(tx, target);
  const change = d && meet(d, target.metOn);
  if (!change) return null;
  await write(tx, actor, at, [change]);
  return change.next;
}

/**
 * Meets, on `metOn`, the running deadlines of one repeating node of a case for these subjects
 * (e.g. the payout deadlines of the receipts now paid out); met or missing ones are left alone.
 */
export async function meetSubjects(
  tx: Tx,
  _ctx: DeadlineContext,
  actor: Actor,
  at: Date,
  t: { readonly caseId: string; readonly node: string; readonly subjects: readonly string[]; readonly metOn: LocalDate },
): Promise<DeadlineRecord[]> {
  definition(t.node);
  const changes = (await lockRunningSubjects(tx, t.caseId, t.node, t.subjects))
    .map((d) => meet(d, t.metOn))
    .filter((c): c is Change => c !== null);
  await write(tx, actor, at, changes);
  return changes.map((c) => c.next);
}

/**
 * Opens again the met deadlines of one repeating node of a case for these subjects (the payout
 * deadlines of receipts a refunded payout had met), with their original due dates.
 */
export async function reopenSubjects(
  tx: Tx,
  _ctx: DeadlineContext,
  actor: Actor,
  at: Date,
  t: { readonly caseId: string; readonly node: string; readonly subjects: readonly string[]; readonly on: LocalDate },
): Promise<DeadlineRecord[]> {
  definition(t.node);
  const changes = (await lockRunningSubjects(tx, t.caseId, t.node, t.subjects, ['met']))
    .map((d) => reopen(d, t.on))
    .filter((c): c is Change => c !== null);
  await write(tx, actor, at, changes);
  return changes.map((c) => c.next);
}

/** Waives a deadline with its reason (the node no longer applies to the case). */
export async function waiveDeadline(
  tx: Tx,
  ctx: DeadlineContext,
  actor: Actor,
  at: Date,
  target: ({ readonly id: string } | Target) & { readonly reason: string },
): Promise<Result<DeadlineRecord>> {
  const d = 'id' in target ? await lockDeadlineById(tx, target.id) : await lockTarget(tx, target);
  if (!d) return failure('deadline-not-found');
  const change = waive(d, target.reason, ctx.clock.today());
  if (!change) return failure('deadline-closed', `该期限已${d.state === 'met' ? '完成' : '免除'}`);
  await write(tx, actor, at, [change]);
  return success(change.next);
}

/**
 * Stops the clock, from `on`, of every running deadline of the case whose node is paused by `cause`
 * (a hold of the case money, funds.hold); the days until it resumes are not counted.
 */
export async function pauseCaseDeadlines(
  tx: Tx,
  ctx: DeadlineContext,
  actor: Actor,
  at: Date,
  t: { readonly caseId: string; readonly cause: PauseCause; readonly on: LocalDate },
): Promise<DeadlineRecord[]> {
  const changes = (await lockCaseDeadlines(tx, t.caseId))
    .filter((d) => nodeById(d.node)?.pausedBy.includes(t.cause))
    .map((d) => pause(ctx.calendar, d, t.cause, t.on))
    .filter((c): c is Change => c !== null);
  await write(tx, actor, at, changes);
  return changes.map((c) => c.next);
}

/** Runs again, after `on`, every deadline of the case whose clock `cause` stopped, with the days it had left. */
export async function resumeCaseDeadlines(
  tx: Tx,
  ctx: DeadlineContext,
  actor: Actor,
  at: Date,
  t: { readonly caseId: string; readonly cause: PauseCause; readonly on: LocalDate },
): Promise<DeadlineRecord[]> {
  const changes = (await lockCaseDeadlines(tx, t.caseId))
    .filter((d) => d.pauses.some((p) => p.to === null && p.cause === t.cause))
    .map((d) => resume(ctx.calendar, d, t.on))
    .filter((c): c is Change => c !== null);
  await write(tx, actor, at, changes);
  return changes.map((c) => c.next);
}

/** The deadlines a case fact opens: the registry's nodes for it and the case's type (not those of a given period). */
const openedBy = (ctx: DeadlineContext, fact: CaseFact): DeadlineRecord[] =>
  deadlineNodes
    .filter((def) => def.opensOn.includes(fact.action) && def.caseTypes.includes(fact.caseType) && def.period !== 'given')
    .map((def) => newDeadline(ctx.calendar, def, { courtId: fact.courtId, caseId: fact.caseId, subject: '', startOn: fact.on }));

/**
 * recordCaseFacts for a case created in this very transaction, without a round trip of its own:
 * the deadlines its facts open (and what its later facts do to them) as one INSERT and their audit
 * events, for the caller to send in the statement that writes the case and its filing event.
 */
export function newCaseDeadlines(ctx: DeadlineContext, facts: readonly CaseFact[], at: Date): { writes: Write[]; events: NewEvent[] } {
  const fresh: DeadlineRecord[] = [];
  const changes: Change[] = [];
  for (const fact of facts) {
    // A node opened twice keeps its first row, as insertDeadlines would (on conflict do nothing).
    for (const d of openedBy(ctx, fact))
      if (!fresh.some((x) => x.node === d.node && x.subject === d.subject)) {
        fresh.push(d);
        changes.push(openedEvent(d));
      }
    if (fact.action === 'case.filed') continue;
    fresh.forEach((d, i) => {
      const change = applyFact(ctx.calendar, d, fact);
      if (!change) return;
      changes.push(change);
      fresh[i] = change.next;
    });
  }
  return { writes: fresh.length ? [deadlinesWrite(fresh, at)] : [], events: changes.map(eventOf) };
}

/**
 * Applies case facts, in order, to the case's deadlines: opens the registry's nodes for them,
 * meets, pauses, resumes, and on closure meets or waives what is still open. (A case created in
 * this transaction: newCaseDeadlines.)
 */
export async function recordCaseFacts(tx: Tx, ctx: DeadlineContext, actor: Actor, at: Date, facts: readonly CaseFact[]): Promise<void> {
  if (!facts.some((f) => nodesReactingTo(f.action).length > 0)) return;
  const fresh: DeadlineRecord[] = [];
  const stored = new Map<string, DeadlineRecord>(); // changed stored rows, by id
  let loaded: DeadlineRecord[] | null = null;
  const events: Change[] = [];
  for (const fact of facts) {
    for (const d of openedBy(ctx, fact)) {
      fresh.push(d);
      events.push(openedEvent(d));
    }
    if (fact.action === 'case.filed') continue;
    loaded ??= await lockCaseDeadlines(tx, fact.caseId);
    const current = [...loaded.map((d) => stored.get(d.id) ?? d), ...fresh];
    for (const d of current) {
      const change = applyFact(ctx.calendar, d, fact);
      if (!change) continue;
      events.push(change);
      const i = fresh.findIndex((x) => x.id === d.id);
      if (i >= 0) fresh[i] = change.next;
      else stored.set(d.id, change.next);
    }
  }
  const inserted = await insertDeadlines(tx, fresh, at);
  for (const d of stored.values()) await saveDeadline(tx, d, at);
  // A node opened twice (a retried fact) keeps its first row: events of rows not inserted are dropped.
  const freshIds = new Set(fresh.map((d) => d.id));
  const kept = events.filter((c) => !freshIds.has(c.next.id) || inserted.has(c.next.id));
  await appendEvents(tx, actor, at, kept.map(eventOf));
}
