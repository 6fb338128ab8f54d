import { describe, expect, it } from 'vitest';
import { distributeProceeds, shareProRata, type DistributionClaim, type DistributionInput } from './distribution.ts';
import { fen } from '../shared/money.ts';

const claim = (id: string, amount: number, extra: Partial<DistributionClaim> = {}): DistributionClaim => ({
  id,
  amount: fen(amount),
  ...extra,
});

function distribute(input: Partial<DistributionInput>) {
  const r = distributeProceeds({ proceeds: fen(10_000), costs: fen(0), debtorKind: 'person', claims: [], ...input });
  if (!r.ok) throw new Error(`${r.code}: ${r.detail}`);
  return r.value;
}

function code(input: Partial<DistributionInput>) {
  const r = distributeProceeds({ proceeds: fen(10_000), costs: fen(0), debtorKind: 'person', claims: [], ...input });
  return r.ok ? 'ok' : r.code;
}

const amounts = (r: ReturnType<typeof distribute>) => r.allocations.map((a) => a.amount);

describe('参与分配 for a natural-person debtor (民诉法解释 第506、508条)', () => {
  it('pays costs, then the priority claim, then ordinary claims pro rata', () => {
    const r = distribute({
      costs: fen(1_000),
      claims: [claim('A', 3_000, { priority: 1 }), claim('B', 4_000), claim('C', 8_000)],
    });
    expect(r.costsPaid).toBe(1_000n);
    expect(r.allocations).toEqual([
      { id: 'A', amount: 3_000n, stage: 'priority', shortfall: 0n },
      { id: 'B', amount: 2_000n, stage: 'ordinary', shortfall: 2_000n },
      { id: 'C', amount: 4_000n, stage: 'ordinary', shortfall: 4_000n },
    ]);
    expect(r.remainder).toBe(0n);
  });

  it('gives the odd fen of 100 fen over three equal claims to the first claim in input order', () => {
    expect(amounts(distribute({ proceeds: fen(100), claims: [claim('A', 100), claim('B', 100), claim('C', 100)] }))).toEqual([
      34n,
      33n,
      33n,
    ]);
  });

  it('gives the odd fen to the largest remainder, not to the first claim: 2 fen over claims of 1 and 2 fen', () => {
    // exact shares 0.667 and 1.333: floors 0 and 1, the remainder goes to the first (0.667 > 0.333)
    expect(amounts(distribute({ proceeds: fen(2), claims: [claim('A', 1), claim('B', 2)] }))).toEqual([1n, 1n]);
  });

  it('ignores seizure rank for a natural person: ordinary claims share pro rata', () => {
    expect(
      amounts(distribute({ proceeds: fen(6_000), claims: [claim('A', 5_000, { seizureRank: 1 }), claim('B', 5_000, { seizureRank: 2 })] })),
    ).toEqual([3_000n, 3_000n]);
  });
});

describe('proceeds just below, equal to and above what is owed', () => {
  const claims = [claim('A', 1_000, { priority: 1 }), claim('B', 2_000), claim('C', 3_000)];

  it('one fen short: the ordinary claims share it (exact 1999.6 and 2999.4 → 2000 and 2999), nothing is returned', () => {
    const r = distribute({ proceeds: fen(6_499), costs: fen(500), claims });
    expect(amounts(r)).toEqual([1_000n, 2_000n, 2_999n]);
    expect(r.remainder).toBe(0n);
  });

  it('exactly enough: every claim is paid in full and nothing is returned', () => {
    const r = distribute({ proceeds: fen(6_500), costs: fen(500), claims });
    expect(amounts(r)).toEqual([1_000n, 2_000n, 3_000n]);
    expect(r.remainder).toBe(0n);
  });

  it('one fen more: the fen goes back to the debtor', () => {
    expect(distribute({ proceeds: fen(6_501), costs: fen(500), claims }).remainder).toBe(1n);
  });

  it('returns everything after costs when there are no claims', () => {
    expect(distribute({ proceeds: fen(6_501), costs: fen(500) }).remainder).toBe(6_001n);
  });
});

describe('costs and priority ranks', () => {
  it('lets costs larger than the proceeds take everything', () => {
    const r = distribute({ proceeds: fen(500), costs: fen(800), claims: [claim('A', 100, { priority: 1 }), claim('B', 100)] });
    expect(r.costsPaid).toBe(500n);
    expect(amounts(r)).toEqual([0n, 0n]);
    expect(r.remainder).toBe(0n);
  });

  it('pays a lower priority rank in full before a higher one (执行工作规定 第55条: earlier security first)', () => {
    const r = distribute({ proceeds: fen(5_000), claims: [claim('late', 4_000, { priority: 2 }), claim('early', 4_000, { priority: 1 })] });
    expect(amounts(r)).toEqual([1_000n, 4_000n]);
  });

  it('shares one priority rank pro rata', () => {
    expect(
      amounts(distribute({ proceeds: fen(3_000), claims: [claim('A', 4_000, { priority: 1 }), claim('B', 2_000, { priority: 1 })] })),
    ).toEqual([2_000n, 1_000n]);
  });
});

describe('enterprise debtor not sent to bankruptcy (第514条)', () => {
  it('pays ordinary claims in seizure order, first seizure first', () => {
    const r = distribute({
      debtorKind: 'enterprise',
      proceeds: fen(6_000),
      claims: [claim('second', 5_000, { seizureRank: 2 }), claim('first', 5_000, { seizureRank: 1 })],
    });
    expect(amounts(r)).toEqual([1_000n, 5_000n]);
  });

  it('pays priority claims before the first seizure, without needing a seizure rank', () => {
    const r = distribute({
      debtorKind: 'enterprise',
      proceeds: fen(6_000),
      claims: [claim('first', 5_000, { seizureRank: 1 }), claim('mortgage', 4_000, { priority: 1 })],
    });
    expect(amounts(r)).toEqual([2_000n, 4_000n]);
  });

  it('shares pro rata between claims with the same seizure rank', () => {
    expect(
      amounts(
        distribute({
          debtorKind: 'enterprise',
          proceeds: fen(3_000),
          claims: [claim('A', 3_000, { seizureRank: 1 }), claim('B', 3_000, { seizureRank: 1 })],
        }),
      ),
    ).toEqual([1_500n, 1_500n]);
  });

  it('refuses an ordinary enterprise claim without a seizure rank', () => {
    expect(code({ debtorKind: 'enterprise', claims: [claim('A', 100)] })).toBe('seizure-rank-missing');
  });
});

describe('rejected input', () => {
  it('refuses negative proceeds or costs', () => {
    expect(code({ proceeds: fen(-1) })).toBe('invalid-amount');
    expect(code({ costs: fen(-1) })).toBe('invalid-amount');
  });

  it('refuses repeated or empty ids, zero claims and fractional ranks', () => {
    expect(code({ claims: [claim('A', 1), claim('A', 2)] })).toBe('claims-invalid');
    expect(code({ claims: [claim('', 1)] })).toBe('claims-invalid');
    expect(code({ claims: [claim('A', 0)] })).toBe('claims-invalid');
    expect(code({ claims: [claim('A', 1, { priority: 1.5 })] })).toBe('claims-invalid');
    expect(code({ claims: [claim('A', 1, { seizureRank: Number.NaN })] })).toBe('claims-invalid');
  });

  it('refuses an unknown debtor kind', () => {
    expect(code({ debtorKind: 'state' as unknown as DistributionInput['debtorKind'] })).toBe('invalid-input');
  });
});

describe('shareProRata', () => {
  it('pays everyone in full when there is enough', () => {
    expect(shareProRata([fen(1), fen(2)], fen(5))).toEqual([1n, 2n]);
  });
  it('pays nothing from nothing', () => {
    expect(shareProRata([fen(1), fen(2)], fen(0))).toEqual([0n, 0n]);
  });
});
