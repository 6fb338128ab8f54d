import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { REFERENCE_PRICE_NODE } from '../assets/disposal-facts.ts';
import { lockCaseForSeizure, type CaseForSeizure } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { meetDeadline, openDeadline } from '../deadlines/deadline-changes.ts';
import { mayUseMethod, referenceMethodNames, referenceValidity, type ReferenceMethod } from '../rules/reference-price.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { formatYuan, type Fen } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { lockDisposable } from './disposal-locks.ts';
import type { ReferencePriceRecord, ReferenceStep } from './disposal.types.ts';
import { referencePriceView, type ReferencePriceView } from './disposal-views.ts';
import {
  insertReferencePrice,
  lockReferencePrice,
  referencePriceById,
  referencePricesOf,
  updateReferencePrice,
} from './reference-prices.repo.ts';

// 确定财产处置参考价 (S9): a process per case and seized asset, its methods in their legal order.

export const DISPOSAL_START_NODE = 'disposal-start';

export type StartReferencePrice = {
  assetId: string;
  startedOn: LocalDate;
  appraisalRequired?: boolean | undefined; // the law requires an appraisal, or both parties asked (第14条)
  directedRequested?: boolean | undefined; // a party asked for a directed inquiry straight away (第5条)
};

/** Starts the process; meets 启动确定参考价 of the seizure (S9 第1条). */
export async function startReferencePriceIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  b: StartReferencePrice,
): Promise<Result<ReferencePriceView>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  if (compareDates(b.startedOn, ctx.clock.today()) > 0) return failure('date-in-future', '启动日期不能晚于今天');
  const locked = await lockDisposable(tx, who, caseId, b.assetId);
  if (!locked.ok) return locked;
  const { c, asset, seizure } = locked.value;
  const earlier = await referencePricesOf(tx, c.id, asset.id);
  const live = earlier.find((p) => p.status === 'running' || (p.validUntil && compareDates(b.startedOn, p.validUntil) <= 0));
  if (live)
    return failure('reference-price-exists', live.status === 'running' ? '参考价确定程序正在进行' : `参考价有效期至 ${live.validUntil}`);
  const now = ctx.clock.now();
  const actor = actorOf(who);
  const rp = await insertReferencePrice(
    tx,
    {
      courtId: c.courtId,
      caseId: c.id,
      assetId: asset.id,
      seizureId: seizure.id,
      startedOn: b.startedOn,
      appraisalRequired: Boolean(b.appraisalRequired),
      directedRequested: Boolean(b.directedRequested),
      byName: who.displayName,
    },
    now,
  );
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'reference-price.started',
    entityType: 'reference-price',
    entityId: rp.id,
    changes: {
      asset: { id: asset.id, kind: asset.kind, identifier: asset.identifierDisplay },
      startedOn: b.startedOn,
      ...(rp.appraisalRequired ? { appraisalRequired: true } : {}),
      ...(rp.directedRequested ? { directedRequested: true } : {}),
    },
  });
  await meetDeadline(tx, ctx, actor, now, { caseId: c.id, node: REFERENCE_PRICE_NODE, subject: seizure.id, metOn: b.startedOn });
  return success(referencePriceView(rp));
}

export type Step = { tx: Tx; c: CaseForSeizure; rp: ReferencePriceRecord; actor: Actor; now: Date };

/** Runs a step of a running process under the case's lock; a step may not predate the start or follow today. */
export function withRunningProcess(
  ctx: AppContext,
  who: Principal,
  id: string,
  on: LocalDate,
  work: (s: Step) => Promise<Result<ReferencePriceRecord>>,
): Promise<Result<ReferencePriceView>> {
  if (!can(who, 'case.progress')) return Promise.resolve(failure('forbidden'));
  if (compareDates(on, ctx.clock.today()) > 0) return Promise.resolve(failure('date-in-future'));
  return transact(ctx, async (tx) => {
    const pre = await referencePriceById(tx, id);
    if (!pre) return failure('reference-price-not-found');
    const c = await lockCaseForSeizure(tx, pre.caseId);
    if (!c || !inScope(who, c.courtId)) return failure('reference-price-not-found');
    const rp = (await lockReferencePrice(tx, id))!;
    if (rp.status !== 'running') return failure('reference-price-fixed', `已于 ${rp.fixedOn} 确定参考价 ${formatYuan(rp.price!)} 元`);
    if (compareDates(on, rp.startedOn) < 0) return failure('reference-date-invalid', `参考价程序于 ${rp.startedOn} 启动`);
    const r = await work({ tx, c, rp, actor: actorOf(who), now: ctx.clock.now() });
    return r.ok ? success(referencePriceView(r.value)) : r;
  });
}

/** Whether `method` may be tried now (the legal order, 第2条、第4–7条、第14条); an open appraisal blocks the rest. */
export function checkMethod(rp: ReferencePriceRecord, method: ReferenceMethod): Result<true> {
  const open = rp.steps.find((s) => s.method === 'appraisal' && !s.reportOn);
  if (open) return failure('appraisal-open', `评估报告应于 ${open.method === 'appraisal' ? open.dueOn : ''} 前出具`);
  const may = mayUseMethod(method, {
    tried: rp.steps.map((s) => ({ method: s.method, priced: s.priced })),
    appraisalRequired: rp.appraisalRequired,
    directedRequested: rp.directedRequested,
  });
  return may.ok ? success(true) : failure('reference-method-out-of-order', may.detail);
}

/** Adds a step; a priced one fixes the price, valid one year (第27条), and opens 启动处置 (第30条). */
export async function addStep(
  s: Step,
  ctx: AppContext,
  step: ReferenceStep,
  price: Fen | null,
  replacesLast = false, // an appraisal's extension or report updates its step
): Promise<ReferencePriceRecord> {
  const steps = [...(replacesLast ? s.rp.steps.slice(0, -1) : s.rp.steps), step];
  const event = {
    courtId: s.c.courtId,
    caseId: s.c.id,
    entityType: 'reference-price',
    entityId: s.rp.id,
  };
  await appendEvent(s.tx, s.actor, s.now, {
    ...event,
    action: 'reference-price.step-recorded',
    changes: { methodName: referenceMethodNames[step.method], ...step },
  });
  if (price === null) return updateReferencePrice(s.tx, s.rp.id, { steps });
  const validity = referenceValidity(step.method === 'appraisal' ? step.reportOn! : step.on);
  if (!validity.ok) throw new Error(validity.detail);
  const fixedOn = step.method === 'appraisal' ? step.reportOn! : step.on;
  const fixed = await updateReferencePrice(s.tx, s.rp.id, {
    steps,
    status: 'fixed',
    method: step.method,
    price,
    fixedOn,
    validUntil: validity.value.validUntil,
  });
  await appendEvent(s.tx, s.actor, s.now, {
    ...event,
    action: 'reference-price.fixed',
    changes: {
      method: step.method,
      methodName: referenceMethodNames[step.method],
      price: formatYuan(price),
      fixedOn,
      validUntil: validity.value.validUntil,
    },
  });
  await openDeadline(s.tx, ctx, s.actor, s.now, {
    courtId: s.c.courtId,
    caseId: s.c.id,
    node: DISPOSAL_START_NODE,
    subject: s.rp.id,
    startOn: fixedOn,
  });
  return fixed;
}
