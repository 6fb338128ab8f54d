import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Executor, Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { courtOfCase, lockCaseRow } from '../cases/instrument-facts.ts';
import { inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { disciplineLevel, type DisciplineLevel } from '../rules/discipline-level.ts';
import { isoInstant, localDate, type LocalDate } from '../shared/dates.ts';
import { fen } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { disciplinePolicy } from './credit-settings.ts';
import { listingFacts } from './credit.repo.ts';
import {
  casesToRecompute,
  claimOf,
  debtorsOf,
  levelFactsOf,
  levelsOfCase,
  lockLevel,
  relatedCases,
  writeLevel,
  type LevelDebtor,
} from './levels.repo.ts';
import type { DisciplineLevelView } from './levels.types.ts';

// 分级惩戒 (ADR 0210): each debtor's level of discipline in a case, computed by the rule from the
// case's measures, the same identity's listings elsewhere and the debtor's cooperation. Recorded
// (discipline_levels, event credit.level-changed) only when it changes: by the credit use cases that
// change a measure, and daily by the sweep, which catches payments and reports.

type Computed = { debtor: LevelDebtor; result: DisciplineLevel };

async function computeLevels(db: Executor, caseId: string, asOf: LocalDate): Promise<Computed[]> {
  const debtors = await debtorsOf(db, caseId);
  if (!debtors.length) return [];
  const owed = await claimOf(db, caseId);
  // Paid as listingFacts counts it: the claim less what is unpaid (every receipt on the case's account).
  const unpaid = (await listingFacts(db, caseId, asOf)).unpaid;
  const paid = owed - (unpaid > 0n ? unpaid : 0n);
  const out: Computed[] = [];
  for (const d of debtors) {
    const f = await levelFactsOf(db, caseId, d);
    const result = disciplineLevel(
      {
        asOf,
        listings: f.listings.map((l) => ({
          ground: l.ground,
          status: l.status,
          decidedOn: localDate(l.decided_on),
          publishOn: localDate(l.publish_on),
          termYears: l.term_years,
        })),
        restrictionsInForce: f.restrictions,
        otherListings: f.others.map((o) => ({
          caseNumber: o.case_number,
          publishedOn: localDate(o.published_on),
          endedOn: o.ended_on ? localDate(o.ended_on) : null,
        })),
        owed: fen(owed),
        paid: fen(paid < 0n ? 0n : paid),
        reportsOn: f.reportsOn.map(localDate),
      },
      disciplinePolicy(),
    );
    out.push({ debtor: d, result });
  }
  return out;
}

/** Records the case's levels that changed; `related` is another case's, whose rows a busy transaction may hold. */
async function recordLevels(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  caseId: string,
  courtId: number,
  related: boolean,
  asOf: LocalDate = ctx.clock.today(),
): Promise<number> {
  let changed = 0;
  const at = ctx.clock.now();
  for (const { debtor, result } of await computeLevels(tx, caseId, asOf)) {
    const stored = await lockLevel(tx, caseId, debtor.id, related);
    if (stored === 'locked') continue; // its own transaction records it; the sweep catches up
    const before = stored?.level ?? 'none';
    if (before === result.level) continue;
    await writeLevel(tx, {
      court_id: courtId,
      case_id: caseId,
      debtor_party_id: debtor.id,
      level: result.level,
      reasons: result.reasons,
      computed_at: at,
    });
    await appendEvent(tx, actor, at, {
      courtId,
      caseId,
      action: 'credit.level-changed',
      entityType: 'discipline-level',
      entityId: debtor.id,
      changes: { debtorPartyId: debtor.id, debtor: debtor.name, level: { before, after: result.level }, reasons: result.reasons },
    });
    changed++;
  }
  return changed;
}

/**
 * Recomputes the levels of the case's debtors, and of the same identities' other cases under a
 * measure (their repeat behaviour changed); the caller holds the case's lock. Returns how many changed.
 */
export async function recomputeLevels(tx: Tx, ctx: AppContext, actor: Actor, caseId: string): Promise<number> {
  const courtId = await courtOfCase(tx, caseId);
  if (courtId === undefined) return 0;
  let changed = await recordLevels(tx, ctx, actor, caseId, courtId, false);
  const identities = (await debtorsOf(tx, caseId)).flatMap((d) => (d.identity ? [d.identity] : []));
  for (const other of await relatedCases(tx, caseId, identities)) {
    const otherCourt = await courtOfCase(tx, other);
    if (otherCourt !== undefined) changed += await recordLevels(tx, ctx, actor, other, otherCourt, true);
  }
  return changed;
}

/** GET /cases/{id}/discipline-levels: computed now (always right), with when the recorded level was set. */
export async function readDisciplineLevels(
  ctx: AppContext,
  who: Principal,
  caseId: string,
): Promise<Result<{ items: DisciplineLevelView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  const stored = new Map((await levelsOfCase(ctx.db, caseId)).map((r) => [r.debtor_party_id, r]));
  const labels = disciplinePolicy().labels;
  const items = (await computeLevels(ctx.db, caseId, ctx.clock.today())).map(({ debtor, result }) => {
    const s = stored.get(debtor.id);
    return {
      debtorPartyId: debtor.id,
      debtor: debtor.name,
      level: result.level,
      rank: result.rank,
      levelLabel: labels[result.level],
      reasons: result.reasons.map((r) => ({ code: r.code, text: r.text, article: r.article })),
      recordedLevel: s?.level ?? null,
      computedAt: s ? isoInstant(s.computed_at) : null,
    };
  });
  return success({ items });
}

const sweepActor: Actor = { id: null, name: '系统（惩戒等级重算）' };

/** Recomputes one case's levels in its own transaction (the sweep); how many changed. */
export async function recomputeCaseLevels(ctx: AppContext, caseId: string, asOf: LocalDate): Promise<Result<number>> {
  return transact(ctx, async (tx) => {
    const c = await lockCaseRow(tx, caseId);
    if (!c) return success(0);
    return success(await recordLevels(tx, ctx, sweepActor, c.id, c.courtId, false, asOf));
  });
}

export const recomputeLevelsSweep: Sweep = {
  name: 'recompute-discipline-levels',
  title: '惩戒等级重算',
  description:
    '每日重算有失信、限制消费措施或已记录惩戒等级的案件中每个被执行人的惩戒等级（付款、财产报告、其他案件的失信记录），等级变化的记 credit.level-changed 事件。',
  async run(ctx, o) {
    let after = '00000000-0000-0000-0000-000000000000';
    return inBatches(
      o,
      async (n) => {
        const ids = await casesToRecompute(ctx.db, after, n);
        if (ids.length) after = ids.at(-1)!;
        if (o.dryRun) return { examined: ids.length, changed: 0 };
        let changed = 0;
        for (const id of ids) {
          const r = await recomputeCaseLevels(ctx, id, o.asOf);
          if (r.ok && r.value > 0) changed++;
        }
        return { examined: ids.length, changed };
      },
      100,
    );
  },
};
