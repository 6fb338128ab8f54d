import type { ColumnType, Generated } from 'kysely';

// Row types of the approvals' tables (src/approvals/), part of the Database in schema.ts.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;

export type ApprovalRequestsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string | null;
  kind: string;
  payload: Json;
  summary: string;
  reason: string | null;
  steps: Json;
  state: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  current_step: Generated<number>;
  awaiting_role: string | null;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: Timestamp;
  closed_at: Timestamp | null;
};

export type ApprovalDecisionsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  request_id: string;
  step: number;
  role: string;
  decision: 'approve' | 'reject';
  opinion: string | null;
  decided_by: string | null;
  decided_by_name: string;
  decided_at: Timestamp;
};
