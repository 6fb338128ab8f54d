import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

// Row types of case funds (src/funds/), part of the Database in schema.ts. Money in fen.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;
type Seq = GeneratedAlways<bigint>;
type Int8Default = ColumnType<bigint, bigint | number | string | undefined, bigint | number | string>;

export type FundsAccountsTable = {
  id: string;
  court_id: number;
  case_id: string | null;
  kind: 'master' | 'suspense' | 'case';
  number: string;
  status: Generated<'open' | 'closed'>;
  balance: Int8Default;
  held: Int8Default;
  received: Int8Default;
  paid_out: Int8Default;
  opened_at: Timestamp;
};

export type LedgerTransactionsTable = {
  id: string;
  seq: Seq;
  court_id: number;
  case_id: string | null;
  kind: 'receipt' | 'claim' | 'payout' | 'refund' | 'reversal' | 'transfer';
  posting_key: string;
  amount: Int8;
  posted_on: DateText;
  posted_at: Timestamp;
  posted_by_name: string;
  memo: string;
  reverses: string | null;
};

export type LedgerEntriesTable = {
  id: Seq;
  transaction_id: string;
  court_id: number;
  account_id: string;
  case_id: string | null;
  amount: Int8;
  posted_at: Timestamp;
};

export type FundsReceiptsTable = {
  id: string;
  seq: Seq;
  court_id: number;
  case_id: string;
  transaction_id: string;
  amount: Int8;
  received_on: DateText;
  payer_name: string;
  payer_account: string | null;
  reference: string | null;
  source: 'manual' | 'statement' | 'institution' | 'deduction' | 'claim' | 'auction' | 'sale' | 'transfer';
  unmatched_id: string | null;
  deduction_receipt_id: string | null;
  pay_by: DateText;
  recorded_at: Timestamp;
  recorded_by_name: string;
};

export type FundsStatementLinesTable = {
  id: string;
  court_id: number;
  line_key: string;
  amount: Int8;
  received_on: DateText;
  payer_name: string;
  payer_account: string | null;
  payer_id_number: string | null;
  account_number: string | null;
  remark: string | null;
  bank_reference: string;
  outcome: 'posted' | 'unmatched';
  receipt_id: string | null;
  imported_at: Timestamp;
  imported_by_name: string;
};

export type FundsUnmatchedTable = {
  id: string;
  seq: Seq;
  court_id: number;
  line_id: string;
  transaction_id: string;
  amount: Int8;
  received_on: DateText;
  payer_name: string;
  payer_account: string | null;
  payer_id_number: string | null;
  remark: string | null;
  claim_by: DateText;
  state: Generated<'waiting' | 'claimed'>;
  claimed_case_id: string | null;
  receipt_id: string | null;
  claimed_at: Timestamp | null;
  claimed_by_name: string | null;
};

export type FundsPayeesTable = {
  party_id: string;
  court_id: number;
  case_id: string;
  account_name: string;
  account_number: string;
  bank_name: string;
  confirmed_at: Timestamp;
  confirmed_by_name: string;
};

export type FundsPayoutsTable = {
  id: string;
  seq: Seq;
  court_id: number;
  case_id: string;
  party_id: string | null;
  to_case_id: Generated<string | null>; // a transfer to another case's account (ADR 0185)
  reason: Generated<string | null>;
  party_name: string;
  amount: Int8;
  status: 'pending' | 'instructed' | 'paid' | 'failed' | 'rejected' | 'transferred';
  current_step: Generated<number>;
  awaiting_role: string | null;
  payee_account_name: string;
  payee_account_number: string;
  payee_bank_name: string;
  payout_transaction_id: string | null;
  refund_transaction_id: string | null;
  bank_reference: string | null;
  instruction_document_id: Generated<string | null>; // the 执行款发放审批表 (ADR 0162)
  requested_by: string | null;
  requested_by_name: string;
  requested_at: Timestamp;
  updated_at: Timestamp;
};

export type FundsPayoutDecisionsTable = {
  payout_id: string;
  step: number;
  court_id: number;
  role: string;
  decision: 'approve' | 'reject';
  opinion: string | null;
  decided_by: string | null;
  decided_by_name: string;
  decided_at: Timestamp;
};

export type FundsHoldsTable = {
  id: string;
  seq: Seq;
  court_id: number;
  case_id: string;
  kind: string;
  amount: Int8;
  reason: string;
  approved_by_name: string | null;
  payout_id: string | null;
  state: Generated<'active' | 'released'>;
  created_at: Timestamp;
  released_at: Timestamp | null;
};
