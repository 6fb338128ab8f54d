import { actorOf } from '../audit/audit.types.ts';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { compareDates, parseLocalDate } from '../shared/dates.ts';
import { parseYuan } from '../shared/money.ts';
import { findResumptionOf, lockCase } from './cases.repo.ts';
import { loadCase } from './case-detail.repo.ts';
import { fileDraftIn, type Filed } from './file-case.ts';
import { canResume } from './lifecycle.ts';
import { officerOfCourt } from '../access/officers.ts';
import { carrySeizuresOver } from '../assets/carry-over.ts';
import { carryCreditOver } from '../credit/carry-over.ts';
import { exitPool } from '../dormant/exit-pool.ts';
import { partyIdentityOf, type Party, type PartyRole } from './cases.types.ts';

export type Resumption = { filedOn: string; claimAmount: string; reason: string; officerId?: string | undefined };

// 恢复执行: a new 执恢 case linked to the closed one, with the same title, parties and 承办人
// (unless another is chosen, or the old one no longer handles cases here) and the amount still
// owed as its claim; the new case's timeline carries the reason. 民诉法解释(2022) 第517条; 法明传〔2018〕335号 第2项.
export const resumeCase = (ctx: AppContext, who: Principal, caseId: string, input: Resumption): Promise<Result<Filed>> =>
  resumeWith(ctx, who, caseId, input, (work) => transact(ctx, work));

/** Resumes inside the caller's transaction (the idempotent resumption route: src/idempotency). */
export const resumeCaseIn = (trx: Tx, ctx: AppContext, who: Principal, caseId: string, input: Resumption): Promise<Result<Filed>> =>
  resumeWith(ctx, who, caseId, input, (work) => work(trx));

type Run = (work: (trx: Tx) => Promise<Result<Filed>>) => Promise<Result<Filed>>;

async function resumeWith(ctx: AppContext, who: Principal, caseId: string, input: Resumption, run: Run): Promise<Result<Filed>> {
  if (!can(who, 'case.file')) return failure('forbidden');
  const filedOn = parseLocalDate(input.filedOn);
  if (!filedOn) return failure('invalid-date-value', '恢复执行立案日期不正确');
  if (compareDates(filedOn, ctx.clock.today()) > 0) return failure('date-in-future');
  const claimAmount = parseYuan(input.claimAmount);
  if (claimAmount === null) return failure('invalid-money', '申请执行标的须为非负金额');
  const reason = (input.reason ?? '').trim();
  if (!reason) return failure('reason-required', '请填写恢复执行的理由');
  return run(async (trx) => {
    const old = await lockCase(trx, caseId);
    if (!old || !inScope(who, old.courtId)) return failure('case-not-found');
    if (!canResume(old.status, old.closureMode))
      return failure('resumption-not-allowed', '只有终结本次执行程序或终结执行的案件可以恢复执行');
    // One 执恢 case per closed case (a second would enforce the same title twice); later resumptions start from it.
    const already = await findResumptionOf(trx, old.id);
    if (already) return failure('resumption-not-allowed', `该案件已恢复执行（${already.caseNumber}）`);
    if (old.closedOn && compareDates(filedOn, old.closedOn) < 0)
      return failure('resumed-before-closed', '恢复执行日期不能早于原案结案日期');
    const detail = (await loadCase(trx, caseId))!;
    const carried = !input.officerId && old.officerId ? await officerOfCourt(trx, old.officerId, old.courtId) : null;
    const court = ctx.courts.byId(old.courtId)!;
    const filed = await fileDraftIn(
      trx,
      ctx,
      who,
      {
        courtCode: court.code,
        type: 'resumed',
        filedOn,
        claimAmount,
        cause: detail.cause,
        appliedOn: null,
        title: detail.title!,
        applicants: detail.parties.filter((p) => p.role === 'applicant'),
        debtors: detail.parties.filter((p) => p.role === 'debtor'),
        thirdParties: detail.parties.filter((p) => p.role === 'third-party'),
        officerId: input.officerId ?? carried?.id ?? null,
      },
      old.id,
    );
    if (!filed.ok) return filed;
    const now = ctx.clock.now();
    // The measures still in force continue in the 执恢 case (ADR 0214).
    const move = { courtId: old.courtId, fromCaseId: old.id, toCaseId: filed.value.id };
    const resumed = (await loadCase(trx, filed.value.id))!;
    const seizures = await carrySeizuresOver(trx, actorOf(who), now, move);
    const credit = await carryCreditOver(trx, actorOf(who), now, { ...move, parties: debtorMap(detail.parties, resumed.parties) });
    // The closed case leaves the 终本案件库 by resumption (出清, ADR 0213).
    await exitPool(trx, ctx, actorOf(who), {
      caseId: old.id,
      courtId: old.courtId,
      kind: 'resumed',
      on: filedOn,
      detail: { resumedBy: filed.value.caseNumber },
    });
    await appendEvent(trx, actorOf(who), now, {
      courtId: old.courtId,
      caseId: filed.value.id,
      action: 'case.resumption-filed',
      entityType: 'case',
      entityId: filed.value.id,
      changes: {
        resumedFrom: { id: old.id, caseNumber: old.caseNumber },
        reason,
        ...(carried ? { officerCarriedOver: carried.name } : {}),
        ...(seizures.length + credit.restrictions.length + credit.listings.length > 0
          ? { carriedOver: { seizures, restrictions: credit.restrictions, listings: credit.listings } }
          : {}),
      },
    });
    await appendEvent(trx, actorOf(who), now, {
      courtId: old.courtId,
      caseId: old.id,
      action: 'case.resumed',
      entityType: 'case',
      entityId: old.id,
      changes: { resumedBy: { id: filed.value.id, caseNumber: filed.value.caseNumber }, reason },
    });
    return success(filed.value);
  });
}

/** Each debtor of the closed case → the same debtor (by identity and name) in the 执恢 case. */
type CaseParty = Party & { role: PartyRole };
function debtorMap(from: readonly CaseParty[], to: readonly CaseParty[]): Map<string, string> {
  const key = (p: Party) => `${partyIdentityOf(p)}|${p.name}`;
  const byKey = new Map(to.filter((p) => p.role === 'debtor' && p.id).map((p) => [key(p), p.id!]));
  const map = new Map<string, string>();
  for (const p of from) {
    const to = byKey.get(key(p));
    if (p.role === 'debtor' && p.id && to) map.set(p.id, to);
  }
  return map;
}
