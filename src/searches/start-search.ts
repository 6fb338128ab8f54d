import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { caseDebtors, lockCaseFacts } from '../cases/instrument-facts.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { institutionsCovering, searchableKinds } from '../institutions/directory.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { debtorsWaiting } from './searches.repo.ts';
import { sendSearch } from './send-search.ts';
import type { SearchStatus } from './searches.types.ts';

export type StartSearchInput = { debtorIds?: readonly string[] | undefined; kinds?: readonly AssetKind[] | undefined };
export type StartedSearch = { id: string; status: SearchStatus; requests: number };

/**
 * Starts an online asset search (网络查控) on a case: for each chosen debtor (default: every
 * debtor), one request to each institution that covers the chosen asset classes (default: every
 * class an institution answers for), written through the outbox in this transaction, so that the
 * search exists if and only if its requests do. A debtor whose previous search still waits for
 * answers is refused (`asset-search-running`): the same question to the same banks twice at once
 * would only double the institutions' work and the case's findings. Meets the case's 网络查控
 * deadline (src/deadlines, node `asset-search`).
 */
export async function startSearch(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: StartSearchInput,
): Promise<Result<StartedSearch>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const kinds = input.kinds && input.kinds.length > 0 ? [...new Set(input.kinds)] : [...searchableKinds];
  const unsearchable = kinds.filter((k) => !searchableKinds.includes(k));
  if (unsearchable.length > 0)
    return failure('asset-search-unknown-kind', `${unsearchable.map((k) => assetKindNames[k] ?? k).join('、')}不能网络查询`);
  const targets = institutionsCovering(kinds);
  if (targets.length === 0) return failure('asset-search-no-institution');

  return transact(ctx, async (tx): Promise<Result<StartedSearch>> => {
    const c = await lockCaseFacts(tx, caseId);
    if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
    if (c.status === 'closed') return failure('asset-search-on-closed-case');
    const debtors = await caseDebtors(tx, c.id);
    if (debtors.length === 0) return failure('asset-search-no-debtor');
    const wanted = input.debtorIds && input.debtorIds.length > 0 ? [...new Set(input.debtorIds)] : debtors.map((d) => d.partyId);
    const unknown = wanted.filter((id) => !debtors.some((d) => d.partyId === id));
    if (unknown.length > 0) return failure('asset-search-unknown-debtor', `本案没有编号为 ${unknown.join('、')} 的被执行人`);
    const chosen = debtors.filter((d) => wanted.includes(d.partyId));
    const waiting = await debtorsWaiting(tx, c.id);
    const busy = chosen.filter((d) => waiting.has(d.partyId));
    if (busy.length > 0)
      return failure('asset-search-running', `${busy.map((d) => d.name).join('、')}的网络查控尚未全部答复，答复后才能再次发起`);

    const actor = actorOf(who);
    const now = ctx.clock.now();
    const sent = await sendSearch(tx, ctx, actor, now, {
      courtId: c.courtId,
      caseId: c.id,
      caseNumber: c.caseNumber,
      debtors: chosen,
      kinds,
      startedBy: who.userId || null,
    });
    await meetDeadline(tx, ctx, actor, now, { caseId: c.id, node: 'asset-search', metOn: ctx.clock.today() });
    return success({ id: sent.id, status: 'running', requests: sent.requests });
  });
}
