import type { Executor } from '../db/connection.ts';
import { isUuid } from '../shared/ids.ts';
import { findStaffMember } from './access.repo.ts';

// Published to other contexts: who may be the 承办人 of a case in a court (an enforcement judge
// or officer of that very court).
export async function officerOfCourt(db: Executor, userId: string, courtId: number): Promise<{ id: string; name: string } | null> {
  // Anything but a UUID names no officer (and would fail the uuid column's cast with a 500).
  if (!isUuid(userId)) return null;
  const user = await findStaffMember(db, userId);
  if (!user || user.courtId !== courtId || (user.role !== 'judge' && user.role !== 'enforcer')) return null;
  return { id: user.id, name: user.name };
}
