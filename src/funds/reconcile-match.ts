import type { BankLine, Comparison, Difference, LedgerMovement } from './reconcile.types.ts';
export { differenceKindNames, differenceKinds } from './reconcile.types.ts';
export type { BankLine, Comparison, Difference, DifferenceKind, LedgerMovement } from './reconcile.types.ts';

// 对账: the pure comparison of the court account's imported statement lines with the ledger's
// movements into that account. A line and a movement pair by the posting the line produced (its
// receipt, or the 暂存款 it became), else by the bank's reference; what stays unpaired is a
// difference. Money in fen.

const dateOf = (d: Difference) => d.statement?.receivedOn ?? d.ledger?.postedOn ?? '';
const referenceOf = (d: Difference) => d.statement?.bankReference ?? d.ledger?.reference ?? '';

export function compareStatement(lines: readonly BankLine[], movements: readonly LedgerMovement[]): Comparison {
  const open = new Map(movements.map((m) => [m.transactionId, m]));
  const pairs: [BankLine, LedgerMovement][] = [];
  const unpaired: BankLine[] = [];
  for (const l of lines) {
    const m = l.transactionId === null ? undefined : open.get(l.transactionId);
    if (m) {
      open.delete(m.transactionId);
      pairs.push([l, m]);
    } else unpaired.push(l);
  }
  const missing: BankLine[] = [];
  for (const l of unpaired) {
    const m = [...open.values()].find((x) => x.reference !== null && x.reference === l.bankReference);
    if (m) {
      open.delete(m.transactionId);
      pairs.push([l, m]);
    } else missing.push(l);
  }
  const differences: Difference[] = [
    ...missing.map((l) => ({ kind: 'missing' as const, statement: l, ledger: null, difference: l.amount })),
    ...[...open.values()].map((m) => ({ kind: 'extra' as const, statement: null, ledger: m, difference: -m.amount })),
    ...pairs
      .filter(([l, m]) => l.amount !== m.amount)
      .map(([l, m]) => ({ kind: 'amount-differs' as const, statement: l, ledger: m, difference: l.amount - m.amount })),
  ].sort((a, b) => dateOf(a).localeCompare(dateOf(b)) || referenceOf(a).localeCompare(referenceOf(b)));
  const statementTotal = lines.reduce((s, l) => s + l.amount, 0n);
  const ledgerTotal = movements.reduce((s, m) => s + m.amount, 0n);
  return {
    matched: pairs.length - differences.filter((d) => d.kind === 'amount-differs').length,
    differences,
    statementTotal,
    ledgerTotal,
    difference: statementTotal - ledgerTotal,
  };
}
