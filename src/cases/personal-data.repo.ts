import type { Executor } from '../db/connection.ts';

// The log of reads of unmasked personal data (ID numbers, credit codes): who, which case, why, when.
export type PersonalDataRead = { courtId: number; caseId: string; userId: string; purpose: string; at: Date };

export async function insertPersonalDataReads(db: Executor, reads: readonly PersonalDataRead[]): Promise<void> {
  if (reads.length === 0) return;
  await db
    .insertInto('personal_data_reads')
    .values(reads.map((r) => ({ court_id: r.courtId, case_id: r.caseId, user_id: r.userId, purpose: r.purpose, read_at: r.at })))
    .execute();
}
