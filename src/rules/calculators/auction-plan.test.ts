import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import { calculator } from './auction-plan.ts';
import type { CalculatorContext } from './calculator.types.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

describe('auction-plan calculator', () => {
  it('plans a ¥1,000,000.00 house in yuan strings with its basis', () => {
    const r = run({ referencePrice: '1000000.00', assetKind: 'immovable' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        first: {
          minStartingPrice: '700000.00',
          startingPrice: '700000.00',
          depositMin: '35000.00',
          depositMax: '140000.00',
          announceDays: 30,
        },
        second: { minStartingPrice: '560000.00', announceDays: 15, withinDays: 30 },
        sale: { price: '560000.00', periodDays: 60 },
      },
    });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ article: '第26条' }));
  });

  it('uses the given first starting price and sale period', () => {
    const r = run({ referencePrice: '100.00', assetKind: 'movable', firstStartingPrice: '80.00', salePeriodDays: 45 });
    expect(r).toMatchObject({
      ok: true,
      value: {
        first: { startingPrice: '80.00', depositMin: '4.00', depositMax: '16.00', announceDays: 15 },
        second: { minStartingPrice: '64.00' },
        sale: { periodDays: 45 },
      },
    });
  });

  it.each([
    ['a non-object body', [], 'validation-failed'],
    ['a missing reference price', { assetKind: 'movable' }, 'validation-failed'],
    ['an unknown asset kind', { referencePrice: '1.00', assetKind: 'ship' }, 'validation-failed'],
    ['a malformed starting price', { referencePrice: '100.00', assetKind: 'movable', firstStartingPrice: 'seventy' }, 'validation-failed'],
    [
      'a starting price one fen below 70%',
      { referencePrice: '100.00', assetKind: 'movable', firstStartingPrice: '69.99' },
      'starting-price-below-minimum',
    ],
    ['a text sale period', { referencePrice: '100.00', assetKind: 'movable', salePeriodDays: '60' }, 'validation-failed'],
  ])('rejects %s with a 422 code', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});
