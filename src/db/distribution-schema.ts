import type { ColumnType, GeneratedAlways } from 'kysely';

// Row types of distribution among creditors (src/distribution/), part of the Database in schema.ts. Money in fen.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;
type Int8Null = ColumnType<bigint | null, bigint | number | string | null | undefined, bigint | number | string | null>;
type Json = ColumnType<unknown, string | null | undefined, string | null>;

export type DistributionsTable = {
  id: string;
  seq: GeneratedAlways<bigint>;
  court_id: number;
  case_id: string;
  debtor_party_id: string;
  debtor_name: string;
  debtor_identity: string;
  debtor_kind: 'person' | 'enterprise';
  proceeds: Int8;
  costs: Int8;
  status: 'open' | 'planned' | 'closed';
  plan_input: Json;
  plan_result: Json;
  costs_paid: Int8Null;
  remainder: Int8Null;
  document_id: string | null;
  planned_on: ColumnType<string | null, string | null | undefined, string | null>;
  opened_on: DateText;
  opened_at: Timestamp;
  opened_by_name: string;
};

export type DistributionClaimsTable = {
  id: string;
  court_id: number;
  case_id: string;
  distribution_id: string;
  position: number;
  creditor_name: string;
  source_case_id: string | null;
  party_id: string | null;
  title_number: string | null;
  amount: Int8;
  priority: number | null;
  priority_basis: string | null;
  seizure_rank: number | null;
  joined_on: DateText;
  allocated: Int8Null;
  stage: 'priority' | 'ordinary' | null;
  shortfall: Int8Null;
  served_on: ColumnType<string | null, string | null | undefined, string | null>;
  objection_due_on: ColumnType<string | null, string | null | undefined, string | null>;
  paid: ColumnType<bigint, bigint | number | string | undefined, bigint | number | string>;
};

export type DistributionObjectionsTable = {
  id: string;
  seq: GeneratedAlways<bigint>;
  court_id: number;
  case_id: string;
  distribution_id: string;
  claim_id: string;
  target_claim_id: string;
  disputed: Int8;
  reason: string;
  objected_on: DateText;
  notified_on: ColumnType<string | null, string | null | undefined, string | null>;
  answer_due_on: ColumnType<string | null, string | null | undefined, string | null>;
  state: 'raised' | 'stands' | 'suit-filed' | 'ended';
  outcome_on: ColumnType<string | null, string | null | undefined, string | null>;
  hold_id: string | null;
  recorded_at: Timestamp;
  recorded_by_name: string;
};
