import { expect } from 'vitest';
import { sql } from 'kysely';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { deliverDue, type DeliveryPolicy } from '../../src/outbox/deliver.ts';
import { institutionByCode } from '../../src/institutions/directory.ts';
import { sandboxNetworkInstitutions, searchAnswerOf } from '../../src/institutions/sandbox/network.ts';
import { sandboxConnector } from '../../src/outbox/sandbox-connector.ts';
import { normalizeIdentifier } from '../../src/shared/asset-kinds.ts';
import type { SearchPayload } from '../../src/institutions/search-answer.ts';
import type { AppContext } from '../../src/platform/context.ts';
import type { TestApp } from '../support/test-app.ts';

// Shared by the search tests: the sandbox network as a registry, delivery with small numbers, what
// the sandbox holds for a debtor, and the rows a refusal must leave unchanged.

export const searchPolicy = (over: Partial<DeliveryPolicy> = {}): DeliveryPolicy => ({
  leaseMs: 60_000,
  attemptTimeoutMs: 2_000,
  backoff: { baseMs: 1_000, capMs: 60_000 },
  answerWindowMs: 3_600_000,
  random: () => 0.5,
  ...over,
});

export function network(opts: { faultRate?: number; latencyMs?: number } = {}) {
  const members = sandboxNetworkInstitutions({ latencyMs: opts.latencyMs ?? 0, faultRate: opts.faultRate ?? 0 });
  const registry = connectorRegistry(members.map((m) => sandboxConnector(m.sandbox, { kinds: ['asset-search'], concurrency: 8 })));
  const byCode = new Map(members.map((m) => [m.institution.code, m.sandbox]));
  return { registry, institution: (code: string) => byCode.get(code)! };
}

export const deliver = (app: Pick<AppContext, 'handle' | 'db' | 'clock'>, registry: ReturnType<typeof network>['registry'], over = {}) =>
  deliverDue(app, registry, { worker: 'test-worker', limit: 500, policy: searchPolicy(over) });

/** What the sandbox network holds for a debtor: "kind identifier" strings, sorted. */
export function holdingsOf(debtor: SearchPayload['debtor'], institutions: readonly string[]): string[] {
  const out: string[] = [];
  for (const code of institutions) {
    const institution = institutionByCode(code)!;
    const payload = { searchId: '', caseNumber: '', court: '', debtor, kinds: institution.kinds };
    for (const item of searchAnswerOf(institution, { payload }).items) out.push(`${item.kind} ${normalizeIdentifier(item.identifier)}`);
  }
  return out.sort();
}

/** Rows a refused search must not add to. */
export async function searchRowCounts(app: TestApp) {
  const r = await sql<Record<string, string>>`select
    (select count(*) from asset_searches) as searches,
    (select count(*) from asset_search_requests) as links,
    (select count(*) from outbound_requests) as requests,
    (select count(*) from asset_findings) as findings,
    (select count(*) from events) as events`.execute(app.db);
  return Object.fromEntries(Object.entries(r.rows[0]!).map(([k, v]) => [k, Number(v)]));
}

export function expectStatus(res: { statusCode: number; body: string }, status: number) {
  expect(res.statusCode, res.body).toBe(status);
}
