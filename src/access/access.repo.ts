import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { PersonalDataReadsTable } from '../db/schema.ts';
import type { Role } from './access.types.ts';
import { toInstant } from '../shared/dates.ts';

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
  mustChangePassword: boolean;
};

export async function findUserByUsername(db: Executor, username: string, forUpdate = false): Promise<UserRecord | undefined> {
  let q = db.selectFrom('users').selectAll().where('username', '=', username);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toUser(row);
}

export async function findUserById(db: Executor, id: string, forUpdate = false): Promise<UserRecord | undefined> {
  let q = db.selectFrom('users').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row && toUser(row);
}

export type SessionUser = UserRecord & { sessionId: string; lastSeenAt: Date | null };

// Asked on every request: one primary-key lookup of the session and its user, in plain SQL (the
// query builder would cost more CPU than the query itself).
export async function findSessionUser(db: Executor, tokenHash: string, now: Date): Promise<SessionUser | undefined> {
  const { rows } = await sql<UserRow & { session_id: string; last_seen_at: Date | null }>`select users.*,
    sessions.id as session_id, sessions.last_seen_at from sessions join users on users.id = sessions.user_id
    where sessions.token_hash = ${tokenHash} and sessions.revoked_at is null and sessions.expires_at > ${now} and not users.disabled`.execute(
    db,
  );
  const r = rows[0];
  return r && { ...toUser(r), sessionId: r.session_id, lastSeenAt: r.last_seen_at ? toInstant(r.last_seen_at) : null };
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
  must_change_password: boolean;
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
    lockedUntil: r.locked_until ? toInstant(r.locked_until) : null,
    disabled: r.disabled,
    mustChangePassword: r.must_change_password,
  };
}

/** A user who may be made 承办人: their role and court. */
export async function findStaffMember(
  db: Executor,
  id: string,
): Promise<{ id: string; role: Role; courtId: number; name: string } | undefined> {
  const row = await db.selectFrom('users').select(['id', 'role', 'court_id', 'display_name']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, role: row.role as Role, courtId: row.court_id, name: row.display_name };
}

/** Users by username, with what it takes to be a court's 承办人: role and court. */
export async function staffByUsernames(db: Executor, usernames: readonly string[]) {
  if (usernames.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'court_id'])
    .where('username', 'in', usernames as string[])
    .execute();
  return rows.map((r) => ({ id: r.id, username: r.username, role: r.role as Role, courtId: r.court_id }));
}

export async function insertUser(
  trx: Tx,
  u: Pick<UserRecord, 'id' | 'username' | 'displayName' | 'passwordHash' | 'role' | 'courtId' | 'scope' | 'partyIdentity'> & {
    institutionCode?: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      role: u.role,
      court_id: u.courtId,
      scope: u.scope,
      party_identity: u.partyIdentity,
      institution_code: u.institutionCode ?? null,
    })
    .execute();
}

export type NewSession = { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date; address: string; userAgent: string | null };

export async function insertSession(trx: Tx, s: NewSession): Promise<void> {
  await trx
    .insertInto('sessions')
    .values({
      token_hash: s.tokenHash,
      user_id: s.userId,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      revoked_at: null,
      address: s.address,
      user_agent: s.userAgent,
      last_seen_at: s.createdAt,
    })
    .execute();
}

export async function revokeSession(trx: Tx, tokenHash: string, at: Date): Promise<void> {
  await trx.updateTable('sessions').set({ revoked_at: at }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute();
}

export async function hasAnyUser(db: Executor): Promise<boolean> {
  return Boolean(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

/** The ids of these users, in username order. */
export async function userIdsByUsername(db: Executor, usernames: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('username', 'in', usernames as string[])
    .orderBy('username')
    .execute();
  return rows.map((r) => r.id);
}

export async function insertPersonalDataRead(trx: Tx, row: Insertable<PersonalDataReadsTable>): Promise<void> {
  await trx.insertInto('personal_data_reads').values(row).execute();
}

export async function recordSignInFailure(
  db: Executor,
  f: { username: string; address: string; userId: string | null; reason: string; at: Date },
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({ username: f.username.slice(0, 200), address: f.address, user_id: f.userId, reason: f.reason, at: f.at })
    .execute();
}

export type PersonalDataRead = { courtId: number; caseId: string; userId: string; purpose: string; readAt: Date };

/** Appends logged reads of unmasked personal data, any number in one statement. */
export async function insertPersonalDataReads(db: Executor, reads: readonly PersonalDataRead[]): Promise<void> {
  if (reads.length === 0) return;
  await db
    .insertInto('personal_data_reads')
    .values(reads.map((r) => ({ court_id: r.courtId, case_id: r.caseId, user_id: r.userId, purpose: r.purpose, read_at: r.readAt })))
    .execute();
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
