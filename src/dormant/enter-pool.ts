import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { openDeadline } from '../deadlines/deadline-changes.ts';
import { DEFAULT_POOL_ENTRY_DAYS, poolEndsOn, poolEntryOn, researchDueOn } from '../rules/dormant-research.ts';
import { inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import type { LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { success } from '../shared/result.ts';
import { closedNotInPool, insertPoolRow, lockClosedNotInPool, outstandingOf } from './dormant.repo.ts';

// A case closed as 终结本次执行程序 enters the 终本案件库 (ADR 0213): from the one place a closure
// is written (writeClosure, src/cases/case-steps.ts), in its transaction; cases closed as 终本
// without it (imports, demo history) by the entry sweep. Entry opens the first re-search deadline.

let entryDays = DEFAULT_POOL_ENTRY_DAYS;

/** The court's setting ZHIXING_DORMANT_ENTRY_DAYS (UNSURE, src/rules/dormant-research.ts), applied at start. */
export function setPoolEntryDays(days: number): void {
  if (!Number.isInteger(days) || days < 0 || days > 60) throw new Error(`ZHIXING_DORMANT_ENTRY_DAYS must be 0–60 days, got ${days}`);
  entryDays = days;
}

export const poolSystemActor: Actor = { id: null, name: '系统（终本案件库）' };

/** Enters a case closed as 终本 on `closedOn`; the caller holds the case's lock. False when it is in the pool already. */
export async function enterPool(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  c: { caseId: string; courtId: number; closedOn: LocalDate },
): Promise<boolean> {
  const at = ctx.clock.now();
  const outstandingFen = await outstandingOf(tx, c.caseId);
  const enteredOn = poolEntryOn(c.closedOn, entryDays);
  const nextSearchDue = researchDueOn(c.closedOn, 1);
  const endsOn = poolEndsOn(c.closedOn);
  const inserted = await insertPoolRow(tx, { ...c, enteredOn, outstandingFen, nextSearchDue, endsOn, at });
  if (!inserted) return false;
  await appendEvent(tx, actor, at, {
    courtId: c.courtId,
    caseId: c.caseId,
    action: 'dormant.entered',
    entityType: 'dormant-case',
    entityId: c.caseId,
    changes: { closedOn: c.closedOn, enteredOn, outstanding: formatYuan(outstandingFen), nextSearchDue, endsOn },
  });
  await openDeadline(tx, ctx, actor, at, {
    courtId: c.courtId,
    caseId: c.caseId,
    node: 'dormant-research',
    subject: '1',
    startOn: c.closedOn,
  });
  return true;
}

/** An import's batch, in its transaction: the cases it wrote closed as 终本 enter the pool (ADR 0213). */
export async function enterImportedCases(tx: Tx, ctx: AppContext, actor: Actor, caseIds: readonly string[]): Promise<number> {
  let entered = 0;
  for (const c of await lockClosedNotInPool(tx, caseIds))
    if (await enterPool(tx, ctx, actor, { caseId: c.id, courtId: c.courtId, closedOn: c.closedOn })) entered++;
  return entered;
}

export const enterPoolSweep: Sweep = {
  name: 'enter-dormant-pool',
  title: '终本案件入库',
  description:
    '以终结本次执行程序结案而尚未录入终本案件库的案件（导入、历史数据）录入终本案件库（记 dormant.entered 事件），并设定第一次复查期限。',
  async run(ctx, o) {
    return inBatches(
      o,
      async (n) => {
        if (o.dryRun) {
          const found = await closedNotInPool(ctx.db, n);
          return { examined: found.length, changed: found.length };
        }
        const r = await transact(ctx, async (tx) => {
          const found = await closedNotInPool(tx, n);
          let changed = 0;
          for (const c of found) {
            if (!(await lockCaseRow(tx, c.id))) continue;
            if (await enterPool(tx, ctx, poolSystemActor, { caseId: c.id, courtId: c.courtId, closedOn: c.closedOn })) changed++;
          }
          return success({ examined: found.length, changed });
        });
        return r.ok ? r.value : { examined: 0, changed: 0 };
      },
      200,
    );
  },
};

/** The entry days in force (the demo's history writes the entry as `enterPool` would). */
export const poolEntryDays = (): number => entryDays;
