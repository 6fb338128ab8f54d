import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { partyView } from './party-view.ts';
import { formatYuan } from '../shared/money.ts';
import { issuedByCourt, issuerTypeNames } from '../shared/vocabulary.ts';
import { parseCaseNumber } from '../rules/case-number.ts';
import { closureModeNames, statusNames, type Party, partyIdentityOf } from './cases.types.ts';
import { caseEvents, findCaseCourt, isPartyToCase, loadCase, type CaseDetail } from './case-detail.repo.ts';
import { logPersonalDataRead } from '../access/personal-data-log.ts';
import { isoInstant } from '../shared/dates.ts';
import { withoutFacts } from './case-facts.ts';

// The case routes admit any signed-in user so that staff and parties share them; others (public) are refused.
export const readsCases = (who: Principal): boolean => can(who, 'case.read') || can(who, 'party.case.read');

/** Whether this user may read this case: staff by court scope, a party only their own cases. */
async function mayRead(ctx: AppContext, who: Principal, c: { id: string; courtId: number; parties?: Party[] }): Promise<boolean> {
  if (can(who, 'case.read')) return inScope(who, c.courtId);
  // A case loaded with its parties answers for itself, without another query.
  if (can(who, 'party.case.read') && who.partyIdentity && c.parties) return c.parties.some((p) => partyIdentityOf(p) === who.partyIdentity);
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
  const parties = c.parties.map((p) => partyView(p, full, who.partyIdentity));
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
    appliedOn: c.appliedOn,
    cause: c.cause,
    claimAmount: formatYuan(c.claimAmount),
    officer: c.officerId ? { id: c.officerId, name: c.officerName } : null,
    closure: c.closureMode
      ? { mode: c.closureMode, modeName: closureModeNames[c.closureMode], closedOn: c.closedOn, reason: c.closureReason }
      : null,
    resumedFrom: c.resumedFromId ? { id: c.resumedFromId, caseNumber: c.resumedFromNumber } : null,
    resumedBy: c.resumedByIds,
    title: c.title && {
      ...c.title,
      issuerTypeName: issuerTypeNames[c.title.issuerType],
      originalCase: originalCase(ctx, c.title),
      obligations: c.title.obligations.map((o) => (o.kind === 'money' ? { ...o, amount: formatYuan(o.amount) } : o)),
    },
    applicants: parties.filter((p) => p.role === 'applicant'),
    debtors: parties.filter((p) => p.role === 'debtor'),
    thirdParties: parties.filter((p) => p.role === 'third-party'),
    version: c.version,
  };
}

// A court's document carries the trial court's case number: the number with its court (when the
// registry knows the code), so the detail can say which court and case the title comes from.
function originalCase(ctx: AppContext, t: NonNullable<CaseDetail['title']>) {
  if (!issuedByCourt(t.issuerType)) return null;
  const parsed = parseCaseNumber(t.documentNumber);
  if (!parsed.valid) return null;
  const court = parsed.courtCode ? ctx.courts.byCode(parsed.courtCode) : undefined;
  return { caseNumber: parsed.normalized ?? t.documentNumber, court: court ? { code: court.code, name: court.name } : null };
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
