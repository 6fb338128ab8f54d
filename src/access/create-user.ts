import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { normalizeIdentity, validateCreditCode, validateResidentId } from '../rules/identity.ts';
import { roles, type Role } from './access.types.ts';
import { hashPassword } from './passwords.ts';
import { findUserByUsername, insertUser } from './access.repo.ts';

export type NewUser = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  courtCode: string;
  scope: 'court' | 'subtree';
  partyIdentity?: string | null;
};

export async function createUser(ctx: AppContext, actor: Actor, input: NewUser): Promise<Result<{ id: string }>> {
  const court = ctx.courts.byCode(input.courtCode);
  if (!court) return failure('unknown-court', input.courtCode);
  if (!roles.includes(input.role)) return failure('validation-failed', `unknown role ${input.role}`);
  // Stored normalised, as the parties' numbers are (src/cases/filing-input.ts), so that they match.
  const identity = input.partyIdentity ? normalizeIdentity(input.partyIdentity) : null;
  if (identity && !validateResidentId(identity).valid && !validateCreditCode(identity).valid) {
    return failure('invalid-party-identity');
  }
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  return transact(ctx, async (trx) => {
    if (await findUserByUsername(trx, input.username)) return failure('duplicate-username', input.username);
    const id = randomUUID();
    await insertUser(trx, {
      id,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      role: input.role,
      courtId: court.id,
      scope: input.scope,
      partyIdentity: identity,
    });
    await appendEvent(trx, actor, now, {
      courtId: court.id,
      caseId: null,
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      changes: { username: input.username, role: input.role, court: court.code, scope: input.scope },
    });
    return success({ id });
  });
}
