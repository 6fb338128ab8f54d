import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import type { Tx } from '../db/connection.ts';
import { assignOfficerIn } from '../cases/change-case.ts';
import { failure, success, type ErrorCode, type Result } from '../shared/result.ts';
import { poolCasesAmong } from './pool-list.repo.ts';

// 批量指派承办人 on the 终本案件库 (ADR 0216): one officer for many pool cases, in one transaction,
// each case through the single route's own checks and event (assignOfficerIn). Outcomes are per
// case: a refusal writes nothing for that case and undoes nothing of the others.

export type AssignOutcome = 'assigned' | 'unchanged' | 'not-found' | 'refused';
export type AssignItem = { caseId: string; outcome: AssignOutcome; code?: ErrorCode };
export type PoolAssignment = { items: AssignItem[]; assigned: number; unchanged: number; failed: number };

export async function assignPoolOfficerIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  body: { caseIds: readonly string[]; officerId: string },
): Promise<Result<PoolAssignment>> {
  if (!can(who, 'case.assign')) return failure('forbidden');
  const requested = [...new Set(body.caseIds.map((id) => id.toLowerCase()))];
  const inPool = await poolCasesAmong(tx, requested, who.courtIds);
  const outcomes = new Map<string, AssignItem>();
  // In id order: two bulk calls over the same cases take their row locks in one order (no deadlock).
  for (const caseId of [...requested].sort()) {
    if (!inPool.has(caseId)) {
      outcomes.set(caseId, { caseId, outcome: 'not-found' });
      continue;
    }
    const r = await assignOfficerIn(tx, ctx, who, caseId, body.officerId);
    if (r.ok) outcomes.set(caseId, { caseId, outcome: r.value.changed ? 'assigned' : 'unchanged' });
    else if (r.code === 'case-not-found') outcomes.set(caseId, { caseId, outcome: 'not-found' });
    else outcomes.set(caseId, { caseId, outcome: 'refused', code: r.code });
  }
  const items = requested.map((id) => outcomes.get(id)!);
  const count = (o: AssignOutcome) => items.filter((i) => i.outcome === o).length;
  return success({ items, assigned: count('assigned'), unchanged: count('unchanged'), failed: count('not-found') + count('refused') });
}
