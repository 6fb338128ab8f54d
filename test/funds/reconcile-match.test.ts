import { describe, expect, it } from 'vitest';
import { compareStatement, type BankLine, type LedgerMovement } from '../../src/funds/reconcile-match.ts';
import type { LocalDate } from '../../src/shared/dates.ts';

// The pure comparison of 对账: pairing by the posting a line produced, else by the bank's reference.

const d = (s: string) => s as LocalDate;
const line = (ref: string, amount: bigint, transactionId: string | null = null, on = '2026-11-20'): BankLine => ({
  bankReference: ref,
  receivedOn: d(on),
  amount,
  payerName: '付款人',
  transactionId,
});
const move = (id: string, amount: bigint, reference: string | null = null, on = '2026-11-20'): LedgerMovement => ({
  transactionId: id,
  reference,
  postedOn: d(on),
  amount,
  memo: '',
  caseNumber: null,
});

describe('compareStatement', () => {
  it('is clean when every line has its posting', () => {
    const c = compareStatement([line('A', 100n, 't1'), line('B', 250n, 't2')], [move('t1', 100n, 'A'), move('t2', 250n)]);
    expect(c).toEqual({ matched: 2, differences: [], statementTotal: 350n, ledgerTotal: 350n, difference: 0n });
  });

  it('reports a line without a posting as missing, a posting without a line as extra, a pair apart as amount-differs', () => {
    const c = compareStatement(
      [line('A', 100n, 't1'), line('M', 80n, null, '2026-11-29'), line('R', 12_000n, null, '2026-11-26')],
      [move('t1', 100n), move('x', 5_000n, 'XJ', '2026-11-25'), move('r', 10_000n, 'R', '2026-11-26')],
    );
    expect(c.matched).toBe(1);
    expect(c.differences.map((x) => [x.kind, x.statement?.bankReference ?? null, x.ledger?.transactionId ?? null, x.difference])).toEqual([
      ['extra', null, 'x', -5_000n],
      ['amount-differs', 'R', 'r', 2_000n],
      ['missing', 'M', null, 80n],
    ]);
    expect([c.statementTotal, c.ledgerTotal, c.difference]).toEqual([12_180n, 15_100n, -2_920n]);
  });

  it('pairs by the posting before the reference, and uses each posting once', () => {
    // Two lines with one reference: the linked one takes its posting, the other finds none.
    const c = compareStatement([line('A', 100n), line('A', 100n, 't1')], [move('t1', 100n, 'A')]);
    expect(c.matched).toBe(1);
    expect(c.differences).toHaveLength(1);
    expect(c.differences[0]).toMatchObject({ kind: 'missing', ledger: null });
  });

  it('does not pair a line with a posting that has no reference', () => {
    const c = compareStatement([line('A', 100n)], [move('t1', 100n, null)]);
    expect(c.differences.map((x) => x.kind)).toEqual(['extra', 'missing']); // same day: the side without a reference first
  });
});
