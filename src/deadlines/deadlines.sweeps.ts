import { appendEvents, appendPreparedEvents, prepareEvents } from '../audit/append-events.ts';
import type { Actor, NewEvent } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import type { AppContext } from '../platform/context.ts';
import { capOf, dryRunReport, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { compareDates } from '../shared/dates.ts';
import { success } from '../shared/result.ts';
import { newDeadline, openedEvent, pause } from './deadline-logic.ts';
import {
  casesLackingNode,
  countOverdueCandidates,
  insertDeadlines,
  insertReminders,
  markOverdue,
  remindersDue,
  type ReminderDue,
  type TurnedOverdue,
} from './deadlines.repo.ts';
import type { PauseCause } from './deadlines.types.ts';
import { recomputeProvisionalDeadlines } from './recompute-deadlines.ts';
import { deadlineNodes } from './registry.ts';

// The deadlines' daily sweeps: open what imported cases lack, recompute what a published calendar
// moved, mark what ran out overdue, and record reminders for what is about to.

export const sweepActor: Actor = { id: null, name: '系统（每日任务）' };

const event = (d: { id: string; courtId: number; caseId: string | null }, action: string, changes: Record<string, unknown>): NewEvent => ({
  courtId: d.courtId,
  caseId: d.caseId,
  action,
  entityType: 'deadline',
  entityId: d.id,
  changes,
});
const label = (d: { node: string; subject: string }) => ({ node: d.node, ...(d.subject ? { subject: d.subject } : {}) });

// Overdue marks and reminders come in thousands on a busy night: larger batches, events by COPY.
const OVERDUE_BATCH = 2000;

export const markOverdueSweep: Sweep = {
  name: 'mark-overdue-deadlines',
  title: '标记超期期限',
  description: '届满日已过仍未完成（且未停止计时）的节点期限标记为已超期，每件记一条事件。',
  async run(ctx, o) {
    if (o.dryRun) return dryRunReport(o, await countOverdueCandidates(ctx.db, o.asOf, capOf(o)));
    return inBatches(
      o,
      async (n) => {
        const r = await transact(ctx, async (tx) => {
          const now = ctx.clock.now();
          const turned = await markOverdue(tx, o.asOf, n, now);
          const changes = (d: TurnedOverdue) => ({
            ...label(d),
            state: { before: 'open', after: 'overdue' },
            dueOn: d.dueOn,
            asOf: o.asOf,
          });
          // COPY: a night can turn tens of thousands of deadlines overdue at once.
          const events = prepareEvents(
            sweepActor,
            now,
            turned.map((d) => event(d, 'deadline.overdue', changes(d))),
          );
          await appendPreparedEvents(tx, events, { copy: true });
          return success(turned.length);
        });
        const count = r.ok ? r.value : 0;
        return { examined: count, changed: count };
      },
      OVERDUE_BATCH,
    );
  },
};

const reminderWindows = () => deadlineNodes.flatMap((n) => n.remindDaysBefore.map((daysBefore) => ({ node: n.id, daysBefore })));

export const remindersSweep: Sweep = {
  name: 'deadline-reminders',
  title: '期限届满提醒',
  description: '节点期限进入提醒窗口（如届满前 30 日、7 日）时记录一次提醒，并记一条事件；同一窗口不重复提醒。',
  async run(ctx, o) {
    if (o.dryRun) return dryRunReport(o, (await remindersDue(ctx.db, o.asOf, reminderWindows(), capOf(o))).length);
    return inBatches(
      o,
      async (n) => {
        const due = await remindersDue(ctx.db, o.asOf, reminderWindows(), n);
        const r = await transact(ctx, async (tx) => {
          const now = ctx.clock.now();
          const recorded = await insertReminders(tx, due, o.asOf);
          const changes = (d: ReminderDue) => ({ ...label(d), dueOn: d.dueOn, daysBefore: d.daysBefore, remindedOn: o.asOf });
          const events = prepareEvents(
            sweepActor,
            now,
            recorded.map((d) => event(d, 'deadline.reminded', changes(d))),
          );
          await appendPreparedEvents(tx, events, { copy: true });
          return success(recorded.length);
        });
        return { examined: due.length, changed: r.ok ? r.value : 0 };
      },
      OVERDUE_BATCH,
    );
  },
};

const pauseOf: Record<string, PauseCause | undefined> = { suspended: 'case.suspend', deferred: 'case.defer' };

// Cases that came in by import (or before deadlines existed) get the nodes marked `backfill`,
// counted from their filing day; a case suspended or deferred now is taken as paused from `asOf`.
async function backfillNode(ctx: AppContext, nodeIndex: number, o: Parameters<Sweep['run']>[1], limit: number | undefined) {
  const def = deadlineNodes[nodeIndex]!;
  let after = '00000000-0000-0000-0000-000000000000';
  return inBatches({ ...o, limit }, async (n) => {
    const cases = await casesLackingNode(ctx.db, def.id, def.caseTypes, after, n);
    if (cases.length) after = cases.at(-1)!.id;
    if (o.dryRun || cases.length === 0) return { examined: cases.length, changed: o.dryRun ? cases.length : 0 };
    const r = await transact(ctx, async (tx) => {
      const now = ctx.clock.now();
      const opened = cases.map((c) => {
        const d = newDeadline(ctx.calendar, def, { courtId: c.courtId, caseId: c.id, subject: '', startOn: c.filedOn });
        const cause = pauseOf[c.status];
        const from = compareDates(o.asOf, c.filedOn) < 0 ? c.filedOn : o.asOf;
        return (cause && def.pausedBy.includes(cause) && pause(ctx.calendar, d, cause, from)?.next) || d;
      });
      const inserted = await insertDeadlines(tx, opened, now);
      const events = opened.filter((d) => inserted.has(d.id)).map((d) => openedEvent(d));
      await appendEvents(
        tx,
        sweepActor,
        now,
        events.map((c) => event(c.next, c.action, { ...c.changes, backfilled: true })),
      );
      return success(inserted.size);
    });
    return { examined: cases.length, changed: r.ok ? r.value : 0 };
  });
}

export const backfillSweep: Sweep = {
  name: 'backfill-deadlines',
  title: '补建案件期限',
  description: '为尚未结案、却没有执行期限等节点期限的案件（如导入的案件）按立案日补建期限；正在中止或暂缓的案件自运行之日起停止计时。',
  async run(ctx, o) {
    let examined = 0;
    let changed = 0;
    let done = true;
    for (const [i, def] of deadlineNodes.entries()) {
      if (!def.backfill || def.period === 'given') continue;
      const left = o.limit === undefined ? undefined : o.limit - examined;
      if (left !== undefined && left <= 0) return { examined, changed, done: false };
      const r = await backfillNode(ctx, i, o, left);
      examined += r.examined;
      changed += r.changed;
      done &&= r.done;
    }
    return { examined, changed, done };
  },
};

export const recomputeProvisionalSweep: Sweep = {
  name: 'recompute-provisional-deadlines',
  title: '按公布的放假安排重算期限',
  description: '届满日按尚未公布的放假安排暂行计算的期限，在该年安排公布（或录入）后重算；届满日变动的记一条事件。',
  run: (ctx, o) => recomputeProvisionalDeadlines(ctx, { limit: o.limit, dryRun: o.dryRun, onProgress: o.onProgress }),
};

export const deadlineSweeps: readonly Sweep[] = [backfillSweep, recomputeProvisionalSweep, markOverdueSweep, remindersSweep];
