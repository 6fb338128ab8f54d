import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';

// What a 终本 ruling recites, read from the case's own records: the measures as their events
// recorded them (first day and count per kind), the assets found with the state of their
// seizure, the money received, and the latest applicant interview.

export type MeasureRow = { action: string; first_on: string; n: number };
export type RulingAssetRow = { kind: string; identifier_display: string; estimated_value: string | null; seizure: string | null };

export const RULING_MEASURE_ACTIONS = [
  'case.enforcement-notice-served',
  'case.asset-report-order-served',
  'case.asset-report-verified',
  'asset-search.started',
  'case.asset-lead-verified',
  'case.onsite-enforced',
  'seizure.ordered',
  'auction.announced',
  'credit.restriction-imposed',
  'credit.listing-published',
  'case.sanction-imposed',
] as const;

export async function rulingMeasures(db: Executor, caseId: string): Promise<MeasureRow[]> {
  const { rows } = await sql<MeasureRow>`
    select action, min(coalesce(changes->>'servedOn', (occurred_at at time zone 'Asia/Shanghai')::date::text)) as first_on,
      count(*)::int as n
    from events
    where case_id = ${caseId} and action in (${sql.join(RULING_MEASURE_ACTIONS.map((a) => sql.lit(a)))})
    group by action order by first_on, action`.execute(db);
  return rows;
}

export async function rulingAssets(db: Executor, caseId: string): Promise<RulingAssetRow[]> {
  const { rows } = await sql<RulingAssetRow>`
    select a.kind, a.identifier_display, a.estimated_value::text as estimated_value,
      (select s.status from seizures s where s.case_id = ca.case_id and s.asset_id = a.id order by s.seq desc limit 1) as seizure
    from case_assets ca join assets a on a.id = ca.asset_id
    where ca.case_id = ${caseId} order by ca.recorded_at, a.id`.execute(db);
  return rows;
}

/** The claim and what the case's account has received (funds_receipts), in fen. */
export async function claimAndReceived(db: Executor, caseId: string): Promise<{ claim: bigint; received: bigint }> {
  const { rows } = await sql<{ claim: string; received: string }>`
    select (select claim_amount from cases where id = ${caseId})::text as claim,
      (select coalesce(sum(amount), 0) from funds_receipts where case_id = ${caseId})::text as received`.execute(db);
  return { claim: BigInt(rows[0]!.claim), received: BigInt(rows[0]!.received) };
}

export async function latestInterview(db: Executor, caseId: string): Promise<{ on: string; view: string } | null> {
  const { rows } = await sql<{ on: string | null; view: string | null }>`
    select changes->>'interviewedOn' as on, changes->>'applicantView' as view from events
    where case_id = ${caseId} and action = 'case.applicant-interviewed' order by seq desc limit 1`.execute(db);
  const r = rows[0];
  return r?.on && r.view ? { on: r.on, view: r.view } : null;
}
