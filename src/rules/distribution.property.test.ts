import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distributeProceeds, shareProRata } from './distribution.ts';
import { fen } from '../shared/money.ts';

const claimArb = fc.record({
  amount: fc.bigInt({ min: 1n, max: 10_000_000_000n }),
  priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  seizureRank: fc.integer({ min: 1, max: 4 }),
});

describe('distribution properties (民诉法解释 第508、514条)', () => {
  it('adds up: allocations + costs paid + remainder = proceeds, and no claim gets more than it is owed', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 50_000_000_000n }),
        fc.bigInt({ min: 0n, max: 1_000_000_000n }),
        fc.constantFrom('person' as const, 'enterprise' as const),
        fc.array(claimArb, { maxLength: 8 }),
        (proceeds, costs, debtorKind, raw) => {
          const claims = raw.map((c, i) => ({ id: `c${i}`, amount: fen(c.amount), priority: c.priority, seizureRank: c.seizureRank }));
          const r = distributeProceeds({ proceeds: fen(proceeds), costs: fen(costs), debtorKind, claims });
          if (!r.ok) throw new Error(r.detail);
          const allocated = r.value.allocations.reduce((s, a) => s + a.amount, 0n);
          expect(allocated + r.value.costsPaid + r.value.remainder).toBe(proceeds);
          r.value.allocations.forEach((a, i) => {
            expect(a.amount >= 0n && a.amount <= claims[i]!.amount).toBe(true);
            expect(a.shortfall).toBe(claims[i]!.amount - a.amount);
          });
          const owed = claims.reduce((s, c) => s + c.amount, 0n);
          if (r.value.remainder > 0n) expect(allocated).toBe(owed);
        },
      ),
    );
  });

  it('keeps each pro-rata share within one fen of the exact share and adds up to the money available', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 1n, max: 10_000_000_000n }), { minLength: 1, maxLength: 10 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (raw, ratio) => {
          const amounts = raw.map((a) => fen(a));
          const total = raw.reduce((s, a) => s + a, 0n);
          const available = fen(BigInt(Math.floor(Number(total) * ratio)));
          const shares = shareProRata(amounts, available);
          expect(shares.reduce((s, x) => s + x, 0n)).toBe(available > total ? total : available);
          shares.forEach((share, i) => {
            // |share − available × a / total| < 1 fen, compared in integers
            const diff = share * total - available * amounts[i]!;
            expect(diff < total && -diff < total).toBe(true);
          });
        },
      ),
    );
  });
});
