import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { requestApprovalIn } from '../approvals/request-approval.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { ownPartyIds } from '../cases/party-cases.ts';
import { checkRestoration, isRestorable, restorationGroundNames } from '../rules/credit-restoration.ts';
import { approvalPolicyOf } from '../shared/approvals.ts';
import { localDateAt } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { caseOfListing, lockListing } from './credit.repo.ts';
import { restorationPolicyInForce } from './credit-settings.ts';
import { listingGroundNames } from './credit.types.ts';
import { insertRestoration, pendingRestorationOf, restorationView } from './restoration.repo.ts';
import type { FiledByKind, RestorationView } from './restoration.types.ts';

export type RestorationInput = { ground: string; evidence: string; commitment: string };

/**
 * POST /dishonest-listings/{id}/restorations (the officer) and /party/dishonest-listings/{id}/restorations
 * (the listed debtor in the party portal): a request to delete a listing early because the debtor
 * actively performed or corrected its behaviour (失信名单规定(2017) 第2条第2款, ADR 0209). Only a listing
 * in force or in its grace; a ground the court accepts, the facts and a written 信用承诺
 * (src/rules/credit-restoration.ts); one pending request per listing. It is an approval request
 * (执行法官审查 → 院长审批); the final approval deletes the listing (restoration-handler.ts).
 */
export async function fileRestorationIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  listingId: string,
  input: RestorationInput,
  by: FiledByKind,
): Promise<Result<RestorationView>> {
  if (by === 'officer' && !can(who, 'sanction.record')) return failure('forbidden');
  if (by === 'debtor' && !can(who, 'party.case.read')) return failure('forbidden');
  const caseId = await caseOfListing(tx, listingId);
  const c = caseId ? await lockCaseRow(tx, caseId) : undefined;
  if (!c) return failure('dishonest-listing-not-found');
  const l = (await lockListing(tx, listingId))!;
  // A party files only for a listing of its own identity as the case's debtor; anything else is not found.
  if (by === 'officer' ? !inScope(who, c.courtId) : !(await ownPartyIds(tx, c.id, who.partyIdentity)).includes(l.debtor_party_id))
    return failure('dishonest-listing-not-found');
  if (!isRestorable(l.status)) return failure('listing-not-restorable');
  const checked = checkRestoration(input, restorationPolicyInForce());
  if (!checked.ok) return failure(checked.code, checked.detail);
  const pending = await pendingRestorationOf(tx, l.id);
  if (pending) return failure('restoration-pending', `${pending.filed_by_name} 已于 ${localDateAt(pending.filed_at)} 提交`);

  const { ground, evidence, commitment } = checked.value;
  const actor = actorOf(who);
  const now = ctx.clock.now();
  const row = {
    id: randomUUID(),
    court_id: l.court_id,
    case_id: l.case_id,
    listing_id: l.id,
    debtor_party_id: l.debtor_party_id,
    ground,
    evidence,
    commitment,
    filed_by_kind: by,
    filed_by: actor.id,
    filed_by_name: actor.name,
    filed_at: now,
    state: 'pending' as const,
    approval_id: null as string | null,
    decided_on: null,
    decision_reason: null,
  };
  const policy = approvalPolicyOf('credit.restoration');
  if (!policy) throw new Error('a credit restoration needs the policy credit.restoration');
  const filed = await requestApprovalIn(tx, ctx, who, {
    courtId: l.court_id,
    caseId: l.case_id,
    kind: 'credit.restoration',
    payload: { restorationId: row.id, listingId: l.id },
    summary: `信用修复：${l.debtor_name}（第${l.ground}项 ${listingGroundNames[l.ground] ?? ''}；${restorationGroundNames[ground]}）`,
    reason: `${evidence}\n信用承诺：${commitment}`,
    steps: policy.steps,
  });
  if (!filed.ok) return filed;
  row.approval_id = filed.value.id;
  await insertRestoration(tx, row);
  await appendEvent(tx, actor, now, {
    courtId: l.court_id,
    caseId: l.case_id,
    action: 'credit.restoration-requested',
    entityType: 'credit-restoration',
    entityId: row.id,
    changes: {
      listingId: l.id,
      debtorPartyId: l.debtor_party_id,
      debtor: l.debtor_name,
      ground,
      evidence,
      commitment,
      filedBy: by,
      listingStatus: l.status,
      approvalId: filed.value.id,
    },
  });
  return success(restorationView({ ...row, seq: 0n }, l.debtor_name));
}
