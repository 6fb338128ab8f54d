import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { caseDebtors, lockCaseFacts } from '../cases/instrument-facts.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { enqueueRequest } from '../outbox/enqueue-request.ts';
import { institutionsCovering, searchableKinds } from '../institutions/directory.ts';
import { ASSET_SEARCH } from '../institutions/institutions.types.ts';
import type { SearchPayload } from '../institutions/search-answer.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { debtorsWaiting, insertSearch, insertSearchRequests, type NewSearchRequest } from './searches.repo.ts';
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
    const id = randomUUID();
    const court = ctx.courts.byId(c.courtId)!.name;
    await insertSearch(tx, {
      id,
      courtId: c.courtId,
      caseId: c.id,
      kinds,
      startedBy: who.userId || null,
      startedByName: who.displayName,
      startedAt: now,
    });
    const links: NewSearchRequest[] = [];
    for (const debtor of chosen)
      for (const { institution, kinds: covered } of targets) {
        const payload: SearchPayload = {
          searchId: id,
          caseNumber: c.caseNumber,
          court,
          debtor: { name: debtor.name, kind: debtor.kind, identity: debtor.identity },
          kinds: covered,
        };
        const sent = await enqueueRequest(tx, actor, now, {
          courtId: c.courtId,
          caseId: c.id,
          institution: institution.code,
          kind: ASSET_SEARCH,
          payload: { ...payload },
        });
        links.push({
          requestId: sent.id,
          searchId: id,
          courtId: c.courtId,
          caseId: c.id,
          debtorPartyId: debtor.partyId,
          debtorName: debtor.name,
          institution: institution.code,
          kinds: covered,
        });
      }
    await insertSearchRequests(tx, links);
    await appendEvent(tx, actor, now, {
      courtId: c.courtId,
      caseId: c.id,
      action: 'asset-search.started',
      entityType: 'asset-search',
      entityId: id,
      changes: {
        debtors: chosen.map((d) => d.name),
        kinds: kinds.map((k) => assetKindNames[k]),
        institutions: targets.length,
        requests: links.length,
      },
    });
    await meetDeadline(tx, ctx, actor, now, { caseId: c.id, node: 'asset-search', metOn: ctx.clock.today() });
    return success({ id, status: 'running', requests: links.length });
  });
}
