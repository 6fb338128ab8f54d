import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvents } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { measureNames, releaseReasonNames, type ReleaseReason } from './assets.types.ts';
import { updateSeizure } from './seizures.repo.ts';
import { promoteNext, withSeizureLocks, writeByCourt } from './waiting-list.ts';

export type Release = { releasedOn: LocalDate; reason: ReleaseReason; note?: string | undefined };
export type Released = {
  id: string;
  status: 'released';
  promoted: { id: string; caseId: string; effectiveFrom: LocalDate; expiresOn: LocalDate } | null;
};

/**
 * 解除 a seizure for one of the lawful reasons (查封规定 第28条; 第19条 for an excess). If it was the
 * one in effect, the earliest waiting seizure of the asset takes effect the same day (第26条).
 */
export function releaseSeizure(ctx: AppContext, who: Principal, seizureId: string, r: Release): Promise<Result<Released>> {
  if (!can(who, 'case.progress')) return Promise.resolve(failure('forbidden'));
  const note = r.note?.trim() || null;
  if (r.reason === 'other' && !note) return Promise.resolve(failure('release-note-required'));
  if (compareDates(r.releasedOn, ctx.clock.today()) > 0) return Promise.resolve(failure('date-in-future', '解除日期不能晚于今天'));
  return withSeizureLocks<Released>(
    (work) => transact(ctx, work),
    seizureId,
    async (tx, locked) => {
      const s = locked.seizure;
      const c = locked.cases.get(s.caseId);
      if (!c || !inScope(who, c.courtId)) return failure('seizure-not-found');
      if (s.status !== 'effective' && s.status !== 'waiting') return failure('seizure-not-active');
      const from = s.effectiveFrom ?? s.noticeOn;
      if (compareDates(r.releasedOn, from) < 0) return failure('seizure-dates-invalid', `解除日期不能早于 ${from}`);
      const now = ctx.clock.now();
      const actor = actorOf(who);
      await updateSeizure(tx, s.id, { status: 'released', endedOn: r.releasedOn, releaseReason: r.reason, releaseNote: note });
      const reasonText = releaseReasonNames[r.reason];
      const { promoted, writes } = await promoteNext(tx, ctx, actor, now, locked, { kind: 'released', on: r.releasedOn, reasonText });
      writes.push({
        courtId: s.courtId,
        run: () =>
          appendEvents(tx, actor, now, [
            {
              courtId: s.courtId,
              caseId: s.caseId,
              action: 'seizure.released',
              entityType: 'seizure',
              entityId: s.id,
              changes: {
                status: { before: s.status, after: 'released' },
                measureName: measureNames[s.measure],
                releasedOn: r.releasedOn,
                reason: r.reason,
                reasonName: reasonText,
                ...(note ? { note } : {}),
                ...(promoted ? { promoted: { seizureId: promoted.id, caseId: promoted.caseId } } : {}),
              },
            },
          ]),
      });
      await writeByCourt(writes);
      return success({
        id: s.id,
        status: 'released',
        promoted: promoted && {
          id: promoted.id,
          caseId: promoted.caseId,
          effectiveFrom: promoted.effectiveFrom!,
          expiresOn: promoted.expiresOn!,
        },
      });
    },
  );
}
