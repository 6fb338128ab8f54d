import type { ColumnType, Generated } from 'kysely';

// Row types of the online asset searches' tables (src/searches/), part of the Database in schema.ts.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json = ColumnType<unknown, string, string>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;

export type AssetSearchesTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  kinds: Json;
  started_by: string | null;
  started_by_name: string;
  started_at: Timestamp;
};

/** One outbound request of a search: one debtor at one institution, for the kinds it covers. */
export type AssetSearchRequestsTable = {
  request_id: string;
  search_id: string;
  court_id: number;
  case_id: string;
  debtor_party_id: string;
  debtor_name: string;
  institution: string;
  kinds: Json;
};

export type AssetFindingsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  search_id: string;
  request_id: string;
  debtor_party_id: string;
  kind: string;
  identifier: string;
  institution: string;
  estimated_value_fen: Int8 | null;
  details: Json;
  found_at: Timestamp;
};
