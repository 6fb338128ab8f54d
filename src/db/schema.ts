import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { ApprovalDecisionsTable, ApprovalRequestsTable } from './approvals-schema.ts';

// Row types as the database stores them. bigint columns come back as bigint, dates as 'YYYY-MM-DD'.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;

export type CourtsTable = {
  id: number;
  code: string;
  name: string;
  level: 'supreme' | 'high' | 'intermediate' | 'basic';
  parent_id: number | null;
  province_code: string | null;
  division_code: string | null;
  special: string | null;
  active: Generated<boolean>;
};

export type ReferenceVersionsTable = { name: string; version: string; updated_at: Generated<Timestamp> };

export type UsersTable = {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  court_id: number;
  scope: 'court' | 'subtree';
  party_identity: string | null;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: Generated<Timestamp>;
};

export type SessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
};

export type SignInFailuresTable = {
  id: Generated<bigint>;
  username: string;
  address: string;
  user_id: string | null;
  reason: string;
  at: Timestamp;
};

export type CaseNumberSequencesTable = {
  court_id: number;
  year: number;
  special_code: Generated<string>;
  type_code: string;
  last_serial: number;
};

export type CasesTable = {
  id: string;
  court_id: number;
  case_number: string;
  /** The number as searched: ASCII digits, （） brackets, no spaces (a generated column). */
  case_number_normalized: GeneratedAlways<string>;
  year: number;
  type: 'first' | 'resumed' | 'preservation';
  type_code: string;
  serial: number;
  status: 'filed' | 'in-progress' | 'suspended' | 'deferred' | 'closed';
  filed_on: DateText;
  claim_amount: Int8;
  officer_id: string | null;
  closure_mode: string | null;
  closed_on: DateText | null;
  closure_reason: string | null;
  resumed_from_id: string | null;
  deferred_until: ColumnType<string | null, string | null | undefined, string | null>;
  applicant_names: Generated<string>;
  debtor_names: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
};

export type CaseTitlesTable = {
  case_id: string;
  court_id: number;
  document_number: string;
  issuer: string;
  effective_on: DateText;
  performance_deadline: DateText | null;
  obligations: ColumnType<unknown, string, string>;
};

export type CasePartiesTable = {
  id: string;
  case_id: string;
  court_id: number;
  role: 'applicant' | 'debtor' | 'third-party';
  position: number;
  kind: 'person' | 'organization';
  name: string;
  id_number: string | null;
  credit_code: string | null;
  legal_representative: string | null;
};

export type EventsTable = {
  court_id: number;
  seq: Int8;
  id: string;
  case_id: string | null;
  actor_id: string | null;
  actor_name: string;
  occurred_at: Timestamp;
  action: string;
  entity_type: string;
  entity_id: string;
  changes: ColumnType<unknown, string, string>;
  prev_hash: string;
  hash: string;
};

export type AuditHeadsTable = { court_id: number; last_seq: Int8; last_hash: string };

export type AuditCheckpointsTable = {
  n: Int8;
  court_id: number;
  seq: Int8;
  hash: string;
  signed_at: Timestamp;
  key_id: string;
  prev_signature: string;
  signature: string;
};

export type CalendarOverridesTable = {
  year: number;
  holidays: ColumnType<string[], string, string>;
  workdays: ColumnType<string[], string, string>;
  note: Generated<string>;
};

export type PersonalDataReadsTable = {
  id: Generated<bigint>;
  court_id: number;
  case_id: string | null; // null: an export of many cases
  user_id: string | null; // null: the system itself (the command line)
  purpose: string;
  read_at: Timestamp;
  actor_name: string | null;
  cases: number | null;
  event_id: string | null;
};

// Deadlines, sweeps and idempotency keys (src/deadlines, src/scheduler, src/idempotency).
export type DeadlinesTable = {
  id: string;
  court_id: number;
  case_id: string;
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
type Json = ColumnType<unknown, string, string>;

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

export type Database = {
  courts: CourtsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  case_number_sequences: CaseNumberSequencesTable;
  cases: CasesTable;
  case_titles: CaseTitlesTable;
  case_parties: CasePartiesTable;
  events: EventsTable;
  audit_heads: AuditHeadsTable;
  audit_checkpoints: AuditCheckpointsTable;
  calendar_overrides: CalendarOverridesTable;
  personal_data_reads: PersonalDataReadsTable;
  reference_versions: ReferenceVersionsTable;
  deadlines: DeadlinesTable;
  deadline_reminders: DeadlineRemindersTable;
  sweep_runs: SweepRunsTable;
  idempotency_keys: IdempotencyKeysTable;
  // Outbound requests and documents.
  outbound_requests: OutboundRequestsTable;
  outbound_attempts: OutboundAttemptsTable;
  outbound_answers: OutboundAnswersTable;
  documents: DocumentsTable;
  document_services: DocumentServicesTable;
  approval_requests: ApprovalRequestsTable; // and approval_decisions, src/approvals
  approval_decisions: ApprovalDecisionsTable;
};
