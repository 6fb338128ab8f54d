import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvents } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import type { DebtorFact } from '../cases/instrument-facts.ts';
import { enqueueRequests } from '../outbox/enqueue-request.ts';
import type { AppContext } from '../platform/context.ts';
import { institutionsCovering, searchableKinds } from '../institutions/directory.ts';
import { ASSET_SEARCH } from '../institutions/institutions.types.ts';
import type { SearchPayload } from '../institutions/search-answer.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { insertSearches, insertSearchRequests, type NewSearchRequest } from './searches.repo.ts';

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
  return (await sendSearches(tx, ctx, actor, now, [s]))[0]!;
}

/**
 * Several searches in one go, each written exactly as sendSearch writes one — its row, its
 * requests with their events, its links and its `asset-search.started` event — but every kind of
 * row in one statement for them all (a sweep's batch: hundreds of cases, thousands of requests).
 */
export async function sendSearches(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  now: Date,
  list: readonly SearchToSend[],
): Promise<{ id: string; requests: number }[]> {
  if (list.length === 0) return [];
  const planned = list.map((s) => {
    const id = randomUUID();
    const court = ctx.courts.byId(s.courtId)!.name;
    const targets = institutionsCovering(s.kinds);
    const asks = s.debtors.flatMap((debtor) =>
      targets.map(({ institution, kinds: covered }) => {
        const payload: SearchPayload = {
          searchId: id,
          caseNumber: s.caseNumber,
          court,
          debtor: { name: debtor.name, kind: debtor.kind, identity: debtor.identity },
          kinds: covered,
        };
        return { debtor, institution: institution.code, kinds: covered, payload };
      }),
    );
    return { s, id, targets, asks };
  });
  await insertSearches(
    tx,
    planned.map(({ s, id }) => ({
      id,
      courtId: s.courtId,
      caseId: s.caseId,
      kinds: s.kinds,
      startedBy: s.startedBy,
      startedByName: actor.name,
      startedAt: now,
    })),
  );
  const sent = await enqueueRequests(
    tx,
    actor,
    now,
    planned.flatMap(({ s, asks }) =>
      asks.map((a) => ({
        courtId: s.courtId,
        caseId: s.caseId,
        institution: a.institution,
        kind: ASSET_SEARCH,
        payload: { ...a.payload },
      })),
    ),
  );
  let next = 0;
  const links: NewSearchRequest[] = planned.flatMap(({ s, id, asks }) =>
    asks.map((a) => ({
      requestId: sent[next++]!.id,
      searchId: id,
      courtId: s.courtId,
      caseId: s.caseId,
      debtorPartyId: a.debtor.partyId,
      debtorName: a.debtor.name,
      institution: a.institution,
      kinds: a.kinds,
    })),
  );
  await insertSearchRequests(tx, links);
  await appendEvents(
    tx,
    actor,
    now,
    planned.map(({ s, id, targets, asks }) => ({
      courtId: s.courtId,
      caseId: s.caseId,
      action: 'asset-search.started',
      entityType: 'asset-search',
      entityId: id,
      changes: {
        debtors: s.debtors.map((d) => d.name),
        kinds: s.kinds.map((k) => assetKindNames[k]),
        institutions: targets.length,
        requests: asks.length,
        ...(s.researchCycle ? { researchCycle: s.researchCycle } : {}),
      },
    })),
  );
  return planned.map(({ id, asks }) => ({ id, requests: asks.length }));
}

/**
 * The 终本 pool's re-searches (src/dormant's sweep, a batch of cases): every debtor, every class, on
 * cases closed as 终本 — the search `startSearch` refuses on a closed case, minus its 5-day deadline —
 * one write per kind of row for the batch. The caller holds the cases' locks, has checked they are in
 * the pool and gives each case's debtors (in their order); a case without a debtor gets null.
 */
export async function sendResearches(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  now: Date,
  cases: readonly { courtId: number; caseId: string; caseNumber: string; cycle: number; debtors: readonly DebtorFact[] }[],
): Promise<({ id: string; requests: number } | null)[]> {
  const searched = cases.filter((c) => c.debtors.length > 0);
  const sent = await sendSearches(
    tx,
    ctx,
    actor,
    now,
    searched.map((c) => ({ ...c, kinds: searchableKinds, startedBy: null, researchCycle: c.cycle })),
  );
  const byCase = new Map(searched.map((c, i) => [c.caseId, sent[i]!]));
  return cases.map((c) => byCase.get(c.caseId) ?? null);
}
