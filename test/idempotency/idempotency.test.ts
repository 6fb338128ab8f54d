import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';
import { expectProblem, filingBody, HOUR, movableClock, rowCounts, type MovableClock } from '../api/fixtures.ts';
import { idempotent } from '../../src/idempotency/idempotency.ts';
import { purgeIdempotencyKeysSweep } from '../../src/idempotency/idempotency.sweeps.ts';
import { failure, success } from '../../src/shared/result.ts';

// Idempotency-Key on the creating routes: a retried filing files once and answers the same case
// number; a concurrent double submission with one key files once; another body is a 409.

let app: TestApp;
let clock: MovableClock;
let auth: Record<string, { authorization: string }>;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  auth = { judge: await login(app, 'judge'), clerk: await login(app, 'clerk') };
});
afterAll(() => app?.close());

const post = (url: string, payload: Record<string, unknown>, key: string | undefined, who = 'judge') =>
  app.server.inject({ method: 'POST', url, payload, headers: { ...auth[who]!, ...(key === undefined ? {} : { 'idempotency-key': key }) } });
const serialOf = (caseNumber: string) => Number(/执(\d+)号$/.exec(caseNumber)![1]);
const fileWith = (key: string | undefined, body: Record<string, unknown>, who = 'judge') => post('/api/v1/cases', body, key, who);

describe('filing with an Idempotency-Key', () => {
  it('a retry with the same key and body files once and answers the first answer again', async () => {
    const body = filingBody();
    const before = await rowCounts(app);
    const first = await fileWith('filing-retry-1', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const afterFirst = await rowCounts(app);
    const again = await fileWith('filing-retry-1', body);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await rowCounts(app)).toEqual(afterFirst);
    expect(afterFirst.cases - before.cases).toBe(1);
    expect(await app.db.selectFrom('cases').select('id').where('case_number', '=', first.json().caseNumber).execute()).toHaveLength(1);
    // One serial taken: the next filing of the court has the very next number.
    const next = await fileWith(undefined, body);
    expect(serialOf(next.json().caseNumber)).toBe(serialOf(first.json().caseNumber) + 1);
  });

  it('the same body with its keys in another order is the same request', async () => {
    const body = filingBody();
    const first = await fileWith('filing-order', body);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await fileWith('filing-order', reordered);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().caseNumber).toBe(first.json().caseNumber);
  });

  it('a concurrent double submission with one key files once; both answers name the same case', async () => {
    const body = filingBody();
    const before = await rowCounts(app);
    const answers = await Promise.all([fileWith('filing-race', body), fileWith('filing-race', body), fileWith('filing-race', body)]);
    expect(answers.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(new Set(answers.map((r) => r.json().caseNumber)).size).toBe(1);
    expect(answers.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
    expect((await rowCounts(app)).cases - before.cases).toBe(1);
  });

  it('the same key with another body is refused with 409 idempotency-key-reused, and nothing is written', async () => {
    await fileWith('filing-other-body', filingBody());
    const before = await rowCounts(app);
    expectProblem(await fileWith('filing-other-body', filingBody({ claimAmount: '99.00' })), 409, 'idempotency-key-reused');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('keys belong to the caller: the same key from two users files two cases', async () => {
    const a = await fileWith('shared-key', filingBody(), 'judge');
    const b = await fileWith('shared-key', filingBody(), 'clerk');
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().caseNumber).not.toBe(b.json().caseNumber);
  });

  it('a refused request stores nothing: the same key then serves the corrected request', async () => {
    const bad = filingBody({ filedOn: '2099-01-01' });
    expectProblem(await fileWith('filing-corrected', bad), 422, 'date-in-future');
    const good = await fileWith('filing-corrected', filingBody());
    expect(good.statusCode, good.body).toBe(201);
    expect(good.headers['idempotent-replayed']).toBeUndefined();
  });

  it('refuses a malformed key', async () => {
    for (const key of ['x'.repeat(256), '含中文的键', 'a key with spaces']) {
      const res = await fileWith(key, filingBody());
      expectProblem(res, 422, 'validation-failed');
      expect(res.json().errors).toEqual([expect.objectContaining({ field: 'idempotency-key' })]);
    }
  });

  it('is documented on the creating routes as a request header', async () => {
    const doc = (await app.server.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    for (const path of ['/api/v1/cases', '/api/v1/cases/{id}/resume']) {
      const header = doc.paths[path].post.parameters.find(
        (p: { in: string; name: string }) => p.in === 'header' && p.name === 'idempotency-key',
      );
      expect(header?.required, path).toBe(false);
    }
  });

  it('without a key every request files', async () => {
    const body = filingBody();
    const a = await fileWith(undefined, body);
    const b = await fileWith(undefined, body);
    expect(a.json().caseNumber).not.toBe(b.json().caseNumber);
  });
});

describe('resumption (执恢) with an Idempotency-Key', () => {
  it('a retried resumption answers the same 执恢 case', async () => {
    // 终本 passes the gate on the case's records: filed three months back, its facts recorded first.
    const filed = (await fileWith(undefined, filingBody(terminableFiling))).json();
    await post(`/api/v1/cases/${filed.id}/start`, {}, undefined);
    await recordTerminationFacts(app, filed.id);
    const closed = await post(
      `/api/v1/cases/${filed.id}/close`,
      { mode: 'current-procedure-terminated', closedOn: '2026-11-25', reason: '无可供执行财产', route: 'applicant-confirmed' },
      undefined,
    );
    expect(closed.statusCode, closed.body).toBe(200);
    const body = { filedOn: '2026-11-26', claimAmount: '80000.00', reason: '发现新财产' };
    const first = await post(`/api/v1/cases/${filed.id}/resume`, body, 'resume-1');
    expect(first.statusCode, first.body).toBe(201);
    const again = await post(`/api/v1/cases/${filed.id}/resume`, body, 'resume-1');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    // Without the key the use case's own rule answers: one 执恢 case per closed case.
    expectProblem(await post(`/api/v1/cases/${filed.id}/resume`, body, undefined), 409, 'resumption-not-allowed');
  });
});

describe('the stored answer and its expiry', () => {
  it('is written in the transaction of the work: visible to it, and gone with it when the work fails', async () => {
    const request = { scope: 'user:test', key: 'in-transaction', requestHash: 'h' };
    const seen = await idempotent(app, request, 201, async (tx) => {
      const rows = await tx.selectFrom('idempotency_keys').select('key').where('key', '=', 'in-transaction').execute();
      return rows.length === 1 ? failure('internal', 'roll back on purpose') : success(null);
    });
    expect(seen).toMatchObject({ ok: false, code: 'internal' });
    const left = await app.db.selectFrom('idempotency_keys').select('key').where('key', '=', 'in-transaction').execute();
    expect(left).toEqual([]);
  });

  it('is kept 24 hours; after that the key is free again and the sweep deletes it', async () => {
    const body = filingBody();
    const first = await fileWith('expiring', body);
    clock.advance(25 * HOUR);
    auth.judge = await login(app, 'judge');
    const count = async () => Number((await sql<{ n: string }>`select count(*) as n from idempotency_keys`.execute(app.db)).rows[0]!.n);
    const stored = await count();
    const swept = await purgeIdempotencyKeysSweep.run(app, { asOf: clock.today(), dryRun: false });
    expect(swept.changed).toBe(stored);
    expect(await count()).toBe(0);
    const later = await fileWith('expiring', body);
    expect(later.statusCode).toBe(201);
    expect(later.json().caseNumber).not.toBe(first.json().caseNumber);
  });

  it('an expired key not yet swept is free again too', async () => {
    const body = filingBody();
    const first = await fileWith('expired-unswept', body);
    clock.advance(25 * HOUR);
    auth.judge = await login(app, 'judge');
    const later = await fileWith('expired-unswept', body);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(later.json().caseNumber).not.toBe(first.json().caseNumber);
  });
});
