import type { Executor } from '../db/connection.ts';
import { isUuid } from '../shared/ids.ts';
import { findStaffMember, staffByUsernames } from './access.repo.ts';

// Published to other contexts: who may be the 承办人 of a case in a court (an enforcement judge
// or officer of that very court).
export async function officerOfCourt(db: Executor, userId: string, courtId: number): Promise<{ id: string; name: string } | null> {
  // Anything but a UUID names no officer (and would fail the uuid column's cast with a 500).
  if (!isUuid(userId)) return null;
  const user = await findStaffMember(db, userId);
  if (!user || user.courtId !== courtId || !isOfficerRole(user.role)) return null;
  return { id: user.id, name: user.name };
}

const isOfficerRole = (role: string) => role === 'judge' || role === 'enforcer';

/** By username (an import names the 承办人 so): each user's id and the court whose officer they are, if any. */
export async function officersByUsername(
  db: Executor,
  usernames: readonly string[],
): Promise<Map<string, { id: string; courtId: number | null }>> {
  const users = await staffByUsernames(db, usernames);
  return new Map(users.map((u) => [u.username, { id: u.id, courtId: isOfficerRole(u.role) ? u.courtId : null }]));
}
