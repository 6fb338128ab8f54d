import { expect } from 'vitest';
import { sql } from 'kysely';
import type { TestApp } from '../support/test-app.ts';
import { fileCase, recordAsset, seize, type Client } from '../assets/asset-fixtures.ts';
import { nextInSequence } from '../support/sequences.ts';

// Shared by the disposal tests: a case with a sealed flat, and the steps that price and auction it.

export async function sealedFlat(c: Client, extra: Record<string, unknown> = {}) {
  const k = await fileCase(c);
  const n = nextInSequence('disposal-flat');
  const flat = await recordAsset(c, k.id, {
    kind: 'real-estate',
    identifier: `粤(2024)江门市不动产权第${String(70000 + n)}号`,
    institution: '江门市不动产登记中心',
    estimatedValue: '1000000.00',
    ...extra,
  });
  const s = await seize(c, k.id, { assetId: flat.assetId, measure: 'seal', ruledOn: '2026-11-24', effectiveOn: '2026-11-25' });
  return { caseId: k.id, assetId: flat.assetId, seizureId: s.id };
}

type Reply = Awaited<ReturnType<Client['get']>>;

/** The body of a reply that must have `status` (the reply's own loosely typed JSON). */
export function ok(res: Reply, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

/** Prices the flat by the parties' agreement at `price` yuan on `on`. */
export async function agreedPrice(c: Client, caseId: string, assetId: string, price = '1000000.00', on = '2026-11-26') {
  const rp = await ok(await c.post(`/api/v1/cases/${caseId}/reference-prices`, { assetId, startedOn: on }), 201);
  return ok(await c.post(`/api/v1/reference-prices/${rp.id}/negotiation`, { on, applicantFigure: price, debtorFigure: price }));
}

export const announce = (c: Client, caseId: string, body: Record<string, unknown>) =>
  c.post(`/api/v1/cases/${caseId}/auction-rounds`, body);

export const firstRound = (assetId: string, extra: Record<string, unknown> = {}) => ({
  assetId,
  platform: 'sandbox',
  startingPrice: '1000000.00',
  deposit: '100000.00',
  announcedOn: '2026-11-26',
  biddingStartsAt: '2026-12-27T02:00:00Z',
  biddingEndsAt: '2026-12-28T02:00:00Z',
  ...extra,
});

export async function disposalRowCounts(app: TestApp) {
  const r = await sql<Record<string, string>>`select
    (select count(*) from reference_prices) as prices, (select count(*) from auction_rounds) as rounds,
    (select count(*) from asset_sales) as sales, (select count(*) from case_receipts) as receipts,
    (select count(*) from deadlines) as deadlines, (select count(*) from events) as events,
    (select string_agg(id::text || status || steps::text, ',' order by id) from reference_prices) as states,
    (select string_agg(id::text || status, ',' order by id) from auction_rounds) as round_states`.execute(app.db);
  return r.rows[0]!;
}

export async function receipts(app: TestApp, caseId: string) {
  const r = await sql<{ amount: string; source: string; received_on: string }>`
    select amount::text, source, received_on::text from case_receipts where case_id = ${caseId} order by seq`.execute(app.db);
  return r.rows;
}
