import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import type { DormantExitKind } from '../db/dormant-schema.ts';
import { waiveDeadline } from '../deadlines/deadline-changes.ts';
import type { LocalDate } from '../shared/dates.ts';
import { markExited } from './dormant.repo.ts';
import { meetFindReviews } from './decline-resumption.ts';

const exitNames: Record<DormantExitKind, string> = {
  resumed: '恢复执行',
  paid: '履行完毕',
  bankruptcy: '移送破产审查',
  terminated: '终结执行',
};

/**
 * A case leaves the 终本案件库 (出清): its row says how and when, its next re-search deadline is
 * waived, and `dormant.exited` counts it for the exit statistics. The caller holds the case row.
 * False when the case was not in the pool.
 */
export async function exitPool(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  e: { caseId: string; courtId: number; kind: DormantExitKind; on: LocalDate; detail?: Record<string, unknown> },
): Promise<boolean> {
  const row = await markExited(tx, e.caseId, e.kind, e.on);
  if (!row) return false;
  const at = ctx.clock.now();
  await appendEvent(tx, actor, at, {
    courtId: e.courtId,
    caseId: e.caseId,
    action: 'dormant.exited',
    entityType: 'dormant-case',
    entityId: e.caseId,
    changes: { kind: e.kind, kindName: exitNames[e.kind], exitedOn: e.on, researchCycles: row.research_cycle, ...e.detail },
  });
  const reason = `案件已出终本案件库（${exitNames[e.kind]}）`;
  const subject = String(row.research_cycle + 1);
  await waiveDeadline(tx, ctx, actor, at, { caseId: e.caseId, node: 'dormant-research', subject, reason });
  // A find under review is met by resumption (ADR 0215); any other exit makes the review moot: waived.
  if (e.kind === 'resumed') await meetFindReviews(tx, ctx, actor, e.caseId, e.on);
  else
    for (let cycle = 1; cycle <= row.research_cycle; cycle++)
      await waiveDeadline(tx, ctx, actor, at, { caseId: e.caseId, node: 'dormant-find-review', subject: String(cycle), reason });
  return true;
}
