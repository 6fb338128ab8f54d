import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { meetDeadline, openDeadline } from '../deadlines/deadline-changes.ts';
import { maxSeizureTerm, type SeizureAssetKind } from '../rules/seizure-term.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { measureNames } from './assets.types.ts';
import { updateSeizure } from './seizures.repo.ts';
import { RENEWAL_NODE, renewalSubject, withSeizureLocks } from './waiting-list.ts';

export type Renewal = { effectiveOn: LocalDate; expiresOn?: LocalDate | undefined };
export type Renewed = { id: string; status: 'effective'; expiresOn: LocalDate; renewals: number };

/**
 * 续行: before the term ends, a renewal for at most the same maximum term, counted from the end of
 * the current one (民诉法解释 第485条). After the last day the seizure has lapsed (查封规定 第27条).
 */
export function renewSeizure(ctx: AppContext, who: Principal, seizureId: string, r: Renewal): Promise<Result<Renewed>> {
  if (!can(who, 'case.progress')) return Promise.resolve(failure('forbidden'));
  const today = ctx.clock.today();
  if (compareDates(r.effectiveOn, today) > 0) return Promise.resolve(failure('date-in-future', '续行日期不能晚于今天'));
  return withSeizureLocks<Renewed>(
    (work) => transact(ctx, work),
    seizureId,
    async (tx, { seizure: s, cases }) => {
      const c = cases.get(s.caseId);
      if (!c || !inScope(who, c.courtId)) return failure('seizure-not-found');
      if (c.status === 'closed') return failure('seizure-on-closed-case');
      if (s.status === 'lapsed') return failure('renewal-after-expiry', `该措施已于 ${s.expiresOn} 期满失效`);
      if (s.status !== 'effective')
        return failure('seizure-not-renewable', s.status === 'waiting' ? '轮候的措施尚未生效，不能续行' : undefined);
      const expiry = s.expiresOn!;
      if (compareDates(today, expiry) > 0 || compareDates(r.effectiveOn, expiry) > 0)
        return failure('renewal-after-expiry', `期限已于 ${expiry} 届满，续行须在届满前办理`);
      if (compareDates(r.effectiveOn, s.effectiveFrom!) < 0) return failure('seizure-dates-invalid', '续行日期不能早于措施生效日期');
      const term = maxSeizureTerm({
        assetKind: s.termKind as SeizureAssetKind,
        start: expiry,
        ...(r.expiresOn ? { requestedEnd: r.expiresOn } : {}),
      });
      if (!term.ok) return failure('seizure-dates-invalid', term.detail);
      if (term.value.requestedEndAllowed === false)
        return failure('seizure-term-too-long', `续行期限不得超过 ${term.value.maxYears} 年，至迟到 ${term.value.maxEnd}`);
      const expiresOn = r.expiresOn ?? term.value.maxEnd;
      const renewed = await updateSeizure(tx, s.id, { expiresOn, renewals: s.renewals + 1 });
      const now = ctx.clock.now();
      const actor = actorOf(who);
      await appendEvent(tx, actor, now, {
        courtId: s.courtId,
        caseId: s.caseId,
        action: 'seizure.renewed',
        entityType: 'seizure',
        entityId: s.id,
        changes: {
          measureName: measureNames[s.measure],
          expiresOn: { before: expiry, after: expiresOn },
          renewedOn: r.effectiveOn,
          renewals: renewed.renewals,
        },
      });
      await meetDeadline(tx, ctx, actor, now, { caseId: s.caseId, node: RENEWAL_NODE, subject: renewalSubject(s), metOn: r.effectiveOn });
      await openDeadline(tx, ctx, actor, now, {
        courtId: s.courtId,
        caseId: s.caseId,
        node: RENEWAL_NODE,
        subject: renewalSubject(renewed),
        startOn: expiry,
        dueOn: expiresOn,
      });
      return success({ id: s.id, status: 'effective', expiresOn, renewals: renewed.renewals });
    },
  );
}
