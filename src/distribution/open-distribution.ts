import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import { partyIdentityOf } from '../cases/cases.types.ts';
import { availableIn } from '../funds/distribution-hold.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { insertDistribution } from './distribution.repo.ts';

export type OpenInput = { debtorPartyId: string; debtorKind: 'person' | 'enterprise'; proceeds: string; costs: string };

/**
 * POST /cases/{id}/distributions: opens a distribution (参与分配) on the proceeds of one debtor held
 * in this case's account — the court that first seized runs it (执行工作规定 第56条). 'person' covers
 * natural persons and 其他组织 (民诉法解释 第506条); 'enterprise' is an 企业法人 not sent to bankruptcy
 * (第514条), which a natural person cannot be.
 */
export async function openDistributionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  body: OpenInput,
): Promise<Result<{ id: string }>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const proceeds = parseYuan(body.proceeds);
  const costs = parseYuan(body.costs);
  if (proceeds === null || proceeds <= 0n || costs === null || costs < 0n)
    return failure('invalid-money', '分配金额须为正数，执行费用不得为负');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  const debtor = c.debtors.find((p) => p.id === body.debtorPartyId);
  if (!debtor?.id) return failure('distribution-debtor-not-found');
  if (debtor.kind === 'person' && body.debtorKind === 'enterprise') return failure('distribution-debtor-kind-invalid');
  const available = await availableIn(tx, c.id);
  if (proceeds > available) {
    return failure('distribution-proceeds-exceed-balance', `可用余额 ${formatYuan(available)} 元，拟分配 ${formatYuan(proceeds)} 元`);
  }
  const now = ctx.clock.now();
  const id = randomUUID();
  await insertDistribution(tx, {
    id,
    court_id: c.courtId,
    case_id: c.id,
    debtor_party_id: debtor.id,
    debtor_name: debtor.name,
    debtor_identity: partyIdentityOf(debtor),
    debtor_kind: body.debtorKind,
    proceeds,
    costs,
    status: 'open',
    plan_input: null,
    plan_result: null,
    costs_paid: null,
    remainder: null,
    document_id: null,
    planned_on: null,
    opened_on: ctx.clock.today(),
    opened_at: now,
    opened_by_name: who.displayName,
  });
  await appendEvent(tx, actorOf(who), now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'distribution.opened',
    entityType: 'distribution',
    entityId: id,
    changes: { debtor: debtor.name, debtorKind: body.debtorKind, proceeds: formatYuan(proceeds), costs: formatYuan(costs) },
  });
  return success({ id });
}
