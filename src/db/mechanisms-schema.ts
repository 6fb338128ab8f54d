import type { ColumnType, Generated } from 'kysely';

// Row types of the shared mechanisms' tables (deadlines, sweeps, idempotency keys, outbound
// requests, documents), part of the Database in schema.ts.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;

// Deadlines, sweeps and idempotency keys (src/deadlines, src/scheduler, src/idempotency).
export type DeadlinesTable = {
  id: string;
  court_id: number;
  case_id: string | null; // null: a court's deadline (暂存款 claims, ADR 0160)
  node: string;
  subject: Generated<string>;
  title: string;
  basis: ColumnType<unknown, string, string>;
  start_on: DateText;
  length: number | null;
  unit: 'day' | 'workday' | 'month' | 'year' | 'given';
  due_on: DateText;
  state: 'open' | 'met' | 'overdue' | 'waived';
  met_on: DateText | null;
  waived_reason: string | null;
  pauses: ColumnType<unknown, string | undefined, string>;
  paused_since: DateText | null;
  provisional_years: ColumnType<number[], number[] | undefined, number[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

// Outbound requests (src/outbox/) and documents (src/documents/).

export type OutboundRequestsTable = {
  id: string;
  court_id: number;
  case_id: string | null;
  institution: string;
  kind: string;
  payload: Json;
  idempotency_key: string;
  status: 'pending' | 'sent' | 'answered' | 'failed' | 'timed-out';
  attempts: Generated<number>;
  max_attempts: number;
  next_attempt_at: Timestamp;
  lease_owner: string | null;
  lease_expires_at: Timestamp | null;
  sent_at: Timestamp | null;
  answer_due_at: Timestamp | null;
  answered_at: Timestamp | null;
  failure_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type DeadlineRemindersTable = {
  deadline_id: string;
  court_id: number;
  days_before: number;
  due_on: DateText;
  reminded_on: DateText;
};

export type SweepRunsTable = {
  id: string;
  sweep: string;
  as_of: DateText;
  trigger: 'schedule' | 'catch-up' | 'cli' | 'test';
  dry_run: boolean;
  item_limit: number | null;
  status: 'running' | 'completed' | 'failed';
  examined: Generated<number>;
  changed: Generated<number>;
  done: Generated<boolean>;
  error: string | null;
  started_at: Timestamp;
  heartbeat_at: Timestamp;
  finished_at: Timestamp | null;
};

export type IdempotencyKeysTable = {
  scope: string;
  key: string;
  request_hash: string;
  status: number;
  body: string;
  created_at: Timestamp;
  expires_at: Timestamp;
};

export type OutboundAttemptsTable = {
  request_id: string;
  attempt: number;
  court_id: number;
  worker: string;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  outcome: 'accepted' | 'answered' | 'failed' | 'retryable' | 'timed-out' | 'abandoned' | null;
  detail: string | null;
};

export type OutboundAnswersTable = {
  id: string;
  request_id: string;
  court_id: number;
  source: 'connector' | 'api';
  received_at: Timestamp;
  body: Json;
};

export type DocumentsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  kind: string;
  title: string;
  bundle: string | null;
  addressee: string;
  file_name: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  content: ColumnType<Uint8Array, Uint8Array, never>;
  template_version: string;
  data: Json;
  issued_on: DateText;
  generated_at: Timestamp;
  generated_by: string | null;
  generated_by_name: string;
};

export type DocumentServicesTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  document_id: string;
  method: 'direct' | 'left-at-address' | 'post' | 'electronic' | 'entrusted' | 'public-notice';
  served_on: DateText;
  deemed_served_on: DateText;
  recipient_name: string;
  recipient_role: string | null;
  address: string | null;
  note: string | null;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};
