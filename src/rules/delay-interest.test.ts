import { describe, expect, it } from 'vitest';
import { calculateDelayInterest, delayDays, type DelayInterestInput, type DelayInterestOptions } from './delay-interest.ts';
import { fen } from '../shared/money.ts';
import { localDate as d } from '../shared/dates.ts';

const yuan100k = fen(10_000_000); // ¥100,000.00

function run(input: Partial<DelayInterestInput>, options?: DelayInterestOptions) {
  const result = calculateDelayInterest({ debt: yuan100k, deadline: d('2026-01-01'), payments: [], ...input }, options);
  if (!result.ok) throw new Error(`${result.code}: ${result.detail}`);
  return result.value;
}

function failure(input: Partial<DelayInterestInput>, options?: DelayInterestOptions) {
  const result = calculateDelayInterest({ debt: yuan100k, deadline: d('2026-01-01'), payments: [], ...input }, options);
  return result.ok ? 'ok' : result.code;
}

describe('doubled interest (法释〔2014〕8号 第1条)', () => {
  it('charges ¥100,000 late for 90 days exactly ¥1,575.00 (0.000175 × 90)', () => {
    const r = run({ until: d('2026-04-01') });
    expect(r.segments).toEqual([{ amount: yuan100k, from: '2026-01-01', to: '2026-04-01', days: 90, interest: 157_500n }]);
    expect(r.doubledInterest).toBe(157_500n);
    expect(r.outstanding).toBe(10_000_000n + 157_500n);
  });

  it('rounds 3.5 fen half-up to 4 fen: ¥200.00 late one day', () => {
    expect(run({ debt: fen(20_000), until: d('2026-01-02') }).doubledInterest).toBe(4n);
  });

  it('rounds 3.499825 fen down to 3 fen: ¥199.99 late one day', () => {
    expect(run({ debt: fen(19_999), until: d('2026-01-02') }).doubledInterest).toBe(3n);
  });

  it('owes nothing on one fen late one day (0.000175 fen rounds to zero)', () => {
    expect(run({ debt: fen(1), until: d('2026-01-02') }).doubledInterest).toBe(0n);
  });
});

describe('day count (第2条 start; 第85条 default, UNSURE)', () => {
  it('counts no day for payment the day before the deadline', () => {
    expect(run({ payments: [{ on: d('2025-12-31'), amount: yuan100k }] }).doubledInterest).toBe(0n);
  });

  it('counts no day for payment on the deadline itself', () => {
    const r = run({ payments: [{ on: d('2026-01-01'), amount: yuan100k }] });
    expect(r.segments[0]?.days).toBe(0);
    expect(r.outstanding).toBe(0n);
  });

  it('counts one day for payment the day after the deadline (exclusive default)', () => {
    const r = run({
      payments: [
        { on: d('2026-01-02'), amount: yuan100k },
        { on: d('2026-01-02'), amount: fen(1_750) },
      ],
    });
    expect(r.segments[0]?.days).toBe(1);
    expect(r.doubledInterest).toBe(1_750n);
    expect(r.outstanding).toBe(0n);
  });

  it('counts two days for payment the day after the deadline when both ends count', () => {
    const r = run({ payments: [{ on: d('2026-01-02'), amount: yuan100k }] }, { dayCount: 'inclusive' });
    expect(r.segments[0]?.days).toBe(2);
    expect(r.doubledInterest).toBe(3_500n);
  });

  it('still counts no day for payment on the deadline when both ends count', () => {
    expect(run({ payments: [{ on: d('2026-01-01'), amount: yuan100k }] }, { dayCount: 'inclusive' }).doubledInterest).toBe(0n);
  });

  it('reproduces the public calculator: 2018-12-05 → 2020-12-30 is 756 days, or 757 inclusive', () => {
    expect(delayDays(d('2018-12-05'), d('2020-12-30'), [], 'exclusive')).toBe(756);
    expect(delayDays(d('2018-12-05'), d('2020-12-30'), [], 'inclusive')).toBe(757);
  });
});

describe('excluded periods (第3条第3款, both ends inclusive)', () => {
  it('leaves out a ten-day suspension: 90 − 10 = 80 days, ¥1,400.00', () => {
    const r = run({ until: d('2026-04-01'), excluded: [{ from: d('2026-02-01'), to: d('2026-02-10') }] });
    expect(r.segments[0]?.days).toBe(80);
    expect(r.doubledInterest).toBe(140_000n);
  });

  it('does not subtract the deadline day under the exclusive count, but does under the inclusive one', () => {
    const excluded = [{ from: d('2025-12-25'), to: d('2026-01-01') }];
    expect(delayDays(d('2026-01-01'), d('2026-01-31'), excluded, 'exclusive')).toBe(30);
    expect(delayDays(d('2026-01-01'), d('2026-01-31'), [], 'inclusive')).toBe(31);
    expect(delayDays(d('2026-01-01'), d('2026-01-31'), excluded, 'inclusive')).toBe(30);
  });

  it('counts an overlap of two excluded periods once', () => {
    const r = run({
      until: d('2026-04-01'),
      excluded: [
        { from: d('2026-02-01'), to: d('2026-02-10') },
        { from: d('2026-02-05'), to: d('2026-02-12') },
      ],
    });
    expect(r.segments[0]?.days).toBe(78);
  });

  it('ignores an excluded period that starts after the end date', () => {
    expect(delayDays(d('2026-01-01'), d('2026-01-31'), [{ from: d('2026-02-01'), to: d('2026-02-10') }], 'exclusive')).toBe(30);
  });
});

describe('partial payments (第3条) and the order of payment (第4条)', () => {
  it('stops accrual on a ¥40,000 part paid after 31 days and closes the rest on `until`', () => {
    const r = run({ payments: [{ on: d('2026-02-01'), amount: fen(4_000_000) }], until: d('2026-04-01') });
    expect(r.segments.map((s) => [s.amount, s.days, s.interest])).toEqual([
      [4_000_000n, 31, 21_700n],
      [6_000_000n, 90, 94_500n],
    ]);
    expect(r.doubledInterest).toBe(116_200n);
    expect(r.debtOutstanding).toBe(6_000_000n);
    expect(r.outstanding).toBe(6_000_000n + 116_200n);
    expect(r.stillAccruing).toBe(false);
  });

  it('applies money to the debt before the doubled interest', () => {
    const r = run({
      payments: [
        { on: d('2026-04-01'), amount: yuan100k },
        { on: d('2026-05-01'), amount: fen(100_000) },
      ],
    });
    expect(r.applications).toEqual([
      { on: '2026-04-01', amount: yuan100k, toDebt: yuan100k, toInterest: 0n },
      { on: '2026-05-01', amount: 100_000n, toDebt: 0n, toInterest: 100_000n },
    ]);
    expect(r.interestOutstanding).toBe(57_500n);
    expect(r.outstanding).toBe(57_500n);
  });

  it('reports interest still running on unpaid debt when no `until` closes it', () => {
    const r = run({ payments: [{ on: d('2026-02-01'), amount: fen(4_000_000) }] });
    expect(r.stillAccruing).toBe(true);
    expect(r.outstanding).toBe(6_000_000n + 21_700n);
  });

  it('sorts payments by date whatever their input order', () => {
    const a = run({
      payments: [
        { on: d('2026-03-01'), amount: fen(1_000) },
        { on: d('2026-02-01'), amount: fen(2_000) },
      ],
    });
    expect(a.segments.map((s) => s.to)).toEqual(['2026-02-01', '2026-03-01']);
  });
});

describe('rejected input', () => {
  it('rejects a payment one fen above the debt on the deadline as overpayment', () => {
    expect(failure({ payments: [{ on: d('2026-01-01'), amount: fen(10_000_001) }] })).toBe('overpayment');
  });

  it('rejects paying more interest than has accrued', () => {
    expect(failure({ payments: [{ on: d('2026-04-01'), amount: fen(10_157_501) }] })).toBe('overpayment');
    expect(failure({ payments: [{ on: d('2026-04-01'), amount: fen(10_157_500) }] })).toBe('ok');
  });

  it('rejects `until` the day before the deadline but accepts it on the deadline', () => {
    expect(failure({ until: d('2025-12-31') })).toBe('until-before-deadline');
    expect(failure({ until: d('2026-01-01') })).toBe('ok');
  });

  it('rejects a payment after `until`', () => {
    expect(failure({ until: d('2026-02-01'), payments: [{ on: d('2026-02-02'), amount: fen(1) }] })).toBe('payment-after-until');
  });

  it('rejects a zero or negative debt and a zero payment', () => {
    expect(failure({ debt: fen(0) })).toBe('invalid-amount');
    expect(failure({ debt: fen(-1) })).toBe('invalid-amount');
    expect(failure({ payments: [{ on: d('2026-02-01'), amount: fen(0) }] })).toBe('invalid-amount');
  });

  it('rejects an excluded period that ends before it starts', () => {
    expect(failure({ excluded: [{ from: d('2026-02-10'), to: d('2026-02-01') }] })).toBe('date-order-invalid');
  });

  it('rejects delay days before 2014-08-01 (第7条 old rule): deadline 2014-07-30 fails, 2014-07-31 passes', () => {
    expect(failure({ deadline: d('2014-07-30') })).toBe('delay-before-2014-rule');
    expect(failure({ deadline: d('2014-07-31') })).toBe('ok');
    expect(failure({ deadline: d('2014-07-31') }, { dayCount: 'inclusive' })).toBe('delay-before-2014-rule');
  });
});
