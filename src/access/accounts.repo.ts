import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import { toInstant } from '../shared/dates.ts';
import type { Role } from './access.types.ts';

// Accounts: passwords, enabling, courts, and the sessions of one user.

export async function setPassword(tx: Tx, userId: string, passwordHash: string, mustChange: boolean): Promise<void> {
  await tx.updateTable('users').set({ password_hash: passwordHash, must_change_password: mustChange }).where('id', '=', userId).execute();
}

export async function setDisabled(tx: Tx, userId: string, disabled: boolean): Promise<void> {
  await tx.updateTable('users').set({ disabled }).where('id', '=', userId).execute();
}

export async function setCourt(tx: Tx, userId: string, courtId: number, scope: 'court' | 'subtree'): Promise<void> {
  await tx.updateTable('users').set({ court_id: courtId, scope }).where('id', '=', userId).execute();
}

/** Enabled administrators of a court other than this user (locked, so that two refusals cannot both pass). */
export async function otherAdministrators(tx: Tx, courtId: number, exceptUserId: string): Promise<number> {
  const rows = await tx
    .selectFrom('users')
    .select('id')
    .where('court_id', '=', courtId)
    .where('role', '=', 'administrator')
    .where('disabled', '=', false)
    .where('id', '<>', exceptUserId)
    .forUpdate()
    .execute();
  return rows.length;
}

/** Ends a user's sessions (but `keep`, the caller's own, when given); returns how many ended. */
export async function revokeUserSessions(tx: Tx, userId: string, at: Date, keep: string | null = null): Promise<number> {
  let q = tx.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (keep) q = q.where('id', '<>', keep);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Ends one session of this user; false when it is not theirs or already ended. */
export async function revokeUserSession(tx: Tx, userId: string, sessionId: string, at: Date): Promise<boolean> {
  const r = await tx
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('id', '=', sessionId)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// Bookkeeping, not a fact: when a session was last used, written at most once a minute.
export async function touchSession(db: Executor, sessionId: string, at: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', sessionId).execute();
}

export type SessionRow = {
  id: string;
  createdAt: Date;
  lastSeenAt: Date | null;
  expiresAt: Date;
  address: string | null;
  userAgent: string | null;
};

export async function activeSessions(db: Executor, userId: string, now: Date): Promise<SessionRow[]> {
  const rows = await db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'address', 'user_agent'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    createdAt: toInstant(r.created_at),
    lastSeenAt: r.last_seen_at ? toInstant(r.last_seen_at) : null,
    expiresAt: toInstant(r.expires_at),
    address: r.address,
    userAgent: r.user_agent,
  }));
}

export type UserFilter = {
  courtIds: readonly number[];
  role?: Role | undefined;
  text?: string | undefined;
  offset: number;
  limit: number;
};

export type UserListRow = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  courtId: number;
  scope: 'court' | 'subtree';
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The users of these courts, by court and username, one page of them and how many there are. */
export async function findUsers(db: Executor, f: UserFilter): Promise<{ total: number; rows: UserListRow[] }> {
  if (f.courtIds.length === 0) return { total: 0, rows: [] };
  let q = db.selectFrom('users').where('court_id', 'in', f.courtIds as number[]);
  if (f.role) q = q.where('role', '=', f.role);
  if (f.text) {
    const p = likePattern(f.text);
    q = q.where((eb) => eb.or([eb('username', 'ilike', p), eb('display_name', 'ilike', p)]));
  }
  const [count, rows] = await Promise.all([
    q.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    q
      .select(['id', 'username', 'display_name', 'role', 'court_id', 'scope', 'disabled', 'must_change_password', 'created_at'])
      .orderBy('court_id')
      .orderBy('username')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role as Role,
      courtId: r.court_id,
      scope: r.scope,
      disabled: r.disabled,
      mustChangePassword: r.must_change_password,
      createdAt: toInstant(r.created_at as unknown as Date),
    })),
  };
}
