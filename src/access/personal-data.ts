import type { Tx } from '../db/connection.ts';
import { insertPersonalDataRead, insertPersonalDataReads, type PersonalDataRead } from './access.repo.ts';

// Published to other contexts: the log of reads of unmasked personal data (architecture: non-negotiables).

/** One read of many cases' personal data at once (an export), tied to the audit event that records it. */
export async function logBulkPersonalDataRead(
  tx: Tx,
  read: { courtId: number; userId: string | null; actorName: string; purpose: string; cases: number; eventId: string; at: Date },
): Promise<void> {
  await insertPersonalDataRead(tx, {
    court_id: read.courtId,
    case_id: null,
    user_id: read.userId,
    actor_name: read.actorName,
    purpose: read.purpose,
    cases: read.cases,
    event_id: read.eventId,
    read_at: read.at,
  });
}

/** Reads of single cases' personal data written inside the caller's transaction (a reveal, a search by ID number). */
export function logPersonalDataReadsIn(tx: Tx, reads: readonly PersonalDataRead[]): Promise<void> {
  return insertPersonalDataReads(tx, reads);
}
