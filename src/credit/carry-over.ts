import type { Tx } from '../db/connection.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { moveLiveCredit, type Moved } from './carry-over.repo.ts';

/**
 * 恢复执行: the 限制消费令 and the 失信 listing stay in force after 终本 (legal-rules.md §3,
 * VERIFIED-2nd) and continue in the 执恢 case, so that its payment in full ends them there.
 * Called by src/cases/resume-case.ts, which holds both case rows.
 */
export async function carryCreditOver(
  tx: Tx,
  actor: Actor,
  at: Date,
  move: { courtId: number; fromCaseId: string; toCaseId: string; parties: ReadonlyMap<string, string> },
): Promise<Moved> {
  const moved = await moveLiveCredit(tx, move.fromCaseId, move.toCaseId, move.parties);
  const base = { courtId: move.courtId, caseId: move.toCaseId, changes: { fromCaseId: move.fromCaseId, toCaseId: move.toCaseId } };
  for (const id of moved.restrictions)
    await appendEvent(tx, actor, at, {
      ...base,
      action: 'credit.restriction-carried-over',
      entityType: 'consumption-restriction',
      entityId: id,
    });
  for (const id of moved.listings)
    await appendEvent(tx, actor, at, { ...base, action: 'credit.listing-carried-over', entityType: 'dishonest-listing', entityId: id });
  return moved;
}
