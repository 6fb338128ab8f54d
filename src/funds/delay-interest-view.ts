import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { caseFactsOf } from '../cases/instrument-facts.ts';
import { isPartyOf } from '../cases/party-cases.ts';
import { calculateDelayInterest, DAILY_RATE_PER_MILLION, segmentInterest, type DelayPayment } from '../rules/delay-interest.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { formatYuan, minFen, type Fen } from '../shared/money.ts';
import { failure, success } from '../shared/result.ts';
import { caseReceipts } from './receipts.repo.ts';

// 迟延履行期间的加倍部分债务利息 of a case as of a day (read-only), for the officer and the parties.
// Base: the money debt fixed by the title (法释〔2014〕8号 第1条), without ordinary interest; litigation
// costs and fees per the court's setting (UNSURE, legal-rules.md §5). Start: the title's performance
// deadline, or its effective date when it sets none (第2条). Collections: every receipt into the case
// account on its value date (到账/扣划/拍卖变卖价款, 第3条), applied to the debt first, then to this
// interest (第4条). Excluded periods (第3条第3款) are not yet recorded on cases, so none are applied.

export type DelayInterestStatus = 'no-money-debt' | 'not-due' | 'accruing' | 'settled';

const INTEREST = /利息|罚息/;
const PRINCIPAL = /本金/;
const COSTS = /诉讼费|受理费|保全费|申请费|律师费|鉴定费|评估费|公告费|代理费/;

type BasePart = { description: string; amount: Fen; included: boolean; note: string };

function baseParts(obligations: readonly { kind: string; amount?: Fen; description: string }[], costsInBase: boolean): BasePart[] {
  const out: BasePart[] = [];
  for (const o of obligations) {
    if (o.kind !== 'money' || o.amount === undefined) continue;
    const d = o.description;
    if (INTEREST.test(d) && !PRINCIPAL.test(d))
      out.push({ description: d, amount: o.amount, included: false, note: '一般债务利息不计入基数（第1条）' });
    else if (COSTS.test(d) && !costsInBase)
      out.push({ description: d, amount: o.amount, included: false, note: '诉讼费用等不计入基数（本院设置）' });
    else
      out.push({ description: d, amount: o.amount, included: true, note: COSTS.test(d) ? '诉讼费用等计入基数（本院设置）' : '金钱债务' });
  }
  return out;
}

/** Collections of each day, cut so that their running sum stays within `cap`; what is cut is surplus. */
function capped(payments: readonly DelayPayment[], cap: bigint): DelayPayment[] {
  let left = cap;
  const out: DelayPayment[] = [];
  for (const p of payments) {
    const take = minFen(p.amount, left) as Fen;
    if (take > 0n) out.push({ on: p.on, amount: take });
    left -= take;
  }
  return out;
}

async function readable(ctx: AppContext, who: Principal, caseId: string, asParty: boolean) {
  const facts = await caseFactsOf(ctx.db, caseId);
  if (!facts) return undefined;
  if (asParty) return can(who, 'party.case.read') && (await isPartyOf(ctx.db, caseId, who.partyIdentity)) ? facts : undefined;
  return can(who, 'case.read') && inScope(who, facts.courtId) ? facts : undefined;
}

/** GET /cases/{id}/delay-interest and /party/cases/{id}/delay-interest: the doubled interest to `asOf`. */
export async function delayInterestView(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  q: { asOf?: LocalDate | undefined; asParty?: boolean },
) {
  const facts = await readable(ctx, who, caseId, q.asParty ?? false);
  if (!facts) return failure('case-not-found');
  const asOf = q.asOf ?? ctx.clock.today();
  const { dayCount, costsInBase } = ctx.config.funds.delayInterest;
  const parts = baseParts(facts.title?.obligations ?? [], costsInBase);
  const debt = parts.filter((p) => p.included).reduce((s, p) => s + p.amount, 0n) as Fen;
  const deadline = facts.title?.performanceDeadline ?? facts.title?.effectiveOn ?? facts.filedOn;
  const receipts = (await caseReceipts(ctx.db, caseId, 0n)).filter((r) => compareDates(r.receivedOn, asOf) <= 0);
  const collected = receipts.reduce((s, r) => s + r.amount, 0n);
  const payments = [...receipts]
    .sort((a, b) => compareDates(a.receivedOn, b.receivedOn))
    .map((r) => ({ on: r.receivedOn, amount: r.amount as Fen }));

  const head = {
    caseId,
    caseNumber: facts.caseNumber,
    asOf,
    deadline,
    deadlineSource: facts.title?.performanceDeadline ? ('performance-deadline' as const) : ('effective-on' as const),
    dayCount,
    dailyRate: `${DAILY_RATE_PER_MILLION}/1000000`,
    base: formatYuan(debt),
    baseParts: parts.map((p) => ({ description: p.description, amount: formatYuan(p.amount), included: p.included, note: p.note })),
    collected: formatYuan(collected),
  };
  if (debt === 0n)
    return success(summary(head, 'no-money-debt', { debt, segments: [], applications: [], interest: 0n, surplus: collected }));

  const due = compareDates(asOf, deadline) > 0;
  const until = due ? asOf : undefined;
  // First pass: the collections that reach the debt fix every segment and so the whole interest.
  const first = calculateDelayInterest({ debt, deadline, payments: capped(payments, debt), ...(until ? { until } : {}) }, { dayCount });
  if (!first.ok) return failure(first.code, first.detail);
  const cap = debt + first.value.doubledInterest;
  // Second pass: the rest goes to the interest (第4条); anything beyond debt and interest is surplus.
  const r = calculateDelayInterest({ debt, deadline, payments: capped(payments, cap), ...(until ? { until } : {}) }, { dayCount });
  if (!r.ok) return failure(r.code, r.detail);
  const v = r.value;
  const status: DelayInterestStatus = v.debtOutstanding > 0n ? (due ? 'accruing' : 'not-due') : 'settled';
  return success(
    summary(head, status, {
      debt: v.debtOutstanding,
      segments: v.segments.map((s) => ({ ...s, closedBy: v.debtOutstanding > 0n && s.to === until && s === v.segments.at(-1) })),
      applications: v.applications,
      interest: v.doubledInterest,
      interestOutstanding: v.interestOutstanding,
      surplus: collected > cap ? collected - cap : 0n,
    }),
  );
}

type Computed = {
  debt: bigint;
  segments: readonly { amount: Fen; from: LocalDate; to: LocalDate; days: number; interest: Fen; closedBy?: boolean }[];
  applications: readonly { on: LocalDate; amount: Fen; toDebt: Fen; toInterest: Fen }[];
  interest: bigint;
  interestOutstanding?: bigint;
  surplus: bigint;
};

function summary<H extends object>(head: H, status: DelayInterestStatus, c: Computed) {
  const interestOutstanding = c.interestOutstanding ?? c.interest;
  return {
    ...head,
    status,
    doubledInterest: formatYuan(c.interest),
    interestPaid: formatYuan(c.interest - interestOutstanding),
    interestOutstanding: formatYuan(interestOutstanding),
    outstandingPrincipal: formatYuan(c.debt),
    outstandingTotal: formatYuan(c.debt + interestOutstanding),
    // What one more day of delay adds while the debt is unpaid.
    dailyAccrual: formatYuan(status === 'accruing' ? segmentInterest(c.debt as Fen, 1) : 0n),
    surplus: formatYuan(c.surplus),
    segments: c.segments.map((s) => ({
      from: s.from,
      to: s.to,
      base: formatYuan(s.amount),
      days: s.days,
      interest: formatYuan(s.interest),
      closedBy: s.closedBy ? ('as-of' as const) : ('collection' as const),
    })),
    collections: c.applications.map((a) => ({
      on: a.on,
      amount: formatYuan(a.amount),
      toPrincipal: formatYuan(a.toDebt),
      toInterest: formatYuan(a.toInterest),
    })),
  };
}
