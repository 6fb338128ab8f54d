import type { ColumnType, Generated } from 'kysely';

// Row types of the credit-discipline tables (src/credit/), part of the Database in schema.ts.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;

export type DishonestListingStatus = 'pending' | 'decided' | 'published' | 'deleted' | 'expired' | 'rejected';

export type DishonestListingsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  debtor_party_id: string;
  debtor_name: string;
  debtor_kind: 'person' | 'organization';
  ground: number;
  evidence: string;
  decided_on: DateText;
  grace_months: number;
  publish_on: DateText;
  term_years: number | null;
  ends_on: DateText | null;
  status: DishonestListingStatus;
  approval_id: string | null;
  approved_on: DateText | null;
  published_on: DateText | null;
  ended_on: DateText | null;
  end_ground: string | null;
  end_reason: ColumnType<string | null, string | null | undefined, string | null>;
  ended_by_name: ColumnType<string | null, string | null | undefined, string | null>;
  deletion_due_on: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};

export type CreditNotificationKind = 'addition' | 'deletion';
export type CreditNotificationState = 'queued' | 'sent' | 'acknowledged';

export type CreditNotificationsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  listing_id: string;
  recipient: string;
  kind: CreditNotificationKind;
  state: CreditNotificationState;
  request_id: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  reference: string | null;
};

export type CreditFeedTable = {
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  listing_id: string;
  kind: CreditNotificationKind;
  occurred_on: DateText;
  recorded_at: Timestamp;
};
