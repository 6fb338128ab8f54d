import type { ColumnType, Generated } from 'kysely';

// Row types of the asset register, seizures and receipts (src/assets/), part of the Database in schema.ts.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export type AssetsTable = {
  id: string;
  kind: string;
  identifier: string;
  identifier_display: string;
  institution: string | null;
  owner_name: string | null;
  owner_id_number: string | null;
  estimated_value: Int8 | null;
  encumbrances: Json;
  exempt: Json;
  details: Json;
  created_at: Timestamp;
};

export type CaseAssetsTable = {
  court_id: number;
  case_id: string;
  asset_id: string;
  source: 'search' | 'report' | 'lead' | 'officer';
  recorded_at: Timestamp;
  recorded_by: string | null;
  recorded_by_name: string;
};

export type SeizuresTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  asset_id: string;
  measure: 'freeze' | 'seal' | 'seize';
  status: 'effective' | 'waiting' | 'released' | 'lapsed';
  ruled_on: DateText;
  notice_on: DateText;
  effective_from: DateText | null;
  expires_on: DateText | null;
  term_kind: string;
  renewals: Generated<number>;
  amount: Int8 | null;
  deducted: ColumnType<bigint, bigint | number | string | undefined, bigint | number | string>;
  live: Generated<boolean>;
  ended_on: DateText | null;
  release_reason: string | null;
  release_note: string | null;
  registered_at: Timestamp;
  registered_by_name: string;
};

export type CaseReceiptsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  amount: Int8;
  received_on: DateText;
  source: 'deduction' | 'auction' | 'sale' | 'set-off';
  seizure_id: string | null;
  disposal_id: ColumnType<string | null, string | null | undefined, string | null>;
  confirmation: string | null;
  recorded_at: Timestamp;
  recorded_by_name: string;
};
