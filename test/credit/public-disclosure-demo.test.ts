import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { loadConfig } from '../../src/platform/config.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client } from '../api/fixtures.ts';

// Nothing private leaves a public route (ADR 0208). On the demo with its handling stage (which lists
// debtors: src/demo/credit-plan.ts), every operation that needs no sign-in is called — each public
// query once per published listing, by name and by identity — and no answer contains a party's
// full ID number or credit code of a person, a phone number, an address or a listed person's
// birth date.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({
    seedCases: 300,
    seedHandling: true,
    config: { credit: { ...loadConfig({}).credit, publicQueriesPerMinute: 100_000 } },
  });
}, 300_000);
afterAll(() => app?.close());

type Party = {
  kind: string;
  name: string;
  id_number: string | null;
  credit_code: string | null;
  phone: string | null;
  address: string | null;
};
type Openapi = { paths: Record<string, Record<string, { security?: unknown[] }>> };

describe('the public routes on the demo', () => {
  it('the demo lists debtors on grounds 1 and 4, and publishes them', async () => {
    const rows = (await sql<{ status: string; n: string }>`select status, count(*) as n from dishonest_listings group by 1`.execute(app.db))
      .rows;
    const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    expect(by.published).toBeGreaterThanOrEqual(3);
    const grounds = (await sql<{ ground: number }>`select distinct ground from dishonest_listings order by 1`.execute(app.db)).rows;
    expect(grounds.map((g) => g.ground)).toEqual([1, 4]);
  });

  it('the demo’s debtor account (信用修复, ADR 0209) sees its published listing in the portal and may ask for restoration', async () => {
    const party = client(app, await login(app, 'debtor'));
    const cases = (await party.get('/api/v1/cases')).json().items as { id: string }[];
    const seen = await Promise.all(
      cases.map(async (c) => (await party.get(`/api/v1/party/cases/${c.id}/dishonest-listings`)).json().items ?? []),
    );
    expect(seen.flat()).toContainEqual(expect.objectContaining({ status: 'published', restorable: true }));
  });

  it('no public answer holds a full personal ID number, a phone number, an address or a listed birth date', async () => {
    const parties = (await sql<Party>`select kind, name, id_number, credit_code, phone, address from case_parties`.execute(app.db)).rows;
    const secrets = new Set<string>();
    for (const p of parties) {
      if (p.id_number) secrets.add(p.id_number);
      if (p.phone) secrets.add(p.phone);
      if (p.address) secrets.add(p.address);
    }
    const listed = (
      await sql<Party>`select p.kind, p.name, p.id_number, p.credit_code, p.phone, p.address from dishonest_listings l
        join case_parties p on p.id = l.debtor_party_id where l.status = 'published'`.execute(app.db)
    ).rows;
    for (const p of listed) if (p.kind === 'person' && p.id_number) secrets.add(p.id_number.slice(6, 14));
    expect(secrets.size).toBeGreaterThan(100);

    const answers: { url: string; body: string }[] = [];
    const doc = (await app.server.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<Openapi>();
    const open = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, o]) => Array.isArray(o.security) && o.security.length === 0)
        .map(([method, o]) => ({ method: method.toUpperCase(), path, o })),
    );
    expect(open.map((r) => `${r.method} ${r.path}`)).toContain('GET /api/v1/public/dishonest');
    for (const r of open) {
      if (r.path === '/api/v1/public/dishonest') continue;
      const res = await app.server.inject({
        method: r.method as 'GET' | 'POST',
        url: r.path,
        ...(r.method === 'POST' ? { payload: {} } : {}),
      });
      answers.push({ url: `${r.method} ${r.path}`, body: res.body });
    }
    let found = 0;
    for (const p of listed) {
      for (const q of [p.name, p.id_number ?? p.credit_code ?? p.name, p.name.slice(0, 2)]) {
        const res = await app.server.inject({ method: 'GET', url: `/api/v1/public/dishonest?q=${encodeURIComponent(q)}` });
        expect(res.statusCode, res.body).toBe(200);
        found += res.json<{ items: unknown[] }>().items.length;
        answers.push({ url: `public ${q}`, body: res.body });
      }
    }
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(found).toBeGreaterThanOrEqual(listed.length * 3);
    for (const a of answers) for (const s of secrets) expect(a.body.includes(s), `${a.url} shows ${s}`).toBe(false);
    // And the masked numbers are there: six digits of region, eight stars, the last four.
    const one = listed.find((p) => p.kind === 'person' && p.id_number);
    if (one) {
      const body = (await app.server.inject({ method: 'GET', url: `/api/v1/public/dishonest?q=${one.id_number}` })).body;
      expect(body).toContain(`${one.id_number!.slice(0, 6)}********${one.id_number!.slice(-4)}`);
    }
  });
});
