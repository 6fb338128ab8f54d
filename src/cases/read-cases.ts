import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { maskIdentity } from '../shared/mask.ts';
import { isUuid } from '../shared/ids.ts';
import { validateCreditCode, validateResidentId } from '../rules/identity.ts';
import { formatYuan } from '../shared/money.ts';
import { parseLocalDate } from '../shared/dates.ts';
import { parseApiDate } from '../shared/contract.ts';
import { caseStatuses, closureModeNames, statusNames, type CaseStatus, type ClosureMode, type Party } from './cases.types.ts';
import { caseEvents, findCaseCourt, isPartyToCase, loadCase, type CaseDetail } from './case-detail.repo.ts';
import { listCaseRows } from './case-list.repo.ts';
import { logPersonalDataRead } from '../access/personal-data-log.ts';
import { logIdentitySearch, searchedIdentity } from './identity-search.ts';
import { isoInstant } from '../shared/dates.ts';
import { withoutFacts } from './case-facts.ts';

// The case routes admit any signed-in user so that staff and parties share them; others (public) are refused.
const readsCases = (who: Principal): boolean => can(who, 'case.read') || can(who, 'party.case.read');

/** Whether this user may read this case: staff by court scope, a party only their own cases. */
async function mayRead(ctx: AppContext, who: Principal, c: { id: string; courtId: number; parties?: Party[] }): Promise<boolean> {
  if (can(who, 'case.read')) return inScope(who, c.courtId);
  // A case loaded with its parties answers for itself, without another query.
  if (can(who, 'party.case.read') && who.partyIdentity && c.parties)
    return c.parties.some((p) => (p.kind === 'person' ? p.idNumber : p.creditCode) === who.partyIdentity);
  if (can(who, 'party.case.read') && who.partyIdentity) return isPartyToCase(ctx.db, c.id, who.partyIdentity);
  return false;
}

export async function getCase(ctx: AppContext, who: Principal, id: string): Promise<Result<ReturnType<typeof caseView>>> {
  if (!readsCases(who)) return failure('forbidden');
  const c = await loadCase(ctx.db, id);
  if (!c || !(await mayRead(ctx, who, c))) return failure('case-not-found');
  // Those who handle cases see identities unmasked; that read is itself logged (architecture: non-negotiables).
  if (can(who, 'identity.read') && who.userId)
    logPersonalDataRead(ctx, { courtId: c.courtId, caseId: c.id, userId: who.userId, purpose: 'case.detail', readAt: ctx.clock.now() });
  return success(caseView(ctx, c, who));
}

/**
 * A case as `who` may see it: ID numbers and credit codes in full for those who handle cases
 * ('identity.read') or when `full` (opened on purpose, see reveal-identities.ts); a party sees only
 * their own in full; everyone else masked (ADR 0061).
 */
export function caseView(ctx: AppContext, c: CaseDetail, who: Principal, full = can(who, 'identity.read')) {
  const court = ctx.courts.byId(c.courtId)!;
  const show = (v: string) => (full || v === who.partyIdentity ? v : maskIdentity(v));
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
    deferredUntil: c.deferredUntil,
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
  caseNumber?: string | undefined;
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

  const partyCourts = courtFilter !== null ? [courtFilter] : null;
  const rows = await listCaseRows(ctx.db, {
    // A party's own cases may lie in any court, so only the court filter narrows them.
    courtIds: partyOnly ? partyCourts : courtIds,
    partyIdentity: partyOnly ? who.partyIdentity : null,
    status: f.status as CaseStatus | undefined,
    officerId: f.officer,
    filedFrom: f.filedFrom,
    filedTo: f.filedTo,
    party: f.party?.trim() || undefined,
    caseNumber: f.caseNumber?.trim() || undefined,
    after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const identity = searchedIdentity(f.party);
  if (identity) await logIdentitySearch(ctx, who, identity, page);
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
  const c = await findCaseCourt(ctx.db, id);
  if (!c || !(await mayRead(ctx, who, c))) return failure('case-not-found');
  const events = await caseEvents(ctx.db, c.id, c.courtId);
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
