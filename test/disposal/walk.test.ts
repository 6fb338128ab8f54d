import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock, type MovableClock } from '../api/fixtures.ts';
import { aCompany, buildCase } from '../support/builders/cases.builder.ts';
import { seize, signIn, type Client } from '../assets/asset-fixtures.ts';
import { deliver, network } from '../searches/search-fixtures.ts';
import { agreedPrice, announce, firstRound, ok } from './disposal-fixtures.ts';

// Issue 10's walk through the API: a case goes from its 执行通知书 and an online search to found
// assets, a freeze and the deduction of a deposit, and the auction of a flat through a failed first
// round to a sale in the second; the deducted money and the price end in the case account.

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

type Asset = { id: string; kind: string; identifier: string; estimatedValue: string | null };

describe('from the first notice to a sold flat', () => {
  it('notice, search, freeze, deduction, a failed first round and a sale in the second', async () => {
    const c = await buildCase(app, { debtor: aCompany('江门市恒泰建材有限公司') });
    // 执行通知书 and 报告财产令, served on the debtor.
    const notices = await ok(await judge.post(`/api/v1/cases/${c.id}/first-notices`, {}), 201);
    const documents = (notices.documents ?? notices.items) as { id: string }[];
    expect(documents.length).toBeGreaterThanOrEqual(2);
    for (const d of documents)
      await ok(
        await judge.post(`/api/v1/documents/${d.id}/services`, {
          method: 'direct',
          servedOn: '2026-11-26',
          recipient: '陈大明',
          recipientRole: '被执行人',
        }),
        201,
      );
    // The online search, answered by the sandbox network; its findings join the asset register.
    await ok(await judge.post(`/api/v1/cases/${c.id}/asset-searches`, {}), 202);
    await deliver(app, network().registry);
    const assets = (await ok(await judge.get(`/api/v1/cases/${c.id}/assets`))).items as Asset[];
    const deposit = assets.find((a) => a.kind === 'deposit');
    const flat = assets.find((a) => a.kind === 'real-estate');
    expect(deposit, JSON.stringify(assets)).toBeDefined();
    expect(flat, JSON.stringify(assets)).toBeDefined();

    // A freeze of the deposit for an amount, and its deduction into the case.
    const freeze = await seize(judge, c.id, {
      assetId: deposit!.id,
      measure: 'freeze',
      ruledOn: '2026-11-26',
      effectiveOn: '2026-11-26',
      amount: '5000.00',
    });
    expect(freeze).toMatchObject({ status: 'effective', rank: 1 });
    await ok(await judge.post(`/api/v1/seizures/${freeze.id}/deductions`, { amount: '5000.00', deductedOn: '2026-11-26' }), 201);

    // The flat sealed, priced by agreement, a first round at 100% that fails.
    const seal = await seize(judge, c.id, { assetId: flat!.id, measure: 'seal', ruledOn: '2026-11-26', effectiveOn: '2026-11-26' });
    expect(seal.status).toBe('effective');
    await agreedPrice(judge, c.id, flat!.id);
    const r1 = await ok(await announce(judge, c.id, firstRound(flat!.id)), 201);
    await at('2026-12-28T03:00:00.000Z');
    expect(await ok(await judge.post(`/api/v1/auction-rounds/${r1.id}/platform-result`))).toMatchObject({ status: 'unsold' });

    // The second round at 80% sells; the buyer pays.
    const r2 = await ok(
      await announce(judge, c.id, {
        ...firstRound(flat!.id),
        startingPrice: '800000.00',
        deposit: '80000.00',
        announcedOn: '2026-12-28',
        biddingStartsAt: '2027-01-13T02:00:00Z',
        biddingEndsAt: '2027-01-14T02:00:00Z',
      }),
      201,
    );
    await at('2027-01-14T03:00:00.000Z');
    const sold = await ok(await judge.post(`/api/v1/auction-rounds/${r2.id}/platform-result`));
    expect(sold.status).toBe('sold');
    await ok(await judge.post(`/api/v1/auction-rounds/${r2.id}/payment`, { paidOn: '2027-01-14' }));

    // The deducted deposit and the price are in the case account, each posted once.
    const fen = Math.round(Number(sold.price) * 100) + 500_000;
    const account = await ok(await judge.get(`/api/v1/cases/${c.id}/account`));
    expect(account).toMatchObject({ received: (fen / 100).toFixed(2), balance: (fen / 100).toFixed(2) });
    const view = await ok(await judge.get(`/api/v1/cases/${c.id}/disposal`));
    expect(view.items.find((i: { assetId?: string }) => i.assetId === flat!.id) ?? view.items[0]).toMatchObject({ stage: 'disposed' });
  });
});
