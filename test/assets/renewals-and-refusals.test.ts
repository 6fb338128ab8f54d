import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock, type MovableClock } from '../api/fixtures.ts';
import { assetRowCounts, deadlines, depositBody, fileCase, recordAsset, seize, signIn, type Client } from './asset-fixtures.ts';

// Renewal (续行, 民诉法解释 第485条) and every refusal, each of which leaves the database as it was.
// The clock starts on 2026-11-26 (Shanghai).

let app: TestApp;
let clock: MovableClock;
let judge: Client;
let taishan: Client;
let judgeAuth: { authorization: string };

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  judge = await signIn(app, 'judge');
  taishan = await signIn(app, 'taishan');
  judgeAuth = await login(app, 'judge');
});
afterAll(() => app?.close());

async function frozenAccount(identifier: string, amount = '5000.00') {
  const c = await fileCase(judge);
  const acct = await recordAsset(judge, c.id, depositBody(identifier));
  const s = await seize(judge, c.id, {
    assetId: acct.assetId,
    measure: 'freeze',
    ruledOn: '2026-11-24',
    effectiveOn: '2026-11-25',
    amount,
  });
  return { c, assetId: acct.assetId, s };
}

describe('renewal', () => {
  it('renews before expiry for another full term counted from the old last day, meeting the old deadline and opening the next', async () => {
    const { c, s } = await frozenAccount('6210 1111 0000 0001');
    const res = await judge.post(`/api/v1/seizures/${s.id}/renew`, { effectiveOn: '2026-11-26' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: s.id, status: 'effective', expiresOn: '2028-11-25', renewals: 1 });
    const nodes = (await deadlines(judge, c.id)).filter((d) => d.node === 'seizure-renewal');
    expect(nodes.map((d) => [d.subject, d.state, d.dueOn])).toEqual([
      [`${s.id}#0`, 'met', '2027-11-25'],
      [`${s.id}#1`, 'open', '2028-11-25'],
    ]);
  });

  it('renews for a shorter period when asked, and refuses one longer than the legal term', async () => {
    const { s } = await frozenAccount('6210 1111 0000 0002');
    const before = await assetRowCounts(app);
    const long = await judge.post(`/api/v1/seizures/${s.id}/renew`, { effectiveOn: '2026-11-26', expiresOn: '2028-11-26' });
    expectProblem(long, 422, 'seizure-term-too-long');
    expect(await assetRowCounts(app)).toEqual(before);
    const short = await judge.post(`/api/v1/seizures/${s.id}/renew`, { effectiveOn: '2026-11-26', expiresOn: '2028-05-25' });
    expect(short.json()).toMatchObject({ expiresOn: '2028-05-25' });
  });

  it('refuses a renewal after the last day, and a renewal of a waiting seizure', async () => {
    const { assetId, s } = await frozenAccount('6210 1111 0000 0003');
    const other = await fileCase(taishan, { courtCode: '粤0781' });
    await recordAsset(taishan, other.id, depositBody('6210 1111 0000 0003'));
    const waiting = await seize(taishan, other.id, {
      assetId,
      measure: 'freeze',
      ruledOn: '2026-11-25',
      effectiveOn: '2026-11-26',
      amount: '100.00',
    });
    const before = await assetRowCounts(app);
    expectProblem(await taishan.post(`/api/v1/seizures/${waiting.id}/renew`, { effectiveOn: '2026-11-26' }), 409, 'seizure-not-renewable');
    expect(await assetRowCounts(app)).toEqual(before);
    clock.set('2027-11-26T02:00:00.000Z'); // the day after the last day (2027-11-25)
    try {
      const late = await signIn(app, 'judge');
      const signedIn = await assetRowCounts(app);
      expectProblem(await late.post(`/api/v1/seizures/${s.id}/renew`, { effectiveOn: '2027-11-20' }), 409, 'renewal-after-expiry');
      expect(await assetRowCounts(app)).toEqual(signedIn);
    } finally {
      clock.set('2026-11-26T02:00:00.000Z');
    }
  });
});

describe('refusals change nothing', () => {
  it('refuses a seizure on a closed case', async () => {
    const c = await fileCase(judge);
    const acct = await recordAsset(judge, c.id, depositBody('6210 2222 0000 0001'));
    expect((await judge.post(`/api/v1/cases/${c.id}/start`, {})).statusCode).toBe(200);
    const closed = await judge.post(`/api/v1/cases/${c.id}/close`, { mode: 'fully-enforced', closedOn: '2026-11-26', reason: '已履行' });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await assetRowCounts(app);
    const res = await judge.post(`/api/v1/cases/${c.id}/seizures`, {
      assetId: acct.assetId,
      measure: 'freeze',
      ruledOn: '2026-11-24',
      effectiveOn: '2026-11-25',
      amount: '10.00',
    });
    expect(expectProblem(res, 409, 'seizure-on-closed-case').title).toBe('案件已结案，不能采取查封、扣押、冻结措施');
    expect(await assetRowCounts(app)).toEqual(before);
  });

  it('refuses a second freeze of the same account by the same case', async () => {
    const { c, assetId } = await frozenAccount('6210 2222 0000 0002');
    const before = await assetRowCounts(app);
    const res = await judge.post(`/api/v1/cases/${c.id}/seizures`, {
      assetId,
      measure: 'freeze',
      ruledOn: '2026-11-25',
      effectiveOn: '2026-11-26',
      amount: '10.00',
    });
    expect(expectProblem(res, 409, 'seizure-duplicate').detail).toContain('2026-11-25');
    expect(await assetRowCounts(app)).toEqual(before);
  });

  it('refuses a case outside the user’s courts as not found, for every route', async () => {
    const { c, assetId, s } = await frozenAccount('6210 2222 0000 0003');
    const before = await assetRowCounts(app);
    expectProblem(await taishan.get(`/api/v1/cases/${c.id}/assets`), 404, 'case-not-found');
    expectProblem(await taishan.post(`/api/v1/cases/${c.id}/assets`, depositBody('6210 9')), 404, 'case-not-found');
    const body = { assetId, measure: 'freeze', ruledOn: '2026-11-25', effectiveOn: '2026-11-26', amount: '10.00' };
    expectProblem(await taishan.post(`/api/v1/cases/${c.id}/seizures`, body), 404, 'case-not-found');
    expectProblem(await taishan.get(`/api/v1/seizures/${s.id}`), 404, 'seizure-not-found');
    expectProblem(await taishan.post(`/api/v1/seizures/${s.id}/renew`, { effectiveOn: '2026-11-26' }), 404, 'seizure-not-found');
    expectProblem(
      await taishan.post(`/api/v1/seizures/${s.id}/release`, { releasedOn: '2026-11-26', reason: 'debt-paid' }),
      404,
      'seizure-not-found',
    );
    expectProblem(
      await taishan.post(`/api/v1/seizures/${s.id}/deductions`, { amount: '1.00', deductedOn: '2026-11-26' }),
      404,
      'seizure-not-found',
    );
    expect(await assetRowCounts(app)).toEqual(before);
  });

  it('answers 404, not a server error, to ids that are not ids', async () => {
    expectProblem(await judge.get('/api/v1/cases/abc/assets'), 404, 'case-not-found');
    expectProblem(await judge.post('/api/v1/cases/abc/assets', depositBody('6210 1')), 404, 'case-not-found');
    expectProblem(await judge.get('/api/v1/seizures/abc'), 404, 'seizure-not-found');
    expectProblem(await judge.post('/api/v1/seizures/abc/renew', { effectiveOn: '2026-11-26' }), 404, 'seizure-not-found');
    expectProblem(
      await judge.post('/api/v1/seizures/abc/release', { releasedOn: '2026-11-26', reason: 'debt-paid' }),
      404,
      'seizure-not-found',
    );
    expectProblem(
      await judge.post('/api/v1/seizures/abc/deductions', { amount: '1.00', deductedOn: '2026-11-26' }),
      404,
      'seizure-not-found',
    );
  });

  it('refuses a freeze of money without an amount, an amount on a seal, a measure the asset cannot take, an asset not on the case', async () => {
    const c = await fileCase(judge);
    const acct = await recordAsset(judge, c.id, depositBody('6210 2222 0000 0004'));
    const flat = await recordAsset(judge, c.id, { kind: 'real-estate', identifier: '粤(2019)江门市不动产权第0044444号' });
    const elsewhere = await fileCase(judge);
    const car = await recordAsset(judge, elsewhere.id, { kind: 'vehicle', identifier: '粤J·54321' });
    const before = await assetRowCounts(app);
    const post = (body: Record<string, unknown>) =>
      judge.post(`/api/v1/cases/${c.id}/seizures`, { ruledOn: '2026-11-24', effectiveOn: '2026-11-25', ...body });
    expectProblem(await post({ assetId: acct.assetId, measure: 'freeze' }), 422, 'freeze-amount-required');
    expectProblem(await post({ assetId: flat.assetId, measure: 'seal', amount: '10.00' }), 422, 'amount-not-applicable');
    expectProblem(await post({ assetId: flat.assetId, measure: 'freeze' }), 422, 'measure-not-applicable');
    expectProblem(await post({ assetId: car.assetId, measure: 'seize' }), 409, 'asset-not-on-case');
    expectProblem(await post({ assetId: flat.assetId, measure: 'seal', ruledOn: '2026-11-26' }), 422, 'seizure-dates-invalid');
    expectProblem(
      await post({ assetId: flat.assetId, measure: 'seal', effectiveOn: '2026-11-27', ruledOn: '2026-11-26' }),
      422,
      'date-in-future',
    );
    expectProblem(await judge.post(`/api/v1/cases/${c.id}/assets`, { kind: 'deposit', identifier: ' - ' }), 422, 'identifier-required');
    expect(await assetRowCounts(app)).toEqual(before);
  });

  it('refuses a release without a lawful reason’s details, a second release, and bad deductions', async () => {
    const { s } = await frozenAccount('6210 2222 0000 0005', '300.00');
    const flat = await fileCase(judge);
    const f = await recordAsset(judge, flat.id, { kind: 'real-estate', identifier: '粤(2019)江门市不动产权第0066666号' });
    const sealed = await seize(judge, flat.id, { assetId: f.assetId, measure: 'seal', ruledOn: '2026-11-24', effectiveOn: '2026-11-25' });
    const before = await assetRowCounts(app);
    expectProblem(
      await judge.post(`/api/v1/seizures/${s.id}/release`, { releasedOn: '2026-11-26', reason: 'other' }),
      422,
      'release-note-required',
    );
    expectProblem(
      await judge.post(`/api/v1/seizures/${s.id}/release`, { releasedOn: '2026-11-20', reason: 'debt-paid' }),
      422,
      'seizure-dates-invalid',
    );
    expectProblem(
      await judge.post(`/api/v1/seizures/${s.id}/release`, { releasedOn: '2026-11-26', reason: 'because' }),
      422,
      'validation-failed',
    );
    expectProblem(
      await judge.post(`/api/v1/seizures/${s.id}/deductions`, { amount: '300.01', deductedOn: '2026-11-26' }),
      422,
      'deduction-exceeds-frozen',
    );
    expectProblem(
      await judge.post(`/api/v1/seizures/${sealed.id}/deductions`, { amount: '1.00', deductedOn: '2026-11-26' }),
      409,
      'deduction-not-allowed',
    );
    expect(await assetRowCounts(app)).toEqual(before);
    expect(
      (await judge.post(`/api/v1/seizures/${s.id}/release`, { releasedOn: '2026-11-26', reason: 'other', note: '案外人提出异议成立' }))
        .statusCode,
    ).toBe(200);
    const released = await assetRowCounts(app);
    expectProblem(
      await judge.post(`/api/v1/seizures/${s.id}/release`, { releasedOn: '2026-11-26', reason: 'debt-paid' }),
      409,
      'seizure-not-active',
    );
    expectProblem(
      await judge.post(`/api/v1/seizures/${s.id}/deductions`, { amount: '1.00', deductedOn: '2026-11-26' }),
      409,
      'deduction-not-allowed',
    );
    expect(await assetRowCounts(app)).toEqual(released);
  });

  it('answers a retried deduction once under its Idempotency-Key', async () => {
    const { s } = await frozenAccount('6210 2222 0000 0006', '900.00');
    const send = () =>
      app.server.inject({
        method: 'POST',
        url: `/api/v1/seizures/${s.id}/deductions`,
        headers: { ...judgeAuth, 'idempotency-key': 'deduct-6210-0006' },
        payload: { amount: '400.00', deductedOn: '2026-11-26' },
      });
    const first = await send();
    const again = await send();
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await judge.get(`/api/v1/seizures/${s.id}`)).json().frozenRemaining).toBe('500.00');
  });
});
