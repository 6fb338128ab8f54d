import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { openDeadline } from '../deadlines/deadline-changes.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { maxSeizureTerm } from '../rules/seizure-term.ts';
import { assetKindNames, isMonetary, seizureTermKind } from '../shared/asset-kinds.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { caseHasAsset, lockAsset } from './assets.repo.ts';
import { measureNames, measuresOf, type Measure } from './assets.types.ts';
import { insertSeizure, lockQueue } from './seizures.repo.ts';
import { RENEWAL_NODE, renewalSubject } from './waiting-list.ts';
import { openReferencePriceDeadline } from './disposal-facts.ts';

export type SeizureOrder = {
  assetId: string;
  measure: Measure;
  ruledOn: LocalDate;
  effectiveOn: LocalDate; // the day the ruling and 协助执行通知书 reached the assisting body
  amount?: string | undefined; // yuan
  live?: boolean | undefined;
  expiresOn?: LocalDate | undefined; // a shorter term the ruling states
};

export type Ordered = { id: string; status: 'effective' | 'waiting'; rank: number; expiresOn: LocalDate | null };

/**
 * 查封、扣押、冻结 an asset of the case. The first active seizure of an asset is in effect for the
 * legal term of its class (民诉法解释 第485条); a later one, of any case or court, waits its turn (轮候).
 */
export async function orderSeizureIn(tx: Tx, ctx: AppContext, who: Principal, caseId: string, o: SeizureOrder): Promise<Result<Ordered>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  if (compareDates(o.ruledOn, o.effectiveOn) > 0) return failure('seizure-dates-invalid', '送达协助执行通知书的日期不能早于裁定日期');
  if (compareDates(o.effectiveOn, ctx.clock.today()) > 0) return failure('date-in-future', '生效日期不能晚于今天');
  const c = await lockCaseForSeizure(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('seizure-on-closed-case');
  const asset = await lockAsset(tx, o.assetId);
  if (!asset) return failure('asset-not-found');
  if (!(await caseHasAsset(tx, c.id, asset.id))) return failure('asset-not-on-case');
  if (!measuresOf[asset.kind].includes(o.measure))
    return failure(
      'measure-not-applicable',
      `${assetKindNames[asset.kind]}不能${measureNames[o.measure]}，可采取：${measuresOf[asset.kind].map((m) => measureNames[m]).join('、')}`,
    );
  const amount = o.amount === undefined ? null : parseYuan(o.amount);
  if (o.amount !== undefined && (amount === null || amount <= 0n)) return failure('invalid-money', '冻结金额须为正数');
  if (amount !== null && o.measure !== 'freeze') return failure('amount-not-applicable');
  if (amount === null && o.measure === 'freeze' && isMonetary(asset.kind)) return failure('freeze-amount-required');
  const queue = await lockQueue(tx, asset.id);
  const mine = queue.find((s) => s.caseId === c.id);
  if (mine)
    return failure(
      'seizure-duplicate',
      `本案已于 ${mine.noticeOn} ${measureNames[mine.measure]}该财产（${mine.status === 'waiting' ? '轮候' : '生效中'}）`,
    );
  const termKind = seizureTermKind[asset.kind];
  const effective = !queue.some((s) => s.status === 'effective');
  let expiresOn: LocalDate | null = null;
  if (effective) {
    const term = maxSeizureTerm({ assetKind: termKind, start: o.effectiveOn, ...(o.expiresOn ? { requestedEnd: o.expiresOn } : {}) });
    if (!term.ok) return failure('seizure-dates-invalid', term.detail);
    if (term.value.requestedEndAllowed === false)
      return failure(
        'seizure-term-too-long',
        `${measureNames[o.measure]}${assetKindNames[asset.kind]}最长 ${term.value.maxYears} 年，至迟到 ${term.value.maxEnd}`,
      );
    expiresOn = o.expiresOn ?? term.value.maxEnd;
  }
  const now = ctx.clock.now();
  const s = await insertSeizure(
    tx,
    {
      courtId: c.courtId,
      caseId: c.id,
      assetId: asset.id,
      measure: o.measure,
      status: effective ? 'effective' : 'waiting',
      ruledOn: o.ruledOn,
      noticeOn: o.effectiveOn,
      effectiveFrom: effective ? o.effectiveOn : null,
      expiresOn,
      termKind,
      amount,
      live: o.measure !== 'freeze' && Boolean(o.live),
      byName: who.displayName,
    },
    now,
  );
  const rank = queue.length + 1;
  await appendEvent(tx, actorOf(who), now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'seizure.ordered',
    entityType: 'seizure',
    entityId: s.id,
    changes: {
      asset: { id: asset.id, kind: asset.kind, kindName: assetKindNames[asset.kind], identifier: asset.identifierDisplay },
      measure: s.measure,
      measureName: measureNames[s.measure],
      status: s.status,
      rank,
      ruledOn: s.ruledOn,
      noticeOn: s.noticeOn,
      ...(expiresOn ? { effectiveFrom: s.effectiveFrom, expiresOn } : {}),
      ...(amount !== null ? { amount: formatYuan(amount) } : {}),
      ...(s.live ? { live: true } : {}),
    },
  });
  if (effective)
    await openDeadline(tx, ctx, actorOf(who), now, {
      courtId: c.courtId,
      caseId: c.id,
      node: RENEWAL_NODE,
      subject: renewalSubject(s),
      startOn: o.effectiveOn,
      dueOn: expiresOn!,
    });
  if (effective) await openReferencePriceDeadline(tx, ctx, actorOf(who), now, s, asset, o.effectiveOn);
  return success({ id: s.id, status: s.status as 'effective' | 'waiting', rank, expiresOn });
}
