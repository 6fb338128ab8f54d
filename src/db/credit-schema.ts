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
  corrected_id_number: ColumnType<string | null, string | null | undefined, string | null>;
  corrected_credit_code: ColumnType<string | null, string | null | undefined, string | null>;
  corrected_obligation: ColumnType<string | null, string | null | undefined, string | null>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};

export type CreditNotificationKind = 'addition' | 'deletion' | 'correction';
export type CreditFeedKind = 'addition' | 'deletion';
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
  ref: ColumnType<string, string | undefined, string>;
};

export type CreditFeedTable = {
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  listing_id: string;
  kind: CreditFeedKind;
  occurred_on: DateText;
  recorded_at: Timestamp;
};

export type ConsumptionRestrictionStatus = 'pending' | 'ordered' | 'lifted' | 'rejected';
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export type ConsumptionRestrictionsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  debtor_party_id: string;
  debtor_name: string;
  debtor_kind: 'person' | 'organization';
  status: ConsumptionRestrictionStatus;
  ordered_on: DateText;
  approval_id: Optional<string>;
  approved_on: Optional<string>;
  document_id: Optional<string>;
  listing_id: Optional<string>;
  lifted_on: Optional<string>;
  lift_ground: Optional<'performed' | 'security' | 'consent'>;
  lift_reason: Optional<string>;
  lifted_by_name: Optional<string>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};

export type RestrictionPersonsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  restriction_id: string;
  role: 'debtor' | 'legal-representative' | 'principal' | 'responsible-person' | 'actual-controller';
  name: string;
  id_number: string | null;
};

export type RestrictionSpendingRequestsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  restriction_id: string;
  person_id: string;
  person_name: string;
  item: string;
  basis: 'personal-money' | 'necessity';
  reason: string;
  amount_fen: ColumnType<bigint, bigint, bigint>;
  status: 'pending' | 'granted' | 'refused';
  requested_at: Timestamp;
  requested_by_name: string;
  decided_on: Optional<string>;
  decided_by: Optional<string>;
  decided_by_name: Optional<string>;
  decision_reason: Optional<string>;
};

export type ListingCorrectionsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  listing_id: string;
  ground: 'not-listable' | 'data-wrong' | 'should-be-deleted';
  request: string;
  corrected_fields: ColumnType<Record<string, unknown>, string, string>;
  filed_by_kind: 'debtor' | 'officer';
  filed_on: DateText;
  state: 'pending' | 'justified' | 'rejected';
  decided_on: Optional<string>;
  decision_reason: Optional<string>;
  decided_by_name: Optional<string>;
  review_due_on: DateText;
  correct_due_on: Optional<string>;
  reconsideration_state: ColumnType<
    'none' | 'pending' | 'upheld' | 'revoked',
    'none' | undefined,
    'none' | 'pending' | 'upheld' | 'revoked'
  >;
  reconsideration_filed_on: Optional<string>;
  reconsideration_court_id: Optional<number>;
  reconsideration_due_on: Optional<string>;
  reconsideration_decided_on: Optional<string>;
  reconsideration_reason: Optional<string>;
  reconsideration_decided_by_name: Optional<string>;
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};

export type CreditRestorationState = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export type CreditRestorationsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  listing_id: string;
  debtor_party_id: string;
  ground: string;
  evidence: string;
  commitment: string;
  filed_by_kind: 'debtor' | 'officer';
  filed_by: string | null;
  filed_by_name: string;
  filed_at: Timestamp;
  state: CreditRestorationState;
  approval_id: Optional<string>;
  decided_on: Optional<string>;
  decision_reason: Optional<string>;
};

// The discipline level last recorded for a debtor of a case (分级惩戒, ADR 0210).
export type DisciplineLevelsTable = {
  court_id: number;
  case_id: string;
  debtor_party_id: string;
  level: 'none' | 'reminder' | 'restricted' | 'listed' | 'listed-aggravated';
  reasons: ColumnType<unknown, string, string>;
  computed_at: Timestamp;
};
