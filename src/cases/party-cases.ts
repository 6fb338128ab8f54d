import type { Executor } from '../db/connection.ts';
import { findCaseWithParty } from './cases.repo.ts';

// Published to other contexts: a case within these courts on which this identity (resident ID
// number or credit code, normalised) is a party — the evidence for binding a party account.
export async function caseOfParty(
  db: Executor,
  identity: string,
  courtIds: readonly number[],
): Promise<{ id: string; caseNumber: string; courtId: number } | null> {
  if (courtIds.length === 0) return null;
  return (await findCaseWithParty(db, identity, courtIds)) ?? null;
}
