import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateDelayInterest, type DelayInterest, type DelayInterestInput } from './delay-interest.ts';
import { fen, type Fen } from '../shared/money.ts';
import { addDays, localDate, type LocalDate } from '../shared/dates.ts';

const deadline = localDate('2025-06-30');
const day = (offset: number): LocalDate => addDays(deadline, offset);
const debtArb = fc.bigInt({ min: 1n, max: 100_000_000_000n }).map((n) => fen(n));
const dayCountArb = fc.constantFrom('exclusive' as const, 'inclusive' as const);

function value(input: DelayInterestInput, dayCount: 'exclusive' | 'inclusive'): DelayInterest {
  const r = calculateDelayInterest(input, { dayCount });
  if (!r.ok) throw new Error(`${r.code}: ${r.detail}`);
  return r.value;
}

describe('delay interest properties (法释〔2014〕8号 第1、3、4条)', () => {
  it('never falls when the closing date moves later', () => {
    fc.assert(
      fc.property(debtArb, fc.integer({ min: -30, max: 2000 }), fc.integer({ min: 0, max: 400 }), dayCountArb, (debt, a, extra, dc) => {
        const early = Math.max(a, 0);
        const r1 = value({ debt, deadline, payments: [], until: day(early) }, dc);
        const r2 = value({ debt, deadline, payments: [], until: day(early + extra) }, dc);
        expect(r2.doubledInterest >= r1.doubledInterest).toBe(true);
      }),
    );
  });

  it('never falls when a part payment is made later', () => {
    fc.assert(
      fc.property(debtArb, fc.integer({ min: -30, max: 1000 }), fc.integer({ min: 0, max: 400 }), dayCountArb, (debt, a, extra, dc) => {
        const part = (debt / 2n + 1n) as Fen;
        const until = day(1500);
        const r1 = value({ debt, deadline, payments: [{ on: day(a), amount: part }], until }, dc);
        const r2 = value({ debt, deadline, payments: [{ on: day(a + extra), amount: part }], until }, dc);
        expect(r2.doubledInterest >= r1.doubledInterest).toBe(true);
      }),
    );
  });

  it('gives the same answer when one payment is split in two on the same day', () => {
    fc.assert(
      fc.property(
        debtArb,
        fc.integer({ min: -30, max: 1000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        dayCountArb,
        (debt, offset, share, dc) => {
          const split = fen(BigInt(Math.floor(Number(debt) * share)));
          const on = day(offset);
          const until = day(1200);
          const whole = value({ debt, deadline, payments: [{ on, amount: debt }], until }, dc);
          const parts = [split, (debt - split) as Fen].filter((a) => a > 0n).map((amount) => ({ on, amount }));
          const halves = value({ debt, deadline, payments: parts, until }, dc);
          expect(halves.doubledInterest).toBe(whole.doubledInterest);
          expect(halves.outstanding).toBe(whole.outstanding);
        },
      ),
    );
  });

  it('sums the segments to the total and keeps debt + interest = paid + outstanding', () => {
    const paymentArb = fc.record({ offset: fc.integer({ min: -30, max: 900 }), amount: fc.bigInt({ min: 1n, max: 5_000_000n }) });
    fc.assert(
      fc.property(debtArb, fc.array(paymentArb, { maxLength: 6 }), fc.boolean(), dayCountArb, (debt, raw, closed, dc) => {
        const payments = raw.map((p) => ({ on: day(p.offset), amount: fen(p.amount) }));
        const r = calculateDelayInterest({ debt, deadline, payments, until: closed ? day(1000) : undefined }, { dayCount: dc });
        if (!r.ok) {
          expect(r.code).toBe('overpayment');
          return;
        }
        const v = r.value;
        expect(v.segments.reduce((s, x) => s + x.interest, 0n)).toBe(v.doubledInterest);
        const paid = payments.reduce((s, p) => s + p.amount, 0n);
        expect(debt + v.doubledInterest).toBe(paid + v.outstanding);
        expect(v.segments.reduce((s, x) => s + x.amount, 0n) + (v.stillAccruing ? v.debtOutstanding : 0n)).toBe(debt);
      }),
    );
  });
});
