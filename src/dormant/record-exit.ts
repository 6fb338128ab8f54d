import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { caseFactsOf, lockCaseFacts } from '../cases/instrument-facts.ts';
import { endListingsOfCase } from '../credit/end-listing.ts';
import { liftRestrictionsOnClosure } from '../credit/lift-restriction.ts';
import type { DormantExitKind } from '../db/dormant-schema.ts';
import { checkPoolExit, terminationGroundNames, type ExitFacts, type PaidEvidence, type TerminationGround } from '../rules/pool-exit.ts';
import type { DeletionGround } from '../rules/listing-deletion.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { outstandingOf, poolRowOf } from './dormant.repo.ts';
import { exitPool } from './exit-pool.ts';

// 出清 other than by 恢复执行 (src/rules/pool-exit.ts): the debtor performed in full, an enterprise
// debtor referred to bankruptcy review (执转破), or the execution ruled 终结执行. The case stays
// closed as 终本 (its closure is history); the pool row says how it left, `dormant.exited` counts it,
// the re-search stops, and the case's listings end on the ground the exit establishes.

export type ExitInput = {
  kind: 'paid' | 'bankruptcy' | 'terminated';
  exitedOn: string;
  reason: string;
  evidence?: PaidEvidence | undefined;
  consentBy?: 'applicant' | 'debtor' | undefined;
  receivingCourt?: string | undefined;
  debtorPartyId?: string | undefined;
  ground?: TerminationGround | undefined;
};

export type ExitView = { caseId: string; kind: DormantExitKind; exitedOn: LocalDate; listingsEnded: number; restrictionsLifted: number };

// 失信名单规定 第10条第1款: 第1项 履行完毕, 第5项 因破产程序中止执行, 第7项 终结执行.
const deletionGroundOf: Record<ExitInput['kind'], DeletionGround> = {
  paid: 'performed',
  bankruptcy: 'suspended',
  terminated: 'terminated',
};
const exitLabel: Record<ExitInput['kind'], string> = { paid: '履行完毕', bankruptcy: '移送破产审查', terminated: '终结执行' };

const detailsMissing = (b: ExitInput): string | null =>
  b.kind === 'paid' && !b.evidence
    ? '请选择履行完毕的依据'
    : b.kind === 'bankruptcy' && (!b.consentBy || !b.receivingCourt?.trim())
      ? '移送破产审查须写明书面同意的一方和受移送法院'
      : b.kind === 'terminated' && !b.ground
        ? '请选择终结执行的情形'
        : null;

/** POST /cases/{id}/dormant-exit: the case leaves the 终本案件库 by one of the three ways. */
export async function recordPoolExit(ctx: AppContext, who: Principal, caseId: string, b: ExitInput): Promise<Result<ExitView>> {
  if (!can(who, 'case.close')) return failure('forbidden');
  const on = parseLocalDate(b.exitedOn);
  if (!on) return failure('invalid-date-value', '出库日期不正确');
  if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future', '出库日期不能晚于今天');
  const reason = b.reason.trim();
  if (!reason) return failure('reason-required', '请写明出库的事实和理由');
  const missing = detailsMissing(b);
  if (missing) return failure('exit-details-missing', missing);
  return transact(ctx, async (tx) => {
    const c = await lockCaseFacts(tx, caseId);
    if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
    const row = await poolRowOf(tx, c.id);
    if (row?.status !== 'in-pool') return failure('not-in-pool');
    if (compareDates(on, row.closed_on as LocalDate) < 0) return failure('exit-before-closure');
    const debtors = c.debtors;
    const outstandingFen = await outstandingOf(tx, c.id);
    const debtor = b.debtorPartyId ? debtors.find((p) => p.id === b.debtorPartyId) : debtors.find((p) => p.kind === 'organization');
    if (b.kind === 'bankruptcy' && b.debtorPartyId && !debtor) return failure('exit-details-missing', '所选被执行人不是本案被执行人');
    const facts: ExitFacts =
      b.kind === 'paid'
        ? { kind: 'paid', evidence: b.evidence!, outstandingFen }
        : b.kind === 'bankruptcy'
          ? {
              kind: 'bankruptcy',
              debtorIsOrganization: debtor?.kind === 'organization',
              consent: !!b.consentBy,
              receivingCourt: b.receivingCourt ?? '',
            }
          : { kind: 'terminated', ground: b.ground!, debtorIsPerson: debtors.some((p) => p.kind === 'person') };
    const checked = checkPoolExit(facts);
    if (!checked.ok) return failure(checked.code, checked.detail);
    const actor = actorOf(who);
    await exitPool(tx, ctx, actor, {
      caseId: c.id,
      courtId: c.courtId,
      kind: b.kind,
      on,
      detail: {
        reason,
        outstanding: formatYuan(outstandingFen),
        ...(b.kind === 'paid' ? { evidence: b.evidence } : {}),
        ...(b.kind === 'bankruptcy' ? { consentBy: b.consentBy, receivingCourt: b.receivingCourt!.trim(), debtor: debtor?.name } : {}),
        ...(b.kind === 'terminated' ? { ground: b.ground, groundName: terminationGroundNames[b.ground!].label } : {}),
      },
    });
    const why = `终本案件出库（${exitLabel[b.kind]}）：${reason}`;
    const listingsEnded = await endListingsOfCase(ctx, tx, actor, c.id, { ground: deletionGroundOf[b.kind], on, reason: why });
    const restrictionsLifted =
      b.kind === 'paid' ? await liftRestrictionsOnClosure(ctx, tx, actor, c.id, { mode: 'fully-enforced', closedOn: on, reason: why }) : 0;
    return success({ caseId: c.id, kind: b.kind, exitedOn: on, listingsEnded, restrictionsLifted });
  });
}

/** GET /cases/{id}/dormant: where the case stands in the pool. */
export async function dormantStandingOf(ctx: AppContext, who: Principal, caseId: string) {
  if (!can(who, 'case.read')) return failure('forbidden');
  const c = await caseFactsOf(ctx.db, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  const row = await poolRowOf(ctx.db, c.id);
  if (!row) return failure('not-in-pool');
  return success({
    caseId: c.id,
    status: row.status,
    closedOn: row.closed_on as LocalDate,
    enteredOn: row.entered_on as LocalDate,
    researchCycle: row.research_cycle,
    nextSearchDue: (row.next_search_due as LocalDate | null) ?? null,
    exitKind: row.exit_kind ?? null,
    exitedOn: (row.exited_on as LocalDate | null) ?? null,
  });
}
