import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planAuction, type AuctionPlanInput, type AuctionPlanOptions } from './auction-plan.ts';
import { fen } from '../shared/money.ts';

function plan(input: Partial<AuctionPlanInput>, options?: AuctionPlanOptions) {
  const r = planAuction({ referencePrice: fen(100_000_000), assetKind: 'immovable', ...input }, options);
  if (!r.ok) throw new Error(`${r.code}: ${r.detail}`);
  return r.value;
}

function code(input: Partial<AuctionPlanInput>, options?: AuctionPlanOptions) {
  const r = planAuction({ referencePrice: fen(100_000_000), assetKind: 'immovable', ...input }, options);
  return r.ok ? 'ok' : r.code;
}

describe('first auction (网络司法拍卖规定 第10、12、17条)', () => {
  it('plans a ¥1,000,000 house: start ¥700,000, deposit ¥35,000–¥140,000, 30 days notice', () => {
    expect(plan({}).first).toEqual({
      minStartingPrice: 70_000_000n,
      startingPrice: 70_000_000n,
      depositMin: 3_500_000n,
      depositMax: 14_000_000n,
      announceDays: 30,
    });
  });

  it('gives movables 15 days of notice for the first auction and 7 for the second (第12、26条)', () => {
    const p = plan({ assetKind: 'movable' });
    expect([p.first.announceDays, p.second.announceDays]).toEqual([15, 7]);
  });

  it('gives immovables 30 days for the first auction and 15 for the second', () => {
    const p = plan({ assetKind: 'immovable' });
    expect([p.first.announceDays, p.second.announceDays]).toEqual([30, 15]);
  });

  it('rounds the 70% minimum up: a ¥1.01 reference gives 70.7 fen → 71 fen', () => {
    expect(plan({ referencePrice: fen(101) }).first.minStartingPrice).toBe(71n);
  });

  it('rounds the 5% deposit floor up and the 20% ceiling down: start 71 fen → 4 and 14 fen', () => {
    const p = plan({ referencePrice: fen(101) }).first;
    expect([p.depositMin, p.depositMax]).toEqual([4n, 14n]);
  });

  it('accepts a starting price of exactly 70% and one fen above it', () => {
    expect(code({ firstStartingPrice: fen(70_000_000) })).toBe('ok');
    expect(code({ firstStartingPrice: fen(70_000_001) })).toBe('ok');
  });

  it('refuses a starting price one fen below 70% (第10条)', () => {
    expect(code({ firstStartingPrice: fen(69_999_999) })).toBe('starting-price-below-minimum');
  });

  it('bases the deposit on the chosen starting price, not the minimum', () => {
    const p = plan({ firstStartingPrice: fen(90_000_000) }).first;
    expect([p.startingPrice, p.depositMin, p.depositMax]).toEqual([90_000_000n, 4_500_000n, 18_000_000n]);
  });
});

describe('second auction (第26条) and sale (practice)', () => {
  it('cuts at most 20% of the first starting price and holds it within 30 days', () => {
    const p = plan({ firstStartingPrice: fen(90_000_000) }).second;
    expect(p).toMatchObject({ minStartingPrice: 72_000_000n, startingPrice: 72_000_000n, withinDays: 30 });
  });

  it('rounds the 80% floor up: first start 71 fen → second at least 56.8 → 57 fen', () => {
    expect(plan({ referencePrice: fen(101) }).second.minStartingPrice).toBe(57n);
  });

  it('refuses a second starting price one fen below 80% of the first, accepts it at 80%', () => {
    expect(code({ secondStartingPrice: fen(55_999_999) })).toBe('starting-price-below-minimum');
    expect(code({ secondStartingPrice: fen(56_000_000) })).toBe('ok');
  });

  it('refuses a second starting price above the first', () => {
    expect(code({ secondStartingPrice: fen(70_000_001) })).toBe('invalid-amount');
  });

  it('sells at the second starting price for 60 days by default', () => {
    expect(plan({}).sale).toEqual({ price: 56_000_000n, periodDays: 60 });
    expect(plan({ secondStartingPrice: fen(60_000_000) }).sale.price).toBe(60_000_000n);
  });

  it('takes a court-configured sale period', () => {
    expect(plan({}, { salePeriodDays: 30 }).sale.periodDays).toBe(30);
    expect(code({}, { salePeriodDays: 0 })).toBe('period-length-invalid');
    expect(code({}, { salePeriodDays: 1.5 })).toBe('period-length-invalid');
  });
});

describe('rejected input', () => {
  it('refuses a zero reference price and an unknown asset kind', () => {
    expect(code({ referencePrice: fen(0) })).toBe('invalid-amount');
    expect(code({ assetKind: 'ship' as unknown as AuctionPlanInput['assetKind'] })).toBe('unknown-asset-kind');
    expect(code({ assetKind: 'toString' as unknown as AuctionPlanInput['assetKind'] })).toBe('unknown-asset-kind');
  });

  it('refuses a reference price so small that no whole-fen deposit fits: 8 fen (second start 5 fen) passes, 6 fen (second start 4 fen) fails', () => {
    expect(code({ referencePrice: fen(8) })).toBe('ok');
    expect(code({ referencePrice: fen(6) })).toBe('invalid-amount');
  });
});

describe('properties', () => {
  it('keeps every figure inside its legal range for any reference price and starting price', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 8n, max: 10n ** 14n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), (ref, extra) => {
        const r = planAuction({ referencePrice: fen(ref), assetKind: 'movable' });
        if (!r.ok) throw new Error(r.detail);
        const min = r.value.first.minStartingPrice;
        const withStart = planAuction({ referencePrice: fen(ref), assetKind: 'movable', firstStartingPrice: fen(min + extra) });
        if (!withStart.ok) throw new Error(withStart.detail);
        const { first, second } = withStart.value;
        expect(first.startingPrice * 100n >= ref * 70n).toBe(true);
        expect((first.startingPrice - 1n) * 100n < ref * 70n || extra > 0n).toBe(true);
        expect(first.depositMin * 100n >= first.startingPrice * 5n).toBe(true);
        expect(first.depositMax * 100n <= first.startingPrice * 20n).toBe(true);
        expect(first.depositMin <= first.depositMax).toBe(true);
        expect(second.minStartingPrice * 100n >= first.startingPrice * 80n).toBe(true);
        expect((second.minStartingPrice - 1n) * 100n < first.startingPrice * 80n).toBe(true);
      }),
    );
  });
});
