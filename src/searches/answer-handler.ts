import type { Actor } from '../audit/audit.types.ts';
import { ASSET_SEARCH } from '../institutions/institutions.types.ts';
import { readSearchAnswer } from '../institutions/search-answer.ts';
import { assetKinds, type AssetKind } from '../shared/asset-kinds.ts';
import type { Tx } from '../db/connection.ts';
import type { Answer, OutboundRequest } from '../outbox/outbox.types.ts';
import { searchRequestOf } from './searches.repo.ts';
import { storeFinding } from './store-finding.ts';
import { recordResearchAnswer } from '../dormant/research-answers.ts';

// An institution's answer to a search request, as the outbox hands it over (src/outbox/answer-handlers.ts):
// each item it reports becomes a finding on the case. Items the request did not ask for, or that
// name no asset, are left in the stored answer and not taken as findings.

async function onAnswer(
  tx: Tx,
  actor: Actor,
  at: Date,
  request: Omit<OutboundRequest, 'attempt' | 'idempotencyKey'>,
  answer: Answer,
): Promise<void> {
  const link = await searchRequestOf(tx, request.id);
  if (!link) return;
  const asked = (Array.isArray(link.kinds) ? link.kinds : []).filter((k): k is AssetKind => (assetKinds as readonly unknown[]).includes(k));
  const { items } = readSearchAnswer(answer, asked);
  for (const item of items)
    await storeFinding(tx, actor, at, {
      courtId: link.court_id,
      caseId: link.case_id,
      searchId: link.search_id,
      requestId: link.request_id,
      debtorPartyId: link.debtor_party_id,
      kind: item.kind,
      identifier: item.identifier,
      institution: link.institution,
      estimatedValueFen: item.amountFen,
      description: item.description,
      details: item.details,
    });
  // A 终本 re-search's cycle records its result once all its answers are in (src/dormant).
  await recordResearchAnswer(tx, actor, at, link.search_id);
}

export const searchAnswerHandler = { kind: ASSET_SEARCH, onAnswer };

// A search request that ended without an answer (src/outbox/failure-handlers.ts): the request's
// own status (failed or timed-out, with its reason) is what the search shows for it — the searches
// keep no status of their own per request (asset_search_requests links to the outbound request) —
// and nothing is found. A 终本 re-search's cycle counts it as settled, its institution named as not
// having answered (src/dormant/research-answers.ts).
async function onFailure(tx: Tx, actor: Actor, at: Date, request: Omit<OutboundRequest, 'attempt' | 'idempotencyKey'>): Promise<void> {
  const link = await searchRequestOf(tx, request.id);
  if (!link) return;
  await recordResearchAnswer(tx, actor, at, link.search_id);
}

export const searchFailureHandler = { kind: ASSET_SEARCH, onFailure };
