import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendPreparedEvents, prepareEvents, type PreparedEvent } from '../audit/append-events.ts';
import { encodeCases, copyCases, type EncodedCases } from '../cases/case-writes.repo.ts';
import { analyzeCaseTables, bumpSequences } from '../cases/cases.repo.ts';
import { instantAfter, MINUTE_MS, startOfLocalDay } from '../shared/dates.ts';
import { typeCodeOf } from '../cases/cases.types.ts';
import type { DemoCase, DemoStep, Moment } from './caseload.ts';
import { filingEvents, numberedOf, stepEvents, type CaseState, type Officer } from './history-events.ts';
import { copyDeadlines, insertApprovals, stampCases } from './demo.repo.ts';
import { insertPoolRow, markExited } from '../dormant/dormant.repo.ts';

// Writes a generated caseload with its whole history in one transaction: every event at its own
// past moment in each court's audit chain (in time order), the cases' rows as their histories left
// them, their deadlines as the history moved them, the approvals its steps needed, and the
// case-number sequences where the numbers stopped, so that the next filing gets the next number.

export type People = { actorOf(username: string | null): Actor; officer(username: string): Officer };

export const instantOf = (m: Moment): Date => instantAfter(startOfLocalDay(m.on), m.minute * MINUTE_MS);

/** Every act of the caseload in the order it happened: filings and steps, by their moments. */
export function actsInOrder(cases: readonly DemoCase[]): { c: DemoCase; step: DemoStep | null }[] {
  const acts: { c: DemoCase; step: DemoStep | null; key: number; seq: number }[] = [];
  let seq = 0;
  const key = (m: Moment) => Number(m.on.replaceAll('-', '')) * 2000 + m.minute;
  for (const c of cases) {
    // A 执恢 case is filed by its original's resumption step.
    if (c.resumedFrom === null) acts.push({ c, step: null, key: key(c.filedAt), seq: seq++ });
    for (const step of c.steps) acts.push({ c, step, key: key(step.at), seq: seq++ });
  }
  return acts.sort((a, b) => a.key - b.key || a.seq - b.seq);
}

export async function writeCaseload(ctx: AppContext, cases: readonly DemoCase[], people: People): Promise<void> {
  const states = cases.map((c): CaseState => {
    const court = ctx.courts.byCode(c.courtCode);
    if (!court) throw new Error(`demo court missing: ${c.courtCode}`);
    const draft = {
      courtCode: c.courtCode,
      type: c.type,
      filedOn: c.filedAt.on,
      claimAmount: c.claimAmount,
      cause: c.cause,
      appliedOn: c.resumedFrom === null ? c.filedAt.on : null, // resumeCase files a 执恢 case without one
      title: c.title,
      applicants: c.applicants,
      debtors: c.debtors,
      thirdParties: c.thirdParties,
      // A 执恢 case is filed with its original's 承办人 (resume-case.ts carries the officer over).
      officerId: c.resumedFrom !== null && c.officer ? people.officer(c.officer).id : null,
    };
    return {
      demo: c,
      id: randomUUID(),
      courtId: court.id,
      draft,
      resumedFromId: null,
      status: 'filed',
      officerId: draft.officerId,
      closure: null,
      deferredUntil: null,
      pending: null,
      approvals: [],
      decisions: [],
      version: 1,
      createdAt: null,
      updatedAt: null,
      deadlines: [],
      deadlineTimes: new Map(),
    };
  });
  const events: PreparedEvent[] = [];
  const add = (actor: Actor, at: Date, list: Parameters<typeof prepareEvents>[2]) => events.push(...prepareEvents(actor, at, list));
  for (const { c, step } of actsInOrder(cases)) {
    const s = states[c.index]!;
    if (!step) {
      add(people.actorOf(c.filedBy), instantOf(c.filedAt), filingEvents(ctx.calendar, s, instantOf(c.filedAt)));
      continue;
    }
    const at = instantOf(step.at);
    const actor = people.actorOf(step.by);
    if (step.kind === 'resume') {
      const next = states[step.resumption]!;
      next.resumedFromId = s.id;
      add(actor, at, filingEvents(ctx.calendar, next, at));
      const carried = next.demo.officer ? people.officer(next.demo.officer) : null;
      add(actor, at, stepEvents(ctx.calendar, s, step, at, actor, carried, next));
      continue;
    }
    add(actor, at, stepEvents(ctx.calendar, s, step, at, actor, step.kind === 'assign' ? people.officer(step.officer) : null));
  }
  const encoded: EncodedCases = { cases: [], titles: [], parties: [] };
  for (const s of states) {
    const one = encodeCases([numberedOf(s, true)], s.createdAt!);
    encoded.cases.push(...one.cases);
    encoded.titles.push(...one.titles);
    encoded.parties.push(...one.parties);
  }
  await ctx.handle.transaction(async (tx) => {
    await bumpSequences(
      tx,
      states.map((s) => ({
        courtId: s.courtId,
        year: s.demo.year,
        typeCode: typeCodeOf[s.demo.type],
        serial: s.demo.serial,
        legacy: false,
      })),
    );
    const keep = states.map((_, i) => i);
    await copyCases(tx, encoded, keep, (i) => ({ officerId: states[i]!.officerId, resumedFromId: states[i]!.resumedFromId }));
    await stampCases(
      tx,
      states
        .filter((s) => s.version > 1)
        .map((s) => ({ id: s.id, version: s.version, updatedAt: s.updatedAt!, deferredUntil: s.deferredUntil })),
    );
    // In the order they were filed and decided, as the use cases would have numbered them.
    await insertApprovals(
      tx,
      states.flatMap((s) => s.approvals).sort((a, b) => a.requested_at.getTime() - b.requested_at.getTime()),
      states.flatMap((s) => s.decisions).sort((a, b) => a.decided_at.getTime() - b.decided_at.getTime()),
    );
    await appendPreparedEvents(tx, events, { copy: true });
    // The 终本 closures' entries in the 终本案件库 (src/dormant), as enterPool writes them.
    for (const s of states)
      if (s.pool && s.status === 'closed') {
        await insertPoolRow(tx, s.pool);
        if (s.poolExit) await markExited(tx, s.id, s.poolExit.kind, s.poolExit.on);
      }
    await copyDeadlines(
      tx,
      states.flatMap((s) => s.deadlines.map((d) => ({ d, ...s.deadlineTimes.get(d.id)! }))),
    );
  });
  await analyzeCaseTables(ctx.db);
}
