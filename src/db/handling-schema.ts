import type { ColumnType, Generated } from 'kysely';

// Row types of the debtor's asset reports, sanctions, asset leads and on-site records with their
// evidence (src/reports, src/leads, src/onsite), part of the Database in schema.ts.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;
type Json = ColumnType<unknown, string, string>;
type PartyKind = 'person' | 'organization';

export type AssetReportsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  order_id: string;
  debtor_name: string;
  debtor_kind: PartyKind;
  reported_on: DateText;
  report_due_on: DateText;
  late: boolean;
  complete: boolean;
  declares_none: boolean;
  note: string | null;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};

export type AssetReportItemsTable = {
  id: string;
  report_id: string;
  court_id: number;
  case_id: string;
  position: number;
  kind: string;
  identifier: string | null;
  identifier_key: string | null;
  description: string;
  value_fen: Int8 | null;
  change_kind: string | null;
  changed_on: DateText | null;
  change_note: string | null;
};

export type AssetReportVerificationsTable = {
  id: string;
  report_id: string;
  court_id: number;
  case_id: string;
  verified_on: DateText;
  outcome: 'consistent' | 'incomplete' | 'false';
  note: string | null;
  verified_by: string | null;
  verified_by_name: string;
  recorded_at: Timestamp;
};

export type ReportSanctionsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  order_id: string;
  report_id: string | null;
  measure: 'fine' | 'detention';
  ground: 'late-report' | 'refused-report' | 'false-report';
  subject_name: string;
  subject_kind: PartyKind;
  detainee: string | null;
  amount_fen: Int8 | null;
  days: number | null;
  start_on: DateText | null;
  end_on: DateText | null;
  decided_on: DateText;
  note: string | null;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
  /** The 院长's approval that decides it (null: recorded before approvals were asked). */
  approval_id: string | null;
  /** The day it took effect: the final approval's (民事诉讼法(2023) 第119条). */
  approved_on: DateText | null;
};

export type AssetLeadsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  kind: string;
  identifier: string | null;
  identifier_key: string | null;
  description: string;
  urgent: boolean;
  submitted_on: DateText;
  verify_due_on: DateText;
  source: 'party' | 'officer';
  submitted_by: string | null;
  submitted_by_name: string;
  submitted_at: Timestamp;
  outcome: 'verified-found' | 'not-found' | 'not-verifiable' | null;
  outcome_on: DateText | null;
  outcome_note: string | null;
  outcome_by: string | null;
  outcome_by_name: string | null;
  outcome_at: Timestamp | null;
};

export type OnsiteRecordsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  place: string;
  actions: string;
  team: Json;
  present: Json;
  sanctions: Json;
  note: string | null;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};

export type EvidenceFilesTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  record_id: string;
  kind: 'photo' | 'video' | 'document';
  file_name: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  content: ColumnType<Uint8Array, Uint8Array, never>;
  captured_at: Timestamp;
  description: string | null;
  uploaded_at: Timestamp;
  uploaded_by: string | null;
  uploaded_by_name: string;
};

export type EvidenceCustodyTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  evidence_id: string;
  action: 'uploaded' | 'viewed' | 'downloaded' | 'verified';
  at: Timestamp;
  user_id: string | null;
  user_name: string;
  outcome: 'unchanged' | 'changed' | null;
};
