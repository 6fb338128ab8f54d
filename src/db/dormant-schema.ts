import type { ColumnType } from 'kysely';

// Row types of the 终本案件库 tables (src/dormant, ADR 0213), part of the Database in schema.ts.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type DateNull = ColumnType<string | null, string | null | undefined, string | null>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;
type Int8Default = ColumnType<bigint, bigint | number | string | undefined, bigint | number | string>;
type IntDefault = ColumnType<number, number | undefined, number>;

export type DormantStatus = 'in-pool' | 'exited';
export type DormantExitKind = 'resumed' | 'paid' | 'bankruptcy' | 'terminated';

export type DormantCasesTable = {
  case_id: string;
  court_id: number;
  closed_on: DateText;
  entered_on: DateText;
  outstanding_fen: Int8;
  research_cycle: IntDefault;
  last_search_on: DateNull;
  next_search_due: DateNull;
  ends_on: DateText;
  status: ColumnType<DormantStatus, DormantStatus | undefined, DormantStatus>;
  exit_kind: ColumnType<DormantExitKind | null, DormantExitKind | null | undefined, DormantExitKind | null>;
  exited_on: DateNull;
  entered_at: Timestamp;
};

export type DormantResearchesTable = {
  court_id: number;
  case_id: string;
  cycle: number;
  due_on: DateText;
  sent_on: DateText;
  search_id: string;
  requests: number;
  answered: IntDefault;
  unanswered: IntDefault; // requests settled failed or timed-out (ADR 0217)
  answered_on: DateNull;
  findings: IntDefault;
  value_fen: Int8Default;
  notice: ColumnType<string | null, string | null | undefined, string | null>;
};
