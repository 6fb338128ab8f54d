/* eslint-disable no-restricted-syntax -- its queries move into case-list.repo.ts and case-detail.repo.ts with the list/detail performance work */
import { sql } from 'kysely';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { maskIdentity } from '../shared/mask.ts';
import { isUuid } from '../shared/ids.ts';
import { validateCreditCode, validateResidentId } from '../rules/identity.ts';
import { formatYuan } from '../shared/money.ts';
import { parseLocalDate } from '../shared/dates.ts';
import { parseApiDate } from '../shared/contract.ts';
import { caseStatuses, closureModeNames, statusNames, type CaseStatus, type ClosureMode } from './cases.types.ts';
import { loadCase, type CaseDetail } from './cases.repo.ts';
import { isoInstant } from '../shared/dates.ts';
import { withoutFacts } from './case-facts.ts';

// The case routes admit any signed-in user so that staff and parties share them; others (public) are refused.
const readsCases = (who: Principal): boolean => can(who, 'case.read') || can(who, 'party.case.read');

/** Whether this user may read this case: staff by court scope, a party only their own cases. */
async function mayRead(ctx: AppContext, who: Principal, c: { id: string; courtId: number }): Promise<boolean> {
  if (can(who, 'case.read')) return inScope(who, c.courtId);
  if (can(who, 'party.case.read') && who.partyIdentity) {
    const own = await ctx.db
      .selectFrom('case_parties')
      .select('id')
      .where('case_id', '=', c.id)
      .where((eb) => eb.or([eb('id_number', '=', who.partyIdentity), eb('credit_code', '=', who.partyIdentity)]))
      .executeTakeFirst();
    return Boolean(own);
  }
  return false;
}

export async function getCase(ctx: AppContext, who: Principal, id: string): Promise<Result<ReturnType<typeof caseView>>> {
  if (!readsCases(who)) return failure('forbidden');
  const c = await loadCase(ctx.db, id);
  if (!c || !(await mayRead(ctx, who, c))) return failure('case-not-found');
  // Staff see identities unmasked; that read is itself logged (architecture: non-negotiables).
  if (can(who, 'case.read') && who.userId) {
    await ctx.db
      .insertInto('personal_data_reads')
      .values({ court_id: c.courtId, case_id: c.id, user_id: who.userId, purpose: 'case.detail', read_at: ctx.clock.now() })
      .execute();
  }
  return success(caseView(ctx, c, who));
}

export function caseView(ctx: AppContext, c: CaseDetail, who: Principal) {
  const court = ctx.courts.byId(c.courtId)!;
  // Court staff need identities in full; a party sees only their own in full.
  const staff = can(who, 'case.read');
  const show = (v: string) => (staff || v === who.partyIdentity ? v : maskIdentity(v));
  // What the number itself says (GB 11643 / GB 32100), shown only beside a number shown in full.
  const decodedPerson = (id: string) => {
    const d = validateResidentId(id);
    return { birthDate: d.birthDate, sex: d.sex, regionCode: d.regionCode };
  };
  const decodedOrganization = (code: string) => {
    const d = validateCreditCode(code);
    return {
      registrationAuthority: d.registrationAuthority?.name ?? null,
      organisationType: d.organisationType?.name ?? null,
      regionCode: d.regionCode,
    };
  };
  const parties = c.parties.map((p) => {
    if (p.kind === 'person') {
      const idNumber = show(p.idNumber);
      return { role: p.role, kind: p.kind, name: p.name, idNumber, ...(idNumber === p.idNumber ? decodedPerson(p.idNumber) : {}) };
    }
    const creditCode = show(p.creditCode);
    return {
      role: p.role,
      kind: p.kind,
      name: p.name,
      creditCode,
      legalRepresentative: p.legalRepresentative,
      ...(creditCode === p.creditCode ? decodedOrganization(p.creditCode) : {}),
    };
  });
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    court: { code: court.code, name: court.name },
    type: c.type,
    typeCode: c.typeCode,
    status: c.status,
    statusName: statusNames[c.status],
    filedOn: c.filedOn,
    claimAmount: formatYuan(c.claimAmount),
    officer: c.officerId ? { id: c.officerId, name: c.officerName } : null,
    closure: c.closureMode
      ? { mode: c.closureMode, modeName: closureModeNames[c.closureMode], closedOn: c.closedOn, reason: c.closureReason }
      : null,
    resumedFrom: c.resumedFromId ? { id: c.resumedFromId, caseNumber: c.resumedFromNumber } : null,
    resumedBy: c.resumedByIds,
    title: c.title && {
      ...c.title,
      obligations: c.title.obligations.map((o) => (o.kind === 'money' ? { ...o, amount: formatYuan(o.amount) } : o)),
    },
    applicants: parties.filter((p) => p.role === 'applicant'),
    debtors: parties.filter((p) => p.role === 'debtor'),
    thirdParties: parties.filter((p) => p.role === 'third-party'),
    version: c.version,
  };
}

export type CaseFilters = {
  court?: string | undefined;
  status?: string | undefined;
  officer?: string | undefined;
  filedFrom?: string | undefined;
  filedTo?: string | undefined;
  party?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

// Keyset pagination on (filed_on desc, id desc): stable under concurrent inserts, no OFFSET scans.
export async function listCases(ctx: AppContext, who: Principal, f: CaseFilters) {
  if (!readsCases(who)) return failure('forbidden');
  const limit = Math.min(Math.max(f.limit ?? 20, 1), 200);
  let courtIds: readonly number[] = who.courtIds;
  let courtFilter: number | null = null;
  if (f.court) {
    const court = ctx.courts.byCode(f.court);
    if (!court) return failure('unknown-court', f.court);
    courtFilter = court.id;
    courtIds = courtIds.includes(court.id) ? [court.id] : [];
  }
  if (f.status && !(caseStatuses as readonly string[]).includes(f.status)) return failure('unknown-status', `未知状态 ${f.status}`);
  for (const d of [f.filedFrom, f.filedTo]) if (d && !parseLocalDate(d)) return failure('invalid-date-value', d);
  if (f.officer && !isUuid(f.officer)) return failure('validation-failed', '承办人编号不正确');
  let after: { filedOn: string; id: string } | null = null;
  if (f.cursor) {
    const [filedOn, id] = Buffer.from(f.cursor, 'base64url').toString().split('|');
    if (!filedOn || !id || !parseApiDate(filedOn) || !isUuid(id)) return failure('invalid-cursor');
    after = { filedOn, id };
  }
  const partyOnly = !can(who, 'case.read');
  if (partyOnly && !who.partyIdentity) return success({ items: [], nextCursor: null });
  if (!partyOnly && courtIds.length === 0) return success({ items: [], nextCursor: null });

  let q = ctx.db
    .selectFrom('cases')
    .leftJoin('users', 'users.id', 'cases.officer_id')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.court_id',
      'cases.type',
      'cases.status',
      'cases.filed_on',
      'cases.claim_amount',
      'cases.applicant_names',
      'cases.debtor_names',
      'cases.closure_mode',
      'users.display_name as officer_name',
    ]);
  if (partyOnly) {
    const identity = who.partyIdentity!;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_parties')
          .select('case_parties.id')
          .whereRef('case_parties.case_id', '=', 'cases.id')
          .where((e) => e.or([e('case_parties.id_number', '=', identity), e('case_parties.credit_code', '=', identity)])),
      ),
    );
    // A party's own cases may lie in any court, so the court filter narrows them directly.
    if (courtFilter !== null) q = q.where('cases.court_id', '=', courtFilter);
  } else {
    q = q.where('cases.court_id', 'in', courtIds as number[]);
  }
  if (f.status) q = q.where('cases.status', '=', f.status as CaseStatus);
  if (f.officer) q = q.where('cases.officer_id', '=', f.officer);
  if (f.filedFrom) q = q.where('cases.filed_on', '>=', f.filedFrom);
  if (f.filedTo) q = q.where('cases.filed_on', '<=', f.filedTo);
  if (f.party) {
    const term = f.party.trim().toUpperCase();
    const like = `%${f.party.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('cases.applicant_names', 'like', like),
        eb('cases.debtor_names', 'like', like),
        eb.exists(
          eb
            .selectFrom('case_parties')
            .select('case_parties.id')
            .whereRef('case_parties.case_id', '=', 'cases.id')
            .where((e) => e.or([e('case_parties.id_number', '=', term), e('case_parties.credit_code', '=', term)])),
        ),
      ]),
    );
  }
  if (after) q = q.where(sql<boolean>`(cases.filed_on, cases.id) < (${after.filedOn}::date, ${after.id}::uuid)`);
  const rows = await q
    .orderBy('cases.filed_on', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return success({
    items: page.map((r) => {
      const court = ctx.courts.byId(r.court_id)!;
      return {
        id: r.id,
        caseNumber: r.case_number,
        court: { code: court.code, name: court.name },
        type: r.type,
        status: r.status,
        statusName: statusNames[r.status],
        closureMode: r.closure_mode as ClosureMode | null,
        filedOn: r.filed_on,
        claimAmount: formatYuan(BigInt(r.claim_amount)),
        applicants: r.applicant_names,
        debtors: r.debtor_names,
        officerName: r.officer_name,
      };
    }),
    nextCursor: rows.length > limit && last ? Buffer.from(`${last.filed_on}|${last.id}`).toString('base64url') : null,
  });
}

export async function caseTimeline(ctx: AppContext, who: Principal, id: string) {
  if (!readsCases(who)) return failure('forbidden');
  if (!isUuid(id)) return failure('case-not-found');
  const c = await ctx.db.selectFrom('cases').select(['id', 'court_id']).where('id', '=', id).executeTakeFirst();
  if (!c || !(await mayRead(ctx, who, { id: c.id, courtId: c.court_id }))) return failure('case-not-found');
  const events = await ctx.db
    .selectFrom('events')
    .select(['id', 'seq', 'occurred_at', 'actor_name', 'action', 'changes'])
    .where('case_id', '=', id)
    .where('court_id', '=', c.court_id)
    .orderBy('seq')
    .execute();
  return success({
    items: events.map((e) => ({
      id: e.id,
      seq: String(e.seq),
      at: isoInstant(e.occurred_at),
      actor: e.actor_name,
      action: e.action,
      changes: withoutFacts(e.changes),
    })),
  });
}
