import type { Tx } from '../db/connection.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { moveLiveSeizures } from './carry-over.repo.ts';

/**
 * 恢复执行: the seizures still in force in the closed case stay valid (终本规定 第10条, UNSURE in
 * legal-rules.md §3) and continue in its 执恢 case, which renews, deducts from and releases them
 * from now on. Called by src/cases/resume-case.ts, which holds both case rows.
 */
export async function carrySeizuresOver(
  tx: Tx,
  actor: Actor,
  at: Date,
  move: { courtId: number; fromCaseId: string; toCaseId: string },
): Promise<string[]> {
  const ids = await moveLiveSeizures(tx, move.fromCaseId, move.toCaseId);
  for (const id of ids)
    await appendEvent(tx, actor, at, {
      courtId: move.courtId,
      caseId: move.toCaseId,
      action: 'seizure.carried-over',
      entityType: 'seizure',
      entityId: id,
      changes: { fromCaseId: move.fromCaseId, toCaseId: move.toCaseId },
    });
  return ids;
}
