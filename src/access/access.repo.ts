import type { Executor } from '../db/connection.ts';
import type { Role } from './access.types.ts';

export type UserRecord = {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  courtId: number;
  scope: 'court' | 'subtree';
  partyIdentity: string | null;
  failedLogins: number;
  lockedUntil: Date | null;
  disabled: boolean;
};

export async function findUserByUsername(db: Executor, username: string, forUpdate = false): Promise<UserRecord | undefined> {
  let q = db.selectFrom('users').selectAll().where('username', '=', username);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toUser(row);
}

export async function findUserById(db: Executor, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toUser(row);
}

export async function findSessionUser(db: Executor, tokenHash: string, now: Date): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  return row && toUser(row);
}

type UserRow = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  court_id: number;
  scope: 'court' | 'subtree';
  party_identity: string | null;
  failed_logins: number;
  locked_until: Date | null;
  disabled: boolean;
};

function toUser(r: UserRow): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    role: r.role as Role,
    courtId: r.court_id,
    scope: r.scope,
    partyIdentity: r.party_identity,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
    disabled: r.disabled,
  };
}

export type OfficerRow = { id: string; name: string; role: Role; courtId: number };

/** The judges and enforcers of these courts, by name: those a case can be assigned to. */
export async function findOfficers(db: Executor, courtIds: readonly number[], limit: number): Promise<OfficerRow[]> {
  if (courtIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'court_id'])
    .where('court_id', 'in', courtIds as number[])
    .where('role', 'in', ['judge', 'enforcer'])
    .orderBy('display_name')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role as Role, courtId: r.court_id }));
}
