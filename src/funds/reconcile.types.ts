import type { LocalDate } from '../shared/dates.ts';

// Domain types of 对账 (ADR 0173): the two sides compared and what differs. Money in fen.

export type BankLine = {
  readonly bankReference: string;
  readonly receivedOn: LocalDate;
  readonly amount: bigint;
  readonly payerName: string;
  /** The ledger transaction the line produced, when that posting falls within the as-of date. */
  readonly transactionId: string | null;
};

export type LedgerMovement = {
  readonly transactionId: string;
  readonly reference: string | null;
  readonly postedOn: LocalDate;
  readonly amount: bigint;
  readonly memo: string;
  readonly caseNumber: string | null;
};

export const differenceKinds = ['missing', 'extra', 'amount-differs'] as const;
export type DifferenceKind = (typeof differenceKinds)[number];
export const differenceKindNames: Record<DifferenceKind, string> = {
  missing: '流水有、账上无',
  extra: '账上有、流水无',
  'amount-differs': '金额不符',
};

export type Difference = {
  readonly kind: DifferenceKind;
  readonly statement: BankLine | null;
  readonly ledger: LedgerMovement | null;
  /** Statement less ledger. */
  readonly difference: bigint;
};

export type Comparison = {
  readonly matched: number;
  readonly differences: readonly Difference[];
  readonly statementTotal: bigint;
  readonly ledgerTotal: bigint;
  /** Statement total less ledger total. */
  readonly difference: bigint;
};
