import type { ColumnType, Generated } from 'kysely';

// Row types of disposal (src/disposal/): reference prices, auction rounds, sales and 以物抵债.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DateText = ColumnType<string, string, string>;
type Int8 = ColumnType<bigint, bigint | number | string, bigint | number | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export type ReferencePricesTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  asset_id: string;
  seizure_id: string;
  started_on: DateText;
  status: 'running' | 'fixed';
  appraisal_required: boolean;
  directed_requested: boolean;
  steps: Json;
  method: string | null;
  price: Int8 | null;
  fixed_on: DateText | null;
  valid_until: DateText | null;
  created_at: Timestamp;
  created_by_name: string;
};

export type AuctionRoundsTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  asset_id: string;
  reference_price_id: string;
  round: number;
  platform: string;
  starting_price: Int8;
  deposit: Int8;
  increment: Int8;
  announced_on: DateText;
  bidding_starts_at: Timestamp;
  bidding_ends_at: Timestamp;
  status: 'announced' | 'sold' | 'unsold' | 'withdrawn' | 'defaulted' | 'paid';
  ended_at: Timestamp | null;
  outcome_on: DateText | null;
  buyer: string | null;
  price: Int8 | null;
  reason: string | null;
  bids: Json | null;
  created_at: Timestamp;
  created_by_name: string;
};

export type AssetSalesTable = {
  id: string;
  seq: Generated<bigint>;
  court_id: number;
  case_id: string;
  asset_id: string;
  after_round_id: string;
  kind: 'sale' | 'set-off';
  price: Int8;
  started_on: DateText;
  period_ends_on: DateText | null;
  status: 'open' | 'sold' | 'unsold' | 'done';
  counterparty: string | null;
  consent_on: DateText | null;
  completed_on: DateText | null;
  created_at: Timestamp;
  created_by_name: string;
};
