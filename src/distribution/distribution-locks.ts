import { inScope, type Principal } from '../access/access.types.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { findDistribution, lockDistribution } from './distribution.repo.ts';
import type { DistributionRecord } from './distribution.types.ts';

/** The distribution in the caller's scope, locked after its case row (ADR 0002: case first). */
export async function lockedDistribution(tx: Tx, who: Principal, id: string): Promise<DistributionRecord | undefined> {
  const found = await findDistribution(tx, id);
  if (!found || !inScope(who, found.courtId)) return undefined;
  await lockCaseRow(tx, found.caseId);
  return lockDistribution(tx, id);
}
