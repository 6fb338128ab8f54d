import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { SeizureStatus } from './assets.types.ts';
import type { LocalDate } from '../shared/dates.ts';
import { toAsset } from './assets.repo.ts';
import { toSeizure } from './seizures.repo.ts';

// Seizures as pages show them: with their asset, their case's number and their place in the line.

const FAR = '9999-12-31';

function base(db: Executor) {
  return db
    .selectFrom('seizures')
    .innerJoin('assets', 'assets.id', 'seizures.asset_id')
    .innerJoin('cases', 'cases.id', 'seizures.case_id')
    .selectAll('seizures')
    .select([
      'assets.kind',
      'assets.identifier',
      'assets.identifier_display',
      'assets.institution',
      'assets.owner_name',
      'assets.owner_id_number',
      'assets.estimated_value',
      'assets.encumbrances',
      'assets.exempt',
      'cases.case_number',
    ])
    .select(
      sql<string | null>`case when seizures.status in ('effective','waiting') then (select count(*) from seizures q
        where q.asset_id = seizures.asset_id and q.status in ('effective','waiting') and q.seq <= seizures.seq) end`.as('rank'),
    );
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

const toView = (r: ViewRow) => ({
  seizure: toSeizure(r),
  asset: toAsset({ ...r, id: r.asset_id }),
  caseNumber: r.case_number,
  rank: r.rank === null ? null : Number(r.rank),
});
export type SeizureView = ReturnType<typeof toView>;

export async function seizureViewsOfAssets(db: Executor, assetIds: readonly string[]): Promise<SeizureView[]> {
  if (!assetIds.length) return [];
  const rows = await base(db)
    .where('seizures.asset_id', 'in', assetIds as string[])
    .orderBy('seizures.seq')
    .execute();
  return rows.map(toView);
}

export async function seizureView(db: Executor, id: string): Promise<SeizureView | undefined> {
  const r = await base(db).where('seizures.id', '=', id).executeTakeFirst();
  return r && toView(r);
}

export type RegisterQuery = {
  courtIds: readonly number[];
  status?: SeizureStatus | undefined;
  expiringBy?: LocalDate | undefined; // effective seizures ending on or before this day
  after?: { expiresOn: string; id: string } | undefined;
  limit: number;
};

/** A court's seizures, soonest expiry first (waiting ones last), keyset-paged on (expiry, id). */
export async function registerRows(db: Executor, f: RegisterQuery): Promise<SeizureView[]> {
  let q = base(db).where('seizures.court_id', 'in', f.courtIds as number[]);
  if (f.status) q = q.where('seizures.status', '=', f.status);
  if (f.expiringBy) q = q.where('seizures.status', '=', 'effective').where('seizures.expires_on', '<=', f.expiringBy);
  const key = sql`coalesce(seizures.expires_on, ${FAR}::date)`;
  if (f.after) q = q.where(sql<boolean>`(${key}, seizures.id) > (${f.after.expiresOn}::date, ${f.after.id}::uuid)`);
  const rows = await q.orderBy(key).orderBy('seizures.id').limit(f.limit).execute();
  return rows.map(toView);
}

export const registerKeyOf = (v: SeizureView) => ({ expiresOn: v.seizure.expiresOn ?? FAR, id: v.seizure.id });
