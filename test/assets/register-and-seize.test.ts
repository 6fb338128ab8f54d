import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock, type MovableClock } from '../api/fixtures.ts';
import { deadlines, depositBody, fileCase, recordAsset, seize, signIn, timeline, type Client } from './asset-fixtures.ts';

// The asset register and seizures through the API. The clock stands on 2026-11-26 (Shanghai).

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

describe('the asset register', () => {
  it('meets two cases in two courts on one asset, however the account number was typed', async () => {
    const a = await fileCase(judge);
    const b = await fileCase(taishan, { courtCode: '粤0781' });
    const first = await recordAsset(judge, a.id, depositBody('6222 0210-0100 8888 001', { estimatedValue: '86000.00' }));
    expect(first).toMatchObject({ created: true, linked: true });
    const second = await recordAsset(taishan, b.id, depositBody('６２２２０２１００１００８８８８００１'));
    expect(second).toEqual({ assetId: first.assetId, created: false, linked: true });
    const again = await recordAsset(judge, a.id, depositBody('6222021001008888001'));
    expect(again).toEqual({ assetId: first.assetId, created: false, linked: false });

    const list = (await judge.get(`/api/v1/cases/${a.id}/assets`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: first.assetId,
      kind: 'deposit',
      kindName: '银行存款',
      identifier: '6222 0210-0100 8888 001',
      identifierName: '银行账号',
      institution: '中国工商银行江门分行',
      institutionName: '中国工商银行江门分行', // an officer's entry is the name itself
      estimatedValue: '86000.00',
      source: 'officer',
      otherCases: 1,
      seizures: [],
    });
    const events = (await timeline(judge, a.id)).filter((e) => e.action === 'asset.recorded');
    expect(events).toHaveLength(1); // the second recording by the same case wrote nothing
    expect(events[0]!.changes).toMatchObject({ kindName: '银行存款', sourceName: '承办人登记', newToRegister: true });
  });

  it('records encumbrances and the necessary-home flag of a flat', async () => {
    const a = await fileCase(judge);
    const flat = await recordAsset(judge, a.id, {
      kind: 'real-estate',
      identifier: '粤(2024)江门市不动产权第0012345号',
      institution: '江门市不动产登记中心',
      estimatedValue: '1500000.00',
      encumbrances: [{ holder: '中国建设银行江门分行', amount: '600000.00' }],
      exempt: ['necessary-home'],
    });
    const item = (await judge.get(`/api/v1/cases/${a.id}/assets`)).json().items.find((i: { id: string }) => i.id === flat.assetId);
    expect(item.encumbrances).toEqual([{ holder: '中国建设银行江门分行', amount: '600000.00' }]);
    expect(item.exempt[0]).toMatchObject({ flag: 'necessary-home' });
  });
});

describe('seizures and their terms', () => {
  it('freezes a deposit for one year with its amount, and opens the renewal deadline with reminders 30 and 7 days ahead', async () => {
    const a = await fileCase(judge);
    const acct = await recordAsset(judge, a.id, depositBody('6217 0000 1111 2222'));
    const s = await seize(judge, a.id, {
      assetId: acct.assetId,
      measure: 'freeze',
      ruledOn: '2026-11-24',
      effectiveOn: '2026-11-25',
      amount: '120000.00',
    });
    expect(s).toMatchObject({ status: 'effective', rank: 1, expiresOn: '2027-11-25' });
    const got = (await judge.get(`/api/v1/seizures/${s.id}`)).json();
    expect(got).toMatchObject({
      measure: 'freeze',
      measureName: '冻结',
      status: 'effective',
      statusName: '生效中',
      rank: 1,
      ruledOn: '2026-11-24',
      noticeOn: '2026-11-25',
      effectiveFrom: '2026-11-25',
      expiresOn: '2027-11-25',
      expiresInDays: 364,
      amount: '120000.00',
      frozenRemaining: '120000.00',
      caseNumber: a.caseNumber,
      ownCase: true,
    });
    const renewal = (await deadlines(judge, a.id)).find((d) => d.node === 'seizure-renewal')!;
    expect(renewal).toMatchObject({ startOn: '2026-11-25', dueOn: '2027-11-25', state: 'open', subject: `${s.id}#0` });
    expect(renewal.basis).toEqual(expect.arrayContaining([expect.objectContaining({ article: '第485条' })]));
  });

  it('seals real estate for three years, seizes a vehicle for two, and records 活封', async () => {
    const a = await fileCase(judge);
    const flat = await recordAsset(judge, a.id, {
      kind: 'real-estate',
      identifier: '粤(2023)江门市不动产权第0099999号',
      estimatedValue: '900000.00',
    });
    const car = await recordAsset(judge, a.id, { kind: 'vehicle', identifier: '粤J·12345', estimatedValue: '80000.00' });
    const sealed = await seize(judge, a.id, {
      assetId: flat.assetId,
      measure: 'seal',
      ruledOn: '2026-11-20',
      effectiveOn: '2026-11-21',
      live: true,
    });
    expect(sealed).toMatchObject({ status: 'effective', expiresOn: '2029-11-21' });
    const seized = await seize(judge, a.id, { assetId: car.assetId, measure: 'seize', ruledOn: '2026-11-20', effectiveOn: '2026-11-20' });
    expect(seized.expiresOn).toBe('2028-11-20');
    expect((await judge.get(`/api/v1/seizures/${sealed.id}`)).json().live).toBe(true);
  });

  it('takes a shorter term the ruling states, and refuses one longer than the law allows', async () => {
    const a = await fileCase(judge);
    const acct = await recordAsset(judge, a.id, depositBody('6217 0000 3333 4444'));
    const body = { assetId: acct.assetId, measure: 'freeze', ruledOn: '2026-11-24', effectiveOn: '2026-11-25', amount: '1000.00' };
    const tooLong = await judge.post(`/api/v1/cases/${a.id}/seizures`, { ...body, expiresOn: '2027-11-26' });
    expect(tooLong.json()).toMatchObject({ code: 'seizure-term-too-long' });
    const s = await seize(judge, a.id, { ...body, expiresOn: '2027-05-25' });
    expect(s.expiresOn).toBe('2027-05-25');
  });

  it('ranks a second court’s seizure of the same flat as waiting, with no term yet', async () => {
    const a = await fileCase(judge);
    const b = await fileCase(taishan, { courtCode: '粤0781' });
    const id = '粤(2022)江门市不动产权第0055555号';
    const flat = await recordAsset(judge, a.id, { kind: 'real-estate', identifier: id });
    await recordAsset(taishan, b.id, { kind: 'real-estate', identifier: id });
    await seize(judge, a.id, { assetId: flat.assetId, measure: 'seal', ruledOn: '2026-11-20', effectiveOn: '2026-11-21' });
    const waiting = await seize(taishan, b.id, {
      assetId: flat.assetId,
      measure: 'seal',
      ruledOn: '2026-11-23',
      effectiveOn: '2026-11-24',
    });
    expect(waiting).toEqual({ id: waiting.id, status: 'waiting', rank: 2, expiresOn: null });
    const seen = (await taishan.get(`/api/v1/seizures/${waiting.id}`)).json();
    expect(seen).toMatchObject({ status: 'waiting', statusName: '轮候', noticeOn: '2026-11-24', effectiveFrom: null, expiresOn: null });
    // Each case's asset page shows the whole line, the other court's seizure included.
    const line = (await taishan.get(`/api/v1/cases/${b.id}/assets`)).json().items[0].seizures;
    expect(line.map((s: Record<string, unknown>) => [s.rank, s.status, s.ownCase, s.court])).toEqual([
      [1, 'effective', false, expect.stringContaining('蓬江')],
      [2, 'waiting', true, expect.stringContaining('台山')],
    ]);
    expect((await deadlines(taishan, b.id)).some((d) => d.node === 'seizure-renewal')).toBe(false);
  });
});

describe('deductions', () => {
  it('turns frozen money into a receipt on the case and lowers the frozen amount', async () => {
    const a = await fileCase(judge);
    const acct = await recordAsset(judge, a.id, depositBody('6217 0000 5555 6666'));
    const s = await seize(judge, a.id, {
      assetId: acct.assetId,
      measure: 'freeze',
      ruledOn: '2026-11-24',
      effectiveOn: '2026-11-24',
      amount: '80000.00',
    });
    const res = await judge.post(`/api/v1/seizures/${s.id}/deductions`, {
      amount: '50000.00',
      deductedOn: '2026-11-25',
      confirmation: 'ICBC-0001',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ seizureId: s.id, amount: '50000.00', frozenRemaining: '30000.00', receivedOn: '2026-11-25' });
    const receipt = await app.db.selectFrom('case_receipts').selectAll().where('id', '=', res.json().receiptId).executeTakeFirstOrThrow();
    expect(receipt).toMatchObject({
      case_id: a.id,
      amount: 5_000_000n,
      received_on: '2026-11-25',
      source: 'deduction',
      seizure_id: s.id,
      confirmation: 'ICBC-0001',
    });
    expect((await judge.get(`/api/v1/seizures/${s.id}`)).json()).toMatchObject({ deducted: '50000.00', frozenRemaining: '30000.00' });
    const list = (await judge.get(`/api/v1/cases/${a.id}/assets`)).json();
    expect(list.received).toBe('50000.00');
    expect(list.overSeizure).toMatchObject({ outstanding: '70000.00', seizedValue: '30000.00', flagged: false });
    const event = (await timeline(judge, a.id)).find((e) => e.action === 'case.deduction-received')!;
    expect(event.changes).toMatchObject({ amount: '50000.00', frozenRemaining: '30000.00', source: 'deduction' });
  });
});

describe('over-seizure', () => {
  it('flags seized value beyond the outstanding claim and costs and names the releases that cure it while both stay covered', async () => {
    const a = await fileCase(judge); // claim 120000.00
    const flat = await recordAsset(judge, a.id, {
      kind: 'real-estate',
      identifier: '粤(2021)江门市不动产权第0077777号',
      estimatedValue: '1500000.00',
    });
    const car = await recordAsset(judge, a.id, { kind: 'vehicle', identifier: '粤J·88888', estimatedValue: '60000.00' });
    const acct = await recordAsset(judge, a.id, depositBody('6217 0000 7777 8888'));
    await seize(judge, a.id, {
      assetId: acct.assetId,
      measure: 'freeze',
      ruledOn: '2026-11-24',
      effectiveOn: '2026-11-24',
      amount: '70000.00',
    });
    await seize(judge, a.id, { assetId: car.assetId, measure: 'seize', ruledOn: '2026-11-24', effectiveOn: '2026-11-24' });
    let check = (await judge.get(`/api/v1/cases/${a.id}/assets`)).json().overSeizure;
    // No costs recorded: the 申请执行费 on the claim counts (诉讼费用交纳办法 第十四条): 120000 × 1.5% − 100 = 1700.
    expect(check).toMatchObject({ seizedValue: '130000.00', outstanding: '120000.00', costs: '1700.00', excess: '8300.00', flagged: true });
    expect(check.costsBasis).toContain('诉讼费用交纳办法 第十四条');
    // Neither the car nor the account can go whole without leaving the claim short: part of the freeze is released.
    expect(check.cures.map((c: Record<string, string>) => [c.identifier, c.release, c.amount])).toEqual([
      ['6217 0000 7777 8888', 'part', '8300.00'],
    ]);
    const sealed = await seize(judge, a.id, { assetId: flat.assetId, measure: 'seal', ruledOn: '2026-11-25', effectiveOn: '2026-11-25' });
    check = (await judge.get(`/api/v1/cases/${a.id}/assets`)).json().overSeizure;
    expect(check).toMatchObject({ seizedValue: '1630000.00', excess: '1508300.00', flagged: true });
    expect(check.cures.map((c: Record<string, string>) => [c.seizureId, c.release, c.amount])).toEqual([
      [sealed.id, 'whole', '1500000.00'],
      [expect.any(String), 'part', '8300.00'],
    ]);
    expect(check.excessAfterCures).toBe('0.00');
  });
});
