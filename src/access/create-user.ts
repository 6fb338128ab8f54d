import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { appendEvent } from '../audit/append-events.ts';
import { actorOf } from '../audit/audit.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { maskIdentity } from '../shared/mask.ts';
import { normalizeIdentity, validateCreditCode, validateResidentId } from '../rules/identity.ts';
import { caseOfParty } from '../cases/party-cases.ts';
import { institutionByCode } from '../institutions/directory.ts';
import { can, inScope, roles, type Principal, type Role } from './access.types.ts';
import { hashPassword } from './passwords.ts';
import { passwordProblem } from './password-policy.ts';
import { findUserByUsername, insertUser } from './access.repo.ts';

export type NewUser = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  courtCode: string;
  scope: 'court' | 'subtree';
  partyIdentity?: string | null;
  /** An `institution` user's institution (src/institutions/directory.ts); required for that role, refused for the others. */
  institutionCode?: string | null;
};

// A user is created only within the creator's courts, with a scope no wider than the creator's;
// a party account is bound to an identity only on evidence: a case of the creator's courts on
// which that identity is a party, named in the audit event. The CLI and the seed go through the
// same checks as the system principal.
export async function createUser(ctx: AppContext, creator: Principal, input: NewUser): Promise<Result<{ id: string }>> {
  if (!can(creator, 'user.manage')) return failure('forbidden');
  const court = ctx.courts.byCode(input.courtCode);
  if (!court) return failure('unknown-court', input.courtCode);
  if (!inScope(creator, court.id)) return failure('court-out-of-scope', `${court.name}不在您的管理范围内`);
  if (!roles.includes(input.role)) return failure('unknown-role', input.role);
  if (input.scope === 'subtree' && creator.scope !== 'subtree')
    return failure('scope-too-wide', '只能创建与本人管理范围相同或更小的账户（仅限本院）');
  // Stored normalised, as the parties' numbers are (src/cases/filing-input.ts), so that they match.
  const identity = input.role === 'party' && input.partyIdentity ? normalizeIdentity(input.partyIdentity) : null;
  if (input.role === 'party' && !identity) return failure('invalid-party-identity', '当事人账户须绑定身份证号码或统一社会信用代码');
  if (identity && !validateResidentId(identity).valid && !validateCreditCode(identity).valid) return failure('invalid-party-identity');
  const evidence = identity ? await caseOfParty(ctx.db, identity, creator.courtIds) : null;
  if (identity && !evidence) return failure('party-identity-unproven', `您管理的法院没有以 ${maskIdentity(identity)} 为当事人的案件`);
  const institution = input.institutionCode ? institutionByCode(input.institutionCode) : undefined;
  if (input.role === 'institution' && !institution)
    return failure(
      'unknown-institution',
      input.institutionCode ? `没有代码为 ${input.institutionCode} 的协助执行单位` : '协助执行单位账户须指定所属单位',
    );
  if (input.role !== 'institution' && input.institutionCode) return failure('unknown-institution', '只有协助执行单位账户才绑定单位');
  const weak = passwordProblem(input.password, input);
  if (weak) return weak;
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
      scope: input.role === 'party' ? 'court' : input.scope,
      partyIdentity: identity,
      institutionCode: institution?.code ?? null,
    });
    await appendEvent(trx, actorOf(creator), now, {
      courtId: court.id,
      caseId: null,
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      changes: {
        username: input.username,
        role: input.role,
        court: court.code,
        scope: input.scope,
        ...(institution ? { institution: institution.code } : {}),
        ...(evidence ? { partyIdentity: identity, evidence: { caseId: evidence.id, caseNumber: evidence.caseNumber } } : {}),
      },
    });
    return success({ id });
  });
}
