import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock, type MovableClock } from '../api/fixtures.ts';
import { deadlines, depositBody, recordAsset, seize, signIn, timeline, type Client } from '../assets/asset-fixtures.ts';
import { disposalRowCounts, ok, sealedFlat } from './disposal-fixtures.ts';

// The reference price (参考价, S9) through the API. The clock stands on 2026-11-26 (Shanghai).

let app: TestApp;
let clock: MovableClock;
let judge: Client;
let taishan: Client;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  judge = await signIn(app, 'judge');
  taishan = await signIn(app, 'taishan');
});
afterAll(() => app?.close());

const node = (items: Record<string, unknown>[], id: string) => items.filter((d) => d.node === id);

describe('启动确定参考价 (S9 第1条)', () => {
  it('opens 30 days from a seal taking effect, not for a frozen deposit, and is met when the process starts', async () => {
    const { caseId, assetId } = await sealedFlat(judge);
    const acct = await recordAsset(judge, caseId, depositBody('6217 5555 0000 1111'));
    await seize(judge, caseId, {
      assetId: acct.assetId,
      measure: 'freeze',
      ruledOn: '2026-11-24',
      effectiveOn: '2026-11-25',
      amount: '5000.00',
    });
    const open = node(await deadlines(judge, caseId), 'reference-price');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ dueOn: '2026-12-25', state: 'open' });

    await ok(await judge.post(`/api/v1/cases/${caseId}/reference-prices`, { assetId, startedOn: '2026-11-26' }), 201);
    expect(node(await deadlines(judge, caseId), 'reference-price')[0]).toMatchObject({ state: 'met' });
    expect((await timeline(judge, caseId)).some((e) => e.action === 'reference-price.started')).toBe(true);
  });

  it('is waived when the seal is released before a process starts', async () => {
    const { caseId, seizureId } = await sealedFlat(judge);
    await ok(await judge.post(`/api/v1/seizures/${seizureId}/release`, { releasedOn: '2026-11-26', reason: 'debt-paid' }));
    expect(node(await deadlines(judge, caseId), 'reference-price')[0]).toMatchObject({ state: 'waived' });
  });
});

describe('the methods in their legal order (S9 第2条、第4–7条、第10–13条)', () => {
  it('refuses a directed inquiry before negotiation, then averages the online results leaving out a late one and an upheld challenge', async () => {
    const { caseId, assetId } = await sealedFlat(judge);
    const rp = await ok(await judge.post(`/api/v1/cases/${caseId}/reference-prices`, { assetId, startedOn: '2026-11-20' }), 201);
    const before = await disposalRowCounts(app);
    const early = await judge.post(`/api/v1/reference-prices/${rp.id}/directed-inquiry`, {
      on: '2026-11-21',
      body: '江门市税务局',
      price: '900000.00',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('reference-method-out-of-order');
    expect(await disposalRowCounts(app)).toEqual(before);

    const talks = await ok(
      await judge.post(`/api/v1/reference-prices/${rp.id}/negotiation`, {
        on: '2026-11-21',
        applicantFigure: '1200000.00',
        debtorFigure: '1500000.00',
      }),
    );
    expect(talks).toMatchObject({ status: 'running', steps: [{ method: 'negotiation', priced: false }] });
    await ok(await judge.post(`/api/v1/reference-prices/${rp.id}/directed-inquiry`, { on: '2026-11-22', body: '江门市税务局' }));
    const online = await ok(
      await judge.post(`/api/v1/reference-prices/${rp.id}/online-inquiry`, {
        requestedOn: '2026-11-22',
        results: [
          { platform: '淘宝询价', price: '1000000.00', answeredOn: '2026-11-24' },
          { platform: '京东询价', price: '1100000.01', answeredOn: '2026-11-25' },
          { platform: '工行融e购', price: '2000000.00', answeredOn: '2026-11-24', challengeUpheld: true },
          { platform: '中拍平台', price: '500000.00', answeredOn: '2026-11-26' }, // the fourth day: late
        ],
      }),
    );
    expect(online).toMatchObject({
      status: 'fixed',
      method: 'online-inquiry',
      price: '1050000.01',
      fixedOn: '2026-11-22',
      validUntil: '2027-11-22',
    });
    expect(online.steps[2].results.map((r: { counted: boolean }) => r.counted)).toEqual([true, true, false, false]);
    const start = node(await deadlines(judge, caseId), 'disposal-start');
    expect(start[0]).toMatchObject({ dueOn: '2026-12-02', state: 'open' });

    const again = await judge.post(`/api/v1/reference-prices/${rp.id}/appraisal`, {
      commissionedOn: '2026-11-23',
      appraiser: '某评估公司',
    });
    expect(again.json().code).toBe('reference-price-fixed');
    const second = await judge.post(`/api/v1/cases/${caseId}/reference-prices`, { assetId, startedOn: '2026-11-26' });
    expect(second.json().code).toBe('reference-price-exists');
  });

  it('fixes the price when both parties name the same figure', async () => {
    const { caseId, assetId } = await sealedFlat(judge);
    const rp = await ok(await judge.post(`/api/v1/cases/${caseId}/reference-prices`, { assetId, startedOn: '2026-11-26' }), 201);
    const fixed = await ok(
      await judge.post(`/api/v1/reference-prices/${rp.id}/negotiation`, {
        on: '2026-11-26',
        applicantFigure: '980000.00',
        debtorFigure: '980000.00',
      }),
    );
    expect(fixed).toMatchObject({
      status: 'fixed',
      method: 'negotiation',
      methodName: '当事人议价',
      price: '980000.00',
      validUntil: '2027-11-26',
    });
  });
});

describe('the appraisal and its extensions (S9 第19条)', () => {
  it('goes straight to an appraisal the law requires, extends it twice and refuses a third extension', async () => {
    clock.set('2026-11-26T02:00:00.000Z');
    const { caseId, assetId } = await sealedFlat(judge);
    const rp = await ok(
      await judge.post(`/api/v1/cases/${caseId}/reference-prices`, { assetId, startedOn: '2026-11-26', appraisalRequired: true }),
      201,
    );
    const commissioned = await ok(
      await judge.post(`/api/v1/reference-prices/${rp.id}/appraisal`, { commissionedOn: '2026-11-26', appraiser: '广东中联评估有限公司' }),
    );
    expect(commissioned.appraisalDueOn).toBe('2026-12-26');
    expect(node(await deadlines(judge, caseId), 'appraisal-report')[0]).toMatchObject({ dueOn: '2026-12-26', state: 'open' });

    clock.set('2026-12-22T02:00:00.000Z');
    judge = await signIn(app, 'judge'); // sessions last 12 hours of the clock
    const late = await judge.post(`/api/v1/reference-prices/${rp.id}/appraisal/extensions`, { askedOn: '2026-12-22', days: 15 });
    expect(late.json().code).toBe('appraisal-extension-refused'); // fewer than 5 days before the due day
    const one = await ok(await judge.post(`/api/v1/reference-prices/${rp.id}/appraisal/extensions`, { askedOn: '2026-12-21', days: 15 }));
    expect(one.appraisalDueOn).toBe('2027-01-10');
    clock.set('2027-01-05T02:00:00.000Z');
    judge = await signIn(app, 'judge'); // sessions last 12 hours of the clock
    const two = await ok(await judge.post(`/api/v1/reference-prices/${rp.id}/appraisal/extensions`, { askedOn: '2027-01-05', days: 10 }));
    expect(two.appraisalDueOn).toBe('2027-01-20');
    const before = await disposalRowCounts(app);
    const third = await judge.post(`/api/v1/reference-prices/${rp.id}/appraisal/extensions`, { askedOn: '2027-01-05', days: 5 });
    expect(third.statusCode).toBe(409);
    expect(third.json().code).toBe('appraisal-extension-refused');
    expect(await disposalRowCounts(app)).toEqual(before);

    const rows = node(await deadlines(judge, caseId), 'appraisal-report');
    expect(rows.map((d) => d.state)).toEqual(['waived', 'waived', 'open']);
    clock.set('2027-01-18T02:00:00.000Z');
    judge = await signIn(app, 'judge'); // sessions last 12 hours of the clock
    const report = await ok(
      await judge.post(`/api/v1/reference-prices/${rp.id}/appraisal/report`, { reportOn: '2027-01-18', price: '1250000.00' }),
    );
    expect(report).toMatchObject({
      status: 'fixed',
      method: 'appraisal',
      price: '1250000.00',
      fixedOn: '2027-01-18',
      validUntil: '2028-01-18',
    });
    expect(node(await deadlines(judge, caseId), 'appraisal-report').map((d) => d.state)).toEqual(['waived', 'waived', 'met']);
    clock.set('2026-11-26T02:00:00.000Z');
    judge = await signIn(app, 'judge');
  });
});

describe('refusals', () => {
  it('refuses the necessary home, a case outside the courts and an unseized asset, writing nothing', async () => {
    const home = await sealedFlat(judge, { exempt: ['necessary-home'] });
    expect(node(await deadlines(judge, home.caseId), 'reference-price')).toHaveLength(0);
    const before = await disposalRowCounts(app);
    const exempt = await judge.post(`/api/v1/cases/${home.caseId}/reference-prices`, { assetId: home.assetId, startedOn: '2026-11-26' });
    expect(exempt.statusCode).toBe(409);
    expect(exempt.json().code).toBe('asset-exempt-from-sale');
    const other = await taishan.post(`/api/v1/cases/${home.caseId}/reference-prices`, { assetId: home.assetId, startedOn: '2026-11-26' });
    expect(other.statusCode).toBe(404);
    expect((await taishan.get(`/api/v1/cases/${home.caseId}/disposal`)).statusCode).toBe(404);
    expect(await disposalRowCounts(app)).toEqual(before);
    const flat = await sealedFlat(judge);
    await ok(await judge.post(`/api/v1/seizures/${flat.seizureId}/release`, { releasedOn: '2026-11-26', reason: 'debt-paid' }));
    const released = await disposalRowCounts(app);
    const unseized = await judge.post(`/api/v1/cases/${flat.caseId}/reference-prices`, { assetId: flat.assetId, startedOn: '2026-11-26' });
    expect(unseized.json().code).toBe('asset-not-seized');
    expect(await disposalRowCounts(app)).toEqual(released);
  });
});
