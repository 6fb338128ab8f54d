import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { ApprovalDecisionsTable, ApprovalRequestsTable } from './approvals-schema.ts';
import type {
  ConsumptionRestrictionsTable,
  CreditFeedTable,
  CreditNotificationsTable,
  CreditRestorationsTable,
  DisciplineLevelsTable,
  DishonestListingsTable,
  ListingCorrectionsTable,
  RestrictionPersonsTable,
  RestrictionSpendingRequestsTable,
} from './credit-schema.ts';
import type { AssetsTable, CaseAssetsTable, CaseReceiptsTable, SeizuresTable } from './assets-schema.ts';
import type {
  AssetLeadsTable,
  AssetReportItemsTable,
  AssetReportsTable,
  AssetReportVerificationsTable,
  EvidenceCustodyTable,
  EvidenceFilesTable,
  OnsiteRecordsTable,
  ReportSanctionsTable,
} from './handling-schema.ts';
import type {
  FundsAccountsTable,
  FundsHoldsTable,
  FundsPayeesTable,
  FundsPayoutDecisionsTable,
  FundsPayoutsTable,
  FundsReceiptsTable,
  FundsStatementLinesTable,
  FundsUnmatchedTable,
  LedgerEntriesTable,
  LedgerTransactionsTable,
} from './funds-schema.ts';
import type { AssetSalesTable, AuctionRoundsTable, ReferencePricesTable } from './disposal-schema.ts';
import type { DistributionClaimsTable, DistributionObjectionsTable, DistributionsTable } from './distribution-schema.ts';
import type { DormantCasesTable, DormantResearchesTable } from './dormant-schema.ts';
import type { AssetFindingsTable, AssetSearchesTable, AssetSearchRequestsTable } from './searches-schema.ts';
import type {
  DeadlinesTable,
  OutboundRequestsTable,
  DeadlineRemindersTable,
  SweepRunsTable,
  IdempotencyKeysTable,
  OutboundAttemptsTable,
  OutboundAnswersTable,
  DocumentsTable,
  DocumentServicesTable,
} from './mechanisms-schema.ts';
export type {
  DeadlinesTable,
  OutboundRequestsTable,
  DeadlineRemindersTable,
  SweepRunsTable,
  IdempotencyKeysTable,
  OutboundAttemptsTable,
  OutboundAnswersTable,
  DocumentsTable,
  DocumentServicesTable,
} from './mechanisms-schema.ts';

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
  must_change_password: Generated<boolean>;
  /** An `institution` user's institution (src/institutions); null for every other role. */
  institution_code: Generated<string | null>;
};

export type SessionsTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
} & SessionClientColumns;
// Where a session was opened from and when it was last used (the account pages' 登录设备).
type SessionClientColumns = { id: Generated<string>; address: string | null; user_agent: string | null; last_seen_at: Timestamp | null };

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
  cause: ColumnType<string | null, string | null | undefined, string | null>;
  applied_on: ColumnType<string | null, string | null | undefined, string | null>;
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
  issuer_type: Generated<string>;
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
  id_type: string;
  address: string | null;
  service_address: string | null;
  address_confirmed_on: DateText | null;
  phone: string | null;
  agents: ColumnType<unknown, string | undefined, string>;
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
  assets: AssetsTable; // and case_assets, seizures, case_receipts: src/assets
  case_assets: CaseAssetsTable;
  seizures: SeizuresTable;
  case_receipts: CaseReceiptsTable;
  // Asset reports and sanctions, leads, on-site records and evidence (src/reports, src/leads, src/onsite).
  asset_reports: AssetReportsTable;
  asset_report_items: AssetReportItemsTable;
  asset_report_verifications: AssetReportVerificationsTable;
  report_sanctions: ReportSanctionsTable;
  asset_leads: AssetLeadsTable;
  onsite_records: OnsiteRecordsTable;
  evidence_files: EvidenceFilesTable;
  evidence_custody: EvidenceCustodyTable;
  asset_searches: AssetSearchesTable; // and its requests and findings, src/searches
  asset_search_requests: AssetSearchRequestsTable;
  asset_findings: AssetFindingsTable;
  // Case funds: accounts, the ledger, receipts, statements, payees, payouts and holds (src/funds).
  funds_accounts: FundsAccountsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_entries: LedgerEntriesTable;
  funds_receipts: FundsReceiptsTable;
  funds_statement_lines: FundsStatementLinesTable;
  funds_unmatched: FundsUnmatchedTable;
  funds_payees: FundsPayeesTable;
  funds_payouts: FundsPayoutsTable;
  funds_payout_decisions: FundsPayoutDecisionsTable;
  funds_holds: FundsHoldsTable;
  reference_prices: ReferencePricesTable; // and auction_rounds, asset_sales: src/disposal
  auction_rounds: AuctionRoundsTable;
  asset_sales: AssetSalesTable;
  // Distribution among creditors (参与分配): distributions, their claims and objections (src/distribution).
  distributions: DistributionsTable;
  distribution_claims: DistributionClaimsTable;
  distribution_objections: DistributionObjectionsTable;
  // Credit discipline: the dishonest list (src/credit).
  dishonest_listings: DishonestListingsTable;
  credit_notifications: CreditNotificationsTable;
  credit_feed: CreditFeedTable;
  consumption_restrictions: ConsumptionRestrictionsTable;
  restriction_persons: RestrictionPersonsTable;
  restriction_spending_requests: RestrictionSpendingRequestsTable;
  listing_corrections: ListingCorrectionsTable;
  credit_restorations: CreditRestorationsTable;
  discipline_levels: DisciplineLevelsTable;
  // 终本案件库 and its re-searches (src/dormant).
  dormant_cases: DormantCasesTable;
  dormant_researches: DormantResearchesTable;
};
