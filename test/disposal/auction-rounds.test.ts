import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock, type MovableClock } from '../api/fixtures.ts';
import { deadlines, signIn, timeline, type Client } from '../assets/asset-fixtures.ts';
import { agreedPrice, announce, disposalRowCounts, firstRound, ok, receipts, sealedFlat } from './disposal-fixtures.ts';

// Auction rounds (网络司法拍卖, S8), 变卖 and 以物抵债 through the API, with the sandbox platform
// whose bidders value a flat at 85% of its reference price. The clock starts on 2026-11-26.

let app: TestApp;
let clock: MovableClock;
let judge: Client;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  judge = await signIn(app, 'judge');
});
afterAll(() => app?.close());

async function at(iso: string) {
  clock.set(iso);
  judge = await signIn(app, 'judge'); // sessions last 12 hours of the clock
}

const secondRound = (assetId: string, extra: Record<string, unknown> = {}) => ({
  assetId,
  platform: 'sandbox',
  startingPrice: '800000.00',
  deposit: '80000.00',
  announcedOn: '2026-12-28',
  biddingStartsAt: '2027-01-13T02:00:00Z',
  biddingEndsAt: '2027-01-14T02:00:00Z',
  ...extra,
});

/** A flat priced at 1,000,000 whose first round failed on 2026-12-28. */
async function failedFirstRound() {
  await at('2026-11-26T02:00:00.000Z');
  const flat = await sealedFlat(judge);
  await agreedPrice(judge, flat.caseId, flat.assetId);
  const r1 = await ok(await announce(judge, flat.caseId, firstRound(flat.assetId)), 201);
  await at('2026-12-28T03:00:00.000Z');
  const failed = await ok(await judge.post(`/api/v1/auction-rounds/${r1.id}/platform-result`));
  expect(failed).toMatchObject({ status: 'unsold', statusName: '流拍', outcomeOn: '2026-12-28', bids: 0 });
  return { ...flat, r1 };
}

describe('the first round', () => {
  it('refuses a price below 70%, a deposit outside 5–20%, a short announcement and a short bidding, writing nothing', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const flat = await sealedFlat(judge);
    const none = await announce(judge, flat.caseId, firstRound(flat.assetId));
    expect(none.json().code).toBe('reference-price-missing');
    await agreedPrice(judge, flat.caseId, flat.assetId);
    const before = await disposalRowCounts(app);
    const cases: [Record<string, unknown>, string][] = [
      [{ startingPrice: '699999.99', deposit: '70000.00' }, 'first-round-price-too-low'],
      [{ deposit: '40000.00' }, 'deposit-out-of-range'],
      [{ deposit: '200000.01' }, 'deposit-out-of-range'],
      [{ biddingStartsAt: '2026-12-20T02:00:00Z', biddingEndsAt: '2026-12-21T02:00:00Z' }, 'announcement-too-short'],
      [{ biddingEndsAt: '2026-12-28T01:59:59Z' }, 'bidding-times-invalid'],
    ];
    for (const [extra, code] of cases) {
      const res = await announce(judge, flat.caseId, firstRound(flat.assetId, extra));
      expect(res.statusCode, JSON.stringify(extra)).toBe(
        code === 'deposit-out-of-range' || code.endsWith('-low') || code.startsWith('announcement') || code.startsWith('bidding')
          ? 422
          : 409,
      );
      expect(res.json().code).toBe(code);
    }
    expect(await disposalRowCounts(app)).toEqual(before);
    const r1 = await ok(
      await announce(judge, flat.caseId, firstRound(flat.assetId, { startingPrice: '700000.00', deposit: '35000.00' })),
      201,
    );
    expect(r1).toMatchObject({
      round: 1,
      status: 'announced',
      startingPrice: '700000.00',
      deposit: '35000.00',
      platformName: '司法拍卖沙箱平台',
    });
    expect((await deadlines(judge, flat.caseId)).find((d) => d.node === 'disposal-start')).toMatchObject({ state: 'met' });
    const early = await judge.post(`/api/v1/auction-rounds/${r1.id}/platform-result`);
    expect(early.json().code).toBe('bidding-not-ended');
    const twice = await announce(judge, flat.caseId, firstRound(flat.assetId));
    expect(twice.json().code).toBe('disposal-in-progress');
  });
});

describe('a failed first round, then a sale in the second', () => {
  it('fails at 100% and sells at 80% with the five-minute extension; the price paid becomes a case receipt', async () => {
    const { caseId, assetId } = await failedFirstRound();
    const before = await disposalRowCounts(app);
    const cut = await announce(judge, caseId, secondRound(assetId, { startingPrice: '799999.99', deposit: '80000.00' }));
    expect(cut.statusCode).toBe(422);
    expect(cut.json().code).toBe('second-round-cut-too-large');
    const short = await announce(
      judge,
      caseId,
      secondRound(assetId, { biddingStartsAt: '2027-01-10T02:00:00Z', biddingEndsAt: '2027-01-11T02:00:00Z' }),
    );
    expect(short.json().code).toBe('announcement-too-short'); // immovables: 15 days for a second round
    expect(await disposalRowCounts(app)).toEqual(before);

    const r2 = await ok(await announce(judge, caseId, secondRound(assetId)), 201);
    expect(r2).toMatchObject({ round: 2, startingPrice: '800000.00' });
    await at('2027-01-14T03:00:00.000Z');
    const sold = await ok(await judge.post(`/api/v1/auction-rounds/${r2.id}/platform-result`));
    expect(sold).toMatchObject({ status: 'sold', buyer: '竞买人甲', endedAt: '2027-01-14T02:03:00.000Z', outcomeOn: '2027-01-14' });
    expect(Number(sold.price)).toBeGreaterThanOrEqual(800000);
    expect(Number(sold.price)).toBeLessThanOrEqual(850000);
    const paid = await ok(await judge.post(`/api/v1/auction-rounds/${r2.id}/payment`, { paidOn: '2027-01-14' }));
    expect(paid.status).toBe('paid');
    expect(await receipts(app, caseId)).toEqual([
      { amount: String(Math.round(Number(sold.price) * 100)), source: 'auction', received_on: '2027-01-14' },
    ]);
    // The buyer's money is in the case account, posted once (src/funds).
    const account = await ok(await judge.get(`/api/v1/cases/${caseId}/account`));
    expect(account).toMatchObject({ balance: sold.price, received: sold.price });
    const actions = (await timeline(judge, caseId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['auction.announced', 'auction.unsold', 'auction.sold', 'case.proceeds-received']));
    const view = await ok(await judge.get(`/api/v1/cases/${caseId}/disposal`));
    expect(view.items[0]).toMatchObject({ stage: 'disposed', stageName: '已处置', rounds: [{ status: 'unsold' }, { status: 'paid' }] });
    const third = await announce(judge, caseId, secondRound(assetId, { announcedOn: '2027-01-14' }));
    expect(third.json().code).toBe('asset-already-disposed');
  });

  it('refuses a second round announced more than 30 days after the first failed', async () => {
    const { caseId, assetId } = await failedFirstRound();
    await at('2027-01-28T03:00:00.000Z');
    const late = await announce(
      judge,
      caseId,
      secondRound(assetId, { announcedOn: '2027-01-28', biddingStartsAt: '2027-02-13T02:00:00Z', biddingEndsAt: '2027-02-14T02:00:00Z' }),
    );
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('second-round-too-late');
  });

  it('records a buyer default (悔拍) and holds the round again', async () => {
    const { caseId, assetId } = await failedFirstRound();
    const r2 = await ok(await announce(judge, caseId, secondRound(assetId)), 201);
    await at('2027-01-14T03:00:00.000Z');
    await ok(await judge.post(`/api/v1/auction-rounds/${r2.id}/platform-result`));
    const defaulted = await ok(await judge.post(`/api/v1/auction-rounds/${r2.id}/default`, { on: '2027-01-14' }));
    expect(defaulted).toMatchObject({ status: 'defaulted', statusName: '悔拍' });
    const event = (await timeline(judge, caseId)).find((e) => e.action === 'auction.buyer-defaulted');
    expect(event?.changes).toMatchObject({ forfeitedDeposit: '80000.00' });
    expect(await receipts(app, caseId)).toEqual([]);
  });
});

describe('变卖 and 以物抵债', () => {
  it('sells at the second round’s starting price for 60 days after both rounds failed', async () => {
    const { caseId, assetId } = await failedFirstRound();
    const early = await judge.post(`/api/v1/cases/${caseId}/asset-sales`, { assetId, startedOn: '2026-12-28' });
    expect(early.json().code).toBe('sale-not-allowed');
    const r2 = await ok(await announce(judge, caseId, secondRound(assetId)), 201);
    await at('2027-01-14T03:00:00.000Z');
    const unsold = await ok(
      await judge.post(`/api/v1/auction-rounds/${r2.id}/bid-log`, {
        bids: [{ bidder: '某甲', amount: '700000.00', at: '2027-01-13T05:00:00Z' }],
      }),
    );
    expect(unsold).toMatchObject({ status: 'unsold', bids: 1 }); // below the starting price: not a bid
    const more = await announce(judge, caseId, secondRound(assetId, { announcedOn: '2027-01-14' }));
    expect(more.json().code).toBe('auction-rounds-exhausted');
    const sale = await ok(await judge.post(`/api/v1/cases/${caseId}/asset-sales`, { assetId, startedOn: '2027-01-14' }), 201);
    expect(sale).toMatchObject({ kind: 'sale', price: '800000.00', periodEndsOn: '2027-03-15', status: 'open' });
    await at('2027-02-01T03:00:00.000Z');
    const sold = await ok(
      await judge.post(`/api/v1/asset-sales/${sale.id}/result`, { outcome: 'sold', on: '2027-02-01', buyer: '江门市某某贸易有限公司' }),
    );
    expect(sold).toMatchObject({ status: 'sold', counterparty: '江门市某某贸易有限公司' });
    expect(await receipts(app, caseId)).toEqual([{ amount: '80000000', source: 'sale', received_on: '2027-02-01' }]);
    expect(await ok(await judge.get(`/api/v1/cases/${caseId}/account`))).toMatchObject({ balance: '800000.00', received: '800000.00' });
  });

  it('gives the flat to the applicant at the failed round’s reserve price with its consent', async () => {
    const { caseId, assetId } = await failedFirstRound();
    const off = await ok(
      await judge.post(`/api/v1/cases/${caseId}/set-offs`, {
        assetId,
        creditor: '江门市恒泰建材有限公司',
        consentOn: '2026-12-28',
        on: '2026-12-28',
      }),
      201,
    );
    expect(off).toMatchObject({ kind: 'set-off', kindName: '以物抵债', price: '1000000.00', status: 'done', consentOn: '2026-12-28' });
    expect(await receipts(app, caseId)).toEqual([{ amount: '100000000', source: 'set-off', received_on: '2026-12-28' }]);
    // 以物抵债 brings no money into the account.
    expect(await ok(await judge.get(`/api/v1/cases/${caseId}/account`))).toMatchObject({ balance: '0.00', received: '0.00' });
    const again = await judge.post(`/api/v1/cases/${caseId}/asset-sales`, { assetId, startedOn: '2026-12-28' });
    expect(again.json().code).toBe('asset-already-disposed');
  });

  it('never auctions the necessary home', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const home = await sealedFlat(judge, { exempt: ['necessary-home'] });
    const before = await disposalRowCounts(app);
    const res = await announce(judge, home.caseId, firstRound(home.assetId));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('asset-exempt-from-sale');
    const off = await judge.post(`/api/v1/cases/${home.caseId}/set-offs`, {
      assetId: home.assetId,
      creditor: '某',
      consentOn: '2026-11-26',
      on: '2026-11-26',
    });
    expect(off.json().code).toBe('asset-exempt-from-sale');
    expect(await disposalRowCounts(app)).toEqual(before);
    const view = await ok(await judge.get(`/api/v1/cases/${home.caseId}/disposal`));
    expect(view.items[0]).toMatchObject({ stage: 'not-disposable', next: null });
  });
});
