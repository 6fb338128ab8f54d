import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, HOUR, movableClock } from '../api/fixtures.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import { institutions } from '../../src/institutions/directory.ts';
import { requestDetail } from '../../src/outbox/outbox.repo.ts';
import { sandboxFault } from '../../src/institutions/sandbox/network.ts';
import { deliver, expectStatus, holdingsOf, network, searchRowCounts } from './search-fixtures.ts';

// An online asset search (网络查控) from start to findings on the sandbox network: one request per
// debtor and institution, delivered by the outbox, answered deterministically from the debtor's
// identity; failures and time-outs retried with the same key; refusals that write nothing.

const clock = movableClock('2026-11-26T02:00:00.000Z');
let app: TestApp;
let judge: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0 });
  judge = client(app, await login(app, 'judge'));
});
afterAll(() => app?.close());

type Search = {
  id: string;
  status: string;
  requests: { id: string; debtorId: string; institution: string; status: string; attempts: number; findings: number }[];
  findings: { debtorId: string; kind: string; identifier: string; institution: string; estimatedValue: string | null; kindName: string }[];
};
const searchesOf = async (caseId: string) => {
  const res = await judge.get(`/api/v1/cases/${caseId}/asset-searches`);
  expectStatus(res, 200);
  return res.json() as { debtors: { id: string; name: string; waiting: boolean }[]; kinds: { kind: string }[]; items: Search[] };
};
const start = (caseId: string, body: Record<string, unknown> = {}) => judge.post(`/api/v1/cases/${caseId}/asset-searches`, body);

describe('a search on the sandbox network', () => {
  it('sends one request per debtor and institution, and the answers become the case’s findings', async () => {
    const company = aCompany('江门市恒泰建材有限公司') as { kind: 'organization'; name: string; creditCode: string };
    const c = await buildCase(app, { debtor: company });
    const before = await searchesOf(c.id);
    expect(before.items).toEqual([]);
    expect(before.kinds.map((k) => k.kind)).toContain('real-estate');
    expect(before.debtors).toEqual([{ id: expect.any(String), name: '江门市恒泰建材有限公司', waiting: false }]);

    const res = await start(c.id);
    expectStatus(res, 202);
    expect(res.json()).toEqual({ id: expect.any(String), status: 'running', requests: institutions.length });
    const running = (await searchesOf(c.id)).items[0]!;
    expect(running).toMatchObject({ id: res.json().id, status: 'running' });
    expect(new Set(running.requests.map((r) => r.status))).toEqual(new Set(['pending']));
    expect((await searchesOf(c.id)).debtors[0]!.waiting).toBe(true);

    const { registry } = network();
    expect(await deliver(app, registry)).toMatchObject({ claimed: institutions.length, answered: institutions.length });

    const done = (await searchesOf(c.id)).items[0]!;
    expect(done.status).toBe('complete');
    expect(done.requests.every((r) => r.status === 'answered' && r.attempts === 1)).toBe(true);
    const expected = holdingsOf(
      { name: company.name, kind: 'organization', identity: company.creditCode },
      institutions.map((i) => i.code),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(done.findings.map((f) => `${f.kind} ${f.identifier}`).sort()).toEqual(expected);
    expect(done.requests.reduce((n, r) => n + r.findings, 0)).toBe(expected.length);
    for (const f of done.findings) {
      expect(f.estimatedValue === null || /^\d+\.\d{2}$/.test(f.estimatedValue)).toBe(true);
      expect(f.kindName).not.toBe('');
    }
    // The detail reads the same.
    const detail = await judge.get(`/api/v1/asset-searches/${done.id}`);
    expectStatus(detail, 200);
    expect(detail.json().findings).toHaveLength(expected.length);
    // Every asset found is on the case's asset register, by its kind and identifier.
    const assets = (await judge.get(`/api/v1/cases/${c.id}/assets`)).json() as { items: { kind: string; identifier: string }[] };
    expect(assets.items.map((a) => `${a.kind} ${a.identifier}`).sort()).toEqual(expected);

    // Starting the search met the case's 网络查控 deadline (5 days from filing by default).
    const deadlines = await judge.get(`/api/v1/cases/${c.id}/deadlines`);
    expect(deadlines.json().items.find((d: { node: string }) => d.node === 'asset-search')).toMatchObject({
      dueOn: '2026-11-25',
      state: 'met',
    });
  });

  it('answers the same debtor the same way in another case: the findings are deterministic', async () => {
    const person = aPerson('梁国强') as { kind: 'person'; name: string; idNumber: string };
    const first = await buildCase(app, { debtor: person });
    const second = await buildCase(app, { debtor: person });
    const { registry } = network();
    expectStatus(await start(first.id, { kinds: ['deposit', 'real-estate', 'vehicle', 'housing-fund'] }), 202);
    expectStatus(await start(second.id, { kinds: ['deposit', 'real-estate', 'vehicle', 'housing-fund'] }), 202);
    await deliver(app, registry);
    const a = (await searchesOf(first.id)).items[0]!;
    const b = (await searchesOf(second.id)).items[0]!;
    const codes = institutions.filter((i) => i.kinds.some((k) => ['deposit', 'real-estate', 'vehicle', 'housing-fund'].includes(k)));
    expect(a.requests).toHaveLength(codes.length);
    const norm = (s: Search) => s.findings.map((f) => `${f.kind} ${f.identifier} ${f.estimatedValue}`).sort();
    expect(norm(a)).toEqual(norm(b));
    expect(a.findings.every((f) => ['deposit', 'real-estate', 'vehicle', 'housing-fund'].includes(f.kind))).toBe(true);
  });
});

describe('failures and time-outs at the institutions', () => {
  it('retries each failed or hung request with the same key; the institution acts once and the search completes', async () => {
    const c = await buildCase(app);
    const net = network({ faultRate: 1 });
    const res = await start(c.id, { kinds: ['deposit'] });
    expectStatus(res, 202);

    // First round: every request fails or hangs until the attempt times out; none is answered.
    const first = await deliver(app, net.registry, { attemptTimeoutMs: 50 });
    const n = institutions.filter((i) => i.kinds.includes('deposit')).length;
    expect(first).toMatchObject({ claimed: n, retrying: n, answered: 0 });
    const running = (await searchesOf(c.id)).items[0]!;
    expect(running.status).toBe('running');
    expect(running.findings).toEqual([]);
    // Not due again until the backoff has passed.
    expect(await deliver(app, net.registry, { attemptTimeoutMs: 50 })).toMatchObject({ claimed: 0 });

    clock.advance(HOUR);
    expect(await deliver(app, net.registry, { attemptTimeoutMs: 50 })).toMatchObject({ claimed: n, answered: n });
    const done = (await searchesOf(c.id)).items[0]!;
    expect(done.status).toBe('complete');
    for (const r of done.requests) {
      expect(r.attempts).toBe(2);
      const d = (await requestDetail(app.db, r.id))!;
      const fault = sandboxFault(d.request.idempotencyKey, 1);
      expect(d.attempts.map((a) => a.outcome)).toEqual([fault === 'hang' ? 'timed-out' : 'retryable', 'answered']);
      expect(net.institution(r.institution).received(d.request.idempotencyKey)).toBe(2);
      expect(net.institution(r.institution).acted(d.request.idempotencyKey)).toBe(1);
    }
    expect(done.findings.length).toBe(done.requests.reduce((k, r) => k + r.findings, 0));
  });

  it('shows a request given up after its attempts as failed, and the search as partial', async () => {
    const c = await buildCase(app);
    expectStatus(await start(c.id, { kinds: ['vehicle'] }), 202);
    // No connector for the vehicle registry: every attempt fails for good.
    const { registry } = network();
    const without = { institutions: registry.institutions.filter((i) => i !== 'sandbox-vehicles'), get: registry.get };
    expect(await deliver(app, without)).toMatchObject({ claimed: 0 });
    const broken = {
      institutions: registry.institutions,
      get: (i: string) => (i === 'sandbox-vehicles' ? { ...registry.get(i)!, kinds: [] } : registry.get(i)),
    };
    expect(await deliver(app, broken)).toMatchObject({ claimed: 1, failed: 1 });
    const s = (await searchesOf(c.id)).items[0]!;
    expect(s).toMatchObject({ status: 'partial', requests: [{ institution: 'sandbox-vehicles', status: 'failed' }] });
    // The debtor is no longer waiting: a new search may be started.
    expectStatus(await start(c.id, { kinds: ['vehicle'] }), 202);
  });
});

describe('refusals write nothing', () => {
  it('refuses a closed case, another court’s case, a stranger as debtor and a second search while one runs', async () => {
    const closed = await buildCase(app, { status: 'closed' });
    const elsewhere = await buildCase(app, { court: '粤0781' });
    const open = await buildCase(app);
    expectStatus(await start(open.id, { kinds: ['deposit'] }), 202);
    const coordinator = client(app, await login(app, 'coordinator')); // signing in is an event of its own
    const before = await searchRowCounts(app);

    expectProblem(await start(closed.id), 409, 'asset-search-on-closed-case');
    expectProblem(await start(elsewhere.id), 404, 'case-not-found');
    expectProblem(await start('00000000-0000-4000-8000-000000000000'), 404, 'case-not-found');
    expectProblem(await start(open.id, { debtorIds: ['00000000-0000-4000-8000-000000000001'] }), 422, 'asset-search-unknown-debtor');
    expectProblem(await start(open.id, { kinds: ['other'] }), 422, 'asset-search-unknown-kind');
    const running = expectProblem(await start(open.id, { kinds: ['vehicle'] }), 409, 'asset-search-running');
    expect(String(running.detail)).toContain('江门市恒泰建材有限公司');
    expectProblem(await start(open.id, { kinds: ['boats'] }), 422, 'validation-failed');
    expectProblem(await coordinator.post(`/api/v1/cases/${open.id}/asset-searches`, {}), 403, 'forbidden');
    expectProblem(await judge.get(`/api/v1/cases/${elsewhere.id}/asset-searches`), 404, 'case-not-found');
    expectProblem(await judge.get('/api/v1/asset-searches/not-a-uuid'), 404, 'asset-search-not-found');

    expect(await searchRowCounts(app)).toEqual(before);
  });
});
