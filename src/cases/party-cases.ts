import type { Executor } from '../db/connection.ts';
import { isUuid } from '../shared/ids.ts';
import { findCaseWithParty } from './cases.repo.ts';
import { partyIdsOf, partyRolesOf } from './case-lookups.repo.ts';

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

/** Whether this identity is an applicant (申请执行人) of the case: who may submit asset leads on it. */
export async function isApplicantOf(db: Executor, caseId: string, identity: string | null): Promise<boolean> {
  if (!identity || !isUuid(caseId)) return false;
  return (await partyRolesOf(db, caseId, identity)).includes('applicant');
}

/** Whether this identity is any party (申请执行人 or 被执行人 …) of the case: who may read what the portal shows of it. */
export async function isPartyOf(db: Executor, caseId: string, identity: string | null): Promise<boolean> {
  if (!identity || !isUuid(caseId)) return false;
  return (await partyRolesOf(db, caseId, identity)).length > 0;
}

/** The case's parties that are this identity: whose payouts the portal shows to it. */
export async function ownPartyIds(db: Executor, caseId: string, identity: string | null): Promise<string[]> {
  if (!identity || !isUuid(caseId)) return [];
  return partyIdsOf(db, caseId, identity);
}
