import { sql, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { DishonestListingStatus } from '../db/credit-schema.ts';
import type { LocalDate } from '../shared/dates.ts';

// The SQL of the court's listing register and of the credit statistics (ADR 0207).

export type RegisterFilter = {
  readonly courtId: number;
  readonly status?: DishonestListingStatus | undefined;
  readonly ground?: number | undefined;
  readonly q?: string | undefined;
  readonly from?: LocalDate | undefined;
  readonly to?: LocalDate | undefined;
};

export type RegisterRow = {
  id: string;
  case_id: string;
  case_number: string;
  court_id: number;
  debtor_name: string;
  debtor_kind: 'person' | 'organization';
  ground: number;
  status: DishonestListingStatus;
  decided_on: string;
  publish_on: string;
  published_on: string | null;
  ends_on: string | null;
  ended_on: string | null;
  end_ground: string | null;
  deletion_due_on: string | null;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (m) => `\\${m}`);

// A pending row whose request the 院长 rejected (or its filer withdrew) reads as rejected (credit.repo.ts#statusOf).
const effectiveStatus = sql<DishonestListingStatus>`case when l.status = 'pending' and a.state in ('rejected', 'withdrawn')
  then 'rejected' else l.status end`;

function base(db: Executor, f: RegisterFilter) {
  let q = db
    .selectFrom('dishonest_listings as l')
    .innerJoin('cases as c', 'c.id', 'l.case_id')
    .leftJoin('approval_requests as a', 'a.id', 'l.approval_id')
    .where('l.court_id', '=', f.courtId);
  if (f.status) q = q.where(sql<SqlBool>`${effectiveStatus} = ${f.status}`);
  if (f.ground !== undefined) q = q.where('l.ground', '=', f.ground);
  if (f.from) q = q.where('l.decided_on', '>=', f.from);
  if (f.to) q = q.where('l.decided_on', '<=', f.to);
  if (f.q) {
    const text = f.q;
    q = q.where((eb): Expression<SqlBool> =>
      eb.or([
        eb('l.debtor_name', 'ilike', `%${escapeLike(text)}%`),
        sql<SqlBool>`c.case_number_normalized like ('%' || normalize_case_number(${escapeLike(text)}) || '%')`,
      ]),
    );
  }
  return q;
}

/** One page of the court's listings, newest decision first, and how many match in all. */
export async function registerPage(
  db: Executor,
  f: RegisterFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: RegisterRow[]; total: number }> {
  const rows = await base(db, f)
    .select([
      'l.id',
      'l.case_id',
      'c.case_number',
      'l.court_id',
      'l.debtor_name',
      'l.debtor_kind',
      'l.ground',
      effectiveStatus.as('status'),
      'l.decided_on',
      'l.publish_on',
      'l.published_on',
      'l.ends_on',
      'l.ended_on',
      'l.end_ground',
      'l.deletion_due_on',
    ])
    .orderBy('l.decided_on', 'desc')
    .orderBy('l.seq', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const counted = await base(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(counted.n) };
}

export type PeriodBounds = { from: LocalDate; to: LocalDate; fromAt: Date; toAt: Date };
export type CourtCount = { court_id: number; kind: string; ground: string | null; n: number };

export const RESTRICTION_IMPOSED = 'credit.restriction-imposed';
export const RESTORATION_APPROVED = 'credit.restoration-approved';

/**
 * Per court of `courtIds`, in one period: listings published (by published_on), published listings
 * ended (by ended_on and end ground), and the restriction and restoration events recorded in it
 * (occurred_at in [fromAt, toAt): the period's local days in Asia/Shanghai).
 */
export async function periodCounts(db: Executor, courtIds: readonly number[], p: PeriodBounds): Promise<CourtCount[]> {
  if (courtIds.length === 0) return [];
  const ids = [...courtIds];
  const { rows } = await sql<{ court_id: number; kind: string; ground: string | null; n: string }>`
    select court_id, 'published' as kind, null::text as ground, count(*) as n from dishonest_listings
      where court_id = any(${ids}::int[]) and published_on between ${p.from} and ${p.to}
      group by court_id
    union all
    select court_id, 'ended', end_ground, count(*) from dishonest_listings
      where court_id = any(${ids}::int[]) and published_on is not null and status in ('deleted', 'expired')
        and ended_on between ${p.from} and ${p.to}
      group by court_id, end_ground
    union all
    select court_id, action, null, count(*) from events
      where court_id = any(${ids}::int[]) and action in (${RESTRICTION_IMPOSED}, ${RESTORATION_APPROVED})
        and occurred_at >= ${p.fromAt} and occurred_at < ${p.toAt}
      group by court_id, action`.execute(db);
  return rows.map((r) => ({ court_id: Number(r.court_id), kind: r.kind, ground: r.ground, n: Number(r.n) }));
}
