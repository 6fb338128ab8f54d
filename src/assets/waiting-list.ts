import type { AppContext } from '../platform/context.ts';
import { openReferencePriceDeadline, waiveReferencePriceDeadline } from './disposal-facts.ts';
import type { Actor, NewEvent } from '../audit/audit.types.ts';
import { appendEvents } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { openDeadline, waiveDeadline } from '../deadlines/deadline-changes.ts';
import { lockCaseForSeizure, type CaseForSeizure } from '../cases/instrument-facts.ts';
import { maxSeizureTerm, type SeizureAssetKind } from '../rules/seizure-term.ts';
import { assetKindNames } from '../shared/asset-kinds.ts';
import type { LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { lockAsset } from './assets.repo.ts';
import { measureNames, type AssetRecord, type SeizureRecord } from './assets.types.ts';
import { firstWaitingCase, lockQueue, seizureById, updateSeizure } from './seizures.repo.ts';

// The waiting list (轮候查封, 查封规定 第26条): the active seizures of one asset rank by
// registration; only the first is in effect. When it ends (released or lapsed), the earliest
// waiting one takes effect in the same transaction, its term starting that day, and its case is
// told (an event on its timeline, and the renewal deadline on its officer's to-do list).
//
// Lock order (ADR 0002): case rows (ascending id) → the asset → its seizures. The case of the next
// in line is read first without a lock, its row locked with the seizure's own case, and checked
// again under the asset's lock; if the line moved meanwhile the work starts again.

export const RENEWAL_NODE = 'seizure-renewal';
export const renewalSubject = (s: { id: string; renewals: number }) => `${s.id}#${s.renewals}`;

export type Locked = {
  readonly seizure: SeizureRecord; // as it stands under the lock (active or not)
  readonly cases: ReadonlyMap<string, CaseForSeizure>;
  readonly asset: AssetRecord;
  readonly queue: readonly SeizureRecord[];
};

class LineMoved extends Error {}

/** Locks a seizure's case, the case next in its asset's line, the asset and its line, in that order. */
async function lockAround(tx: Tx, seizureId: string): Promise<Result<Locked>> {
  const pre = await seizureById(tx, seizureId);
  if (!pre) return failure('seizure-not-found');
  const next = await firstWaitingCase(tx, pre.assetId);
  const ids = [...new Set([pre.caseId, ...(next ? [next] : [])])].sort();
  const cases = new Map<string, CaseForSeizure>();
  for (const id of ids) {
    const c = await lockCaseForSeizure(tx, id);
    if (c) cases.set(id, c);
  }
  const asset = (await lockAsset(tx, pre.assetId))!;
  const queue = await lockQueue(tx, pre.assetId);
  const seizure = queue.find((s) => s.id === seizureId) ?? (await seizureById(tx, seizureId))!;
  const waiting = queue.find((s) => s.status === 'waiting' && s.id !== seizureId);
  if (waiting && !cases.has(waiting.caseId)) throw new LineMoved();
  return success({ seizure, cases, asset, queue });
}

/**
 * Runs `work` in a transaction with the seizure's locks taken in order; restarts it (a few times)
 * when the asset's line changed between reading it and locking it.
 */
export async function withSeizureLocks<T>(
  run: (work: (tx: Tx) => Promise<Result<T>>) => Promise<Result<T>>,
  seizureId: string,
  work: (tx: Tx, locked: Locked) => Promise<Result<T>>,
): Promise<Result<T>> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await run(async (tx) => {
        const locked = await lockAround(tx, seizureId);
        return locked.ok ? work(tx, locked.value) : locked;
      });
    } catch (error) {
      if (!(error instanceof LineMoved)) throw error;
    }
  }
  return failure('seizure-queue-changed');
}

/** Writes that belong to one court: run in ascending court order, so audit chain heads lock in order. */
export type CourtWrite = { readonly courtId: number; run(): Promise<void> };

export async function writeByCourt(writes: readonly CourtWrite[]): Promise<void> {
  for (const w of [...writes].sort((a, b) => a.courtId - b.courtId)) await w.run();
}

export type Ending = { readonly kind: 'released' | 'lapsed'; readonly on: LocalDate; readonly reasonText: string };

/**
 * Ends `s` (already updated by the caller) and promotes the next in line, if `s` was the one in
 * effect: returns the promoted seizure and the court writes (events, deadlines) to run.
 */
export async function promoteNext(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  locked: Locked,
  ending: Ending,
): Promise<{ promoted: SeizureRecord | null; writes: CourtWrite[] }> {
  const { seizure: s, asset, cases } = locked;
  const writes: CourtWrite[] = [
    {
      courtId: s.courtId,
      run: async () => {
        await waiveDeadline(tx, ctx, actor, at, {
          caseId: s.caseId,
          node: RENEWAL_NODE,
          subject: renewalSubject(s),
          reason: ending.reasonText,
        });
        await waiveReferencePriceDeadline(tx, ctx, actor, at, s, ending.reasonText);
      },
    },
  ];
  if (s.status !== 'effective') return { promoted: null, writes };
  const next = locked.queue.find((q) => q.status === 'waiting' && q.id !== s.id);
  if (!next) return { promoted: null, writes };
  const term = maxSeizureTerm({ assetKind: next.termKind as SeizureAssetKind, start: ending.on });
  if (!term.ok) throw new Error(`seizure ${next.id}: ${term.detail}`);
  const promoted = await updateSeizure(tx, next.id, { status: 'effective', effectiveFrom: ending.on, expiresOn: term.value.maxEnd });
  const theirCase = cases.get(next.caseId)!;
  const before = cases.get(s.caseId);
  const court = ctx.courts.byId(s.courtId);
  const event: NewEvent = {
    courtId: next.courtId,
    caseId: next.caseId,
    action: 'seizure.took-effect',
    entityType: 'seizure',
    entityId: next.id,
    changes: {
      status: { before: 'waiting', after: 'effective' },
      asset: { id: asset.id, kind: asset.kind, kindName: assetKindNames[asset.kind], identifier: asset.identifierDisplay },
      measure: next.measure,
      measureName: measureNames[next.measure],
      effectiveFrom: ending.on,
      expiresOn: term.value.maxEnd,
      because: {
        ending: ending.kind,
        seizureId: s.id,
        caseNumber: before?.caseNumber ?? null,
        court: court?.name ?? null,
        reason: ending.reasonText,
      },
      notice: `轮候${measureNames[next.measure]}已自 ${ending.on} 起生效（在先的${measureNames[s.measure]}${ending.kind === 'released' ? '已解除' : '期满失效'}），期限至 ${term.value.maxEnd}`,
    },
  };
  writes.push({
    courtId: next.courtId,
    run: async () => {
      await appendEvents(tx, actor, at, [event]);
      await openDeadline(tx, ctx, actor, at, {
        courtId: theirCase.courtId,
        caseId: theirCase.id,
        node: RENEWAL_NODE,
        subject: renewalSubject(promoted),
        startOn: ending.on,
        dueOn: term.value.maxEnd,
      });
      await openReferencePriceDeadline(tx, ctx, actor, at, promoted, asset, ending.on);
    },
  });
  return { promoted, writes };
}
