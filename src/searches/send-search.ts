import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { caseDebtors, type DebtorFact } from '../cases/instrument-facts.ts';
import { enqueueRequest } from '../outbox/enqueue-request.ts';
import type { AppContext } from '../platform/context.ts';
import { institutionsCovering, searchableKinds } from '../institutions/directory.ts';
import { ASSET_SEARCH } from '../institutions/institutions.types.ts';
import type { SearchPayload } from '../institutions/search-answer.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { insertSearch, insertSearchRequests, type NewSearchRequest } from './searches.repo.ts';

// Writing a search: the search row, one outbound request per debtor and institution (through the
// outbox, in the caller's transaction, after its case lock) and the search's event. Shared by the
// officer's search (start-search.ts) and the 终本 pool's re-search (src/dormant), so that both ask
// the institutions the same question in the same way.

export type SearchToSend = {
  readonly courtId: number;
  readonly caseId: string;
  readonly caseNumber: string;
  readonly debtors: readonly DebtorFact[];
  readonly kinds: readonly AssetKind[];
  readonly startedBy: string | null;
  /** The 终本 re-search cycle this search is for (recorded on its event). */
  readonly researchCycle?: number;
};

export async function sendSearch(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  now: Date,
  s: SearchToSend,
): Promise<{ id: string; requests: number }> {
  const id = randomUUID();
  const court = ctx.courts.byId(s.courtId)!.name;
  const targets = institutionsCovering(s.kinds);
  await insertSearch(tx, {
    id,
    courtId: s.courtId,
    caseId: s.caseId,
    kinds: s.kinds,
    startedBy: s.startedBy,
    startedByName: actor.name,
    startedAt: now,
  });
  const links: NewSearchRequest[] = [];
  for (const debtor of s.debtors)
    for (const { institution, kinds: covered } of targets) {
      const payload: SearchPayload = {
        searchId: id,
        caseNumber: s.caseNumber,
        court,
        debtor: { name: debtor.name, kind: debtor.kind, identity: debtor.identity },
        kinds: covered,
      };
      const sent = await enqueueRequest(tx, actor, now, {
        courtId: s.courtId,
        caseId: s.caseId,
        institution: institution.code,
        kind: ASSET_SEARCH,
        payload: { ...payload },
      });
      links.push({
        requestId: sent.id,
        searchId: id,
        courtId: s.courtId,
        caseId: s.caseId,
        debtorPartyId: debtor.partyId,
        debtorName: debtor.name,
        institution: institution.code,
        kinds: covered,
      });
    }
  await insertSearchRequests(tx, links);
  await appendEvent(tx, actor, now, {
    courtId: s.courtId,
    caseId: s.caseId,
    action: 'asset-search.started',
    entityType: 'asset-search',
    entityId: id,
    changes: {
      debtors: s.debtors.map((d) => d.name),
      kinds: s.kinds.map((k) => assetKindNames[k]),
      institutions: targets.length,
      requests: links.length,
      ...(s.researchCycle ? { researchCycle: s.researchCycle } : {}),
    },
  });
  return { id, requests: links.length };
}

/**
 * The 终本 pool's re-search (src/dormant): every debtor, every class, on a case closed as 终本 — the
 * one search `startSearch` refuses on a closed case. The caller holds the case's lock and has checked
 * that the case is in the pool; null when the case has no debtor.
 */
export async function sendResearch(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  now: Date,
  c: { courtId: number; caseId: string; caseNumber: string; cycle: number },
): Promise<{ id: string; requests: number } | null> {
  const debtors = await caseDebtors(tx, c.caseId);
  if (debtors.length === 0) return null;
  return sendSearch(tx, ctx, actor, now, { ...c, debtors, kinds: searchableKinds, startedBy: null, researchCycle: c.cycle });
}
