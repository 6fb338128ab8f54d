import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import type { CourtRow } from '../courts/court-directory.ts';
import { deletionGroundNames, deletionGrounds, type DeletionGround } from '../rules/listing-deletion.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { listingGroundNames, listingStatuses, listingStatusNames, type DishonestListingStatus } from './credit.types.ts';
import { registerPage, type RegisterRow } from './register.repo.ts';

// The court's dishonest-list register (ADR 0207): one court's listings, newest decision first.

/**
 * The court a register or statistics query is about: the user's own court by default; another
 * court by its code only within the user's scope (a higher court's user, a lower court of its tree).
 */
export function courtOfQuery(ctx: AppContext, who: Principal, code: string | undefined): Result<CourtRow> {
  const court = code === undefined || code.trim() === '' ? ctx.courts.byId(who.courtId) : ctx.courts.byCode(code.trim());
  if (!court) return failure('unknown-court', `没有代字为「${code ?? ''}」的法院`);
  if (!inScope(who, court.id)) return failure('court-out-of-scope', `${court.name}不在您的辖区内`);
  return success(court);
}

export type RegisterQuery = {
  court?: string | undefined;
  status?: string | undefined;
  ground?: number | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
};

export type RegisterItem = {
  id: string;
  caseId: string;
  caseNumber: string;
  courtCode: string;
  courtName: string;
  debtorName: string;
  debtorKind: 'person' | 'organization';
  ground: number;
  groundName: string;
  status: DishonestListingStatus;
  statusName: string;
  decidedOn: string;
  publishOn: string;
  publishedOn: string | null;
  endsOn: string | null;
  endedOn: string | null;
  endGround: DeletionGround | null;
  endGroundName: string | null;
  deletionDueOn: string | null;
};

export type ListingRegister = {
  court: { code: string; name: string };
  items: RegisterItem[];
  total: number;
  page: number;
  pageSize: number;
};

const groundOf = (g: string | null): DeletionGround | null => deletionGrounds.find((d) => d === g) ?? null;

const itemOf = (r: RegisterRow, court: CourtRow | undefined): RegisterItem => {
  const end = groundOf(r.end_ground);
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    courtCode: court?.code ?? '',
    courtName: court?.name ?? '',
    debtorName: r.debtor_name,
    debtorKind: r.debtor_kind,
    ground: r.ground,
    groundName: listingGroundNames[r.ground] ?? '',
    status: r.status,
    statusName: listingStatusNames[r.status],
    decidedOn: r.decided_on,
    publishOn: r.publish_on,
    publishedOn: r.published_on,
    endsOn: r.ends_on,
    endedOn: r.ended_on,
    endGround: end,
    endGroundName: end ? deletionGroundNames[end].label : null,
    deletionDueOn: r.deletion_due_on,
  };
};

function dateOf(text: string | undefined): Result<LocalDate | undefined> {
  if (text === undefined) return success(undefined);
  const d = parseLocalDate(text);
  return d ? success(d) : failure('validation-failed', `日期不正确：${text}`);
}

/** GET /dishonest-listings: court staff, for their court or a lower court in their scope. */
export async function listingRegister(ctx: AppContext, who: Principal, f: RegisterQuery): Promise<Result<ListingRegister>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const court = courtOfQuery(ctx, who, f.court);
  if (!court.ok) return court;
  if (f.status !== undefined && !(listingStatuses as readonly string[]).includes(f.status))
    return failure('validation-failed', '状态不正确');
  const from = dateOf(f.from);
  const to = dateOf(f.to);
  if (!from.ok) return from;
  if (!to.ok) return to;
  if (from.value && to.value && compareDates(from.value, to.value) > 0) return failure('validation-failed', '起始日期不能晚于截止日期');
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const { rows, total } = await registerPage(
    ctx.db,
    {
      courtId: court.value.id,
      status: f.status as DishonestListingStatus | undefined,
      ground: f.ground,
      q: f.q?.trim() || undefined,
      from: from.value,
      to: to.value,
    },
    { offset: (page - 1) * pageSize, limit: pageSize },
  );
  return success({
    court: { code: court.value.code, name: court.value.name },
    items: rows.map((r) => itemOf(r, ctx.courts.byId(r.court_id))),
    total,
    page,
    pageSize,
  });
}
