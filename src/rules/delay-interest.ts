import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { divRoundHalfUp, minFen, type Fen } from '../shared/money.ts';
import { addDays, compareDates, daysBetween, type LocalDate } from '../shared/dates.ts';

const S7 = '《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》';
const S7_VERSION = '法释〔2014〕8号（2014-08-01施行）';

export const citations: readonly Citation[] = [
  { source: '《中华人民共和国民事诉讼法》', version: '2023年修正', article: '第264条', certainty: 'VERIFIED' },
  { source: S7, version: S7_VERSION, article: '第1条', certainty: 'VERIFIED' },
  { source: S7, version: S7_VERSION, article: '第2条', certainty: 'VERIFIED' },
  { source: S7, version: S7_VERSION, article: '第3条', certainty: 'VERIFIED' },
  { source: S7, version: S7_VERSION, article: '第4条', certainty: 'VERIFIED' },
  { source: S7, version: S7_VERSION, article: '第7条', certainty: 'VERIFIED' },
  // Default day count (start day not counted); the interpretation itself leaves it open.
  { source: '《中华人民共和国民事诉讼法》', version: '2023年修正', article: '第85条', certainty: 'UNSURE' },
];

export const rule: RuleDoc = {
  id: 'delay-interest',
  title: '迟延履行期间的加倍部分债务利息',
  citations,
  summary:
    '加倍部分债务利息 = 尚未清偿的金钱债务 × 日万分之一点七五 × 迟延天数，逐段按分四舍五入后相加。' +
    '每笔清偿所还部分自清偿之日停止计息；清偿款先抵金钱债务，再抵加倍部分利息。' +
    '天数默认按“算尾不算头”（截止日 − 履行期届满日），可选两头都算；中止、暂缓期间不计。' +
    '计算基数由使用者确定（判决确定的诉讼费用是否计入尚有争议）。',
};

// 日万分之一点七五, kept as an integer ratio so the formula stays exact.
export const DAILY_RATE_PER_MILLION = 175n;
const MILLION = 1_000_000n;
// Delay before this date falls under the pre-2014 rule (第7条), which this rule does not compute.
export const EFFECTIVE_FROM = '2014-08-01' as LocalDate;

export type DayCount = 'exclusive' | 'inclusive';
export type DelayPayment = { readonly on: LocalDate; readonly amount: Fen };
export type DatePeriod = { readonly from: LocalDate; readonly to: LocalDate };

export type DelayInterestInput = {
  // The base: money debt fixed by the title, without ordinary interest (第1条). Whether awarded
  // litigation costs belong in it is UNSURE, so the caller decides what to include.
  readonly debt: Fen;
  readonly deadline: LocalDate; // last day of the performance period (第2条)
  readonly payments: readonly DelayPayment[];
  readonly until?: LocalDate; // closes whatever is still unpaid on this day
  readonly excluded?: readonly DatePeriod[]; // both ends inclusive (第3条第3款)
};

export type DelayInterestOptions = {
  // UNSURE in the digest: "exclusive" = end − deadline (民诉法 第85条 style), "inclusive" adds one.
  readonly dayCount?: DayCount;
};

export type InterestSegment = {
  readonly amount: Fen; // part of the debt whose accrual stops on `to`
  readonly from: LocalDate;
  readonly to: LocalDate;
  readonly days: number;
  readonly interest: Fen;
};

export type PaymentApplication = {
  readonly on: LocalDate; // payments of one day are applied together
  readonly amount: Fen;
  readonly toDebt: Fen;
  readonly toInterest: Fen;
};

export type DelayInterest = {
  readonly doubledInterest: Fen; // sum of the segments' interest
  readonly segments: readonly InterestSegment[];
  readonly applications: readonly PaymentApplication[];
  readonly debtOutstanding: Fen;
  readonly interestOutstanding: Fen;
  // debt still unpaid + doubled interest accrued and not paid, after 第4条's order
  readonly outstanding: Fen;
  // true when debt is unpaid and no `until` closed it: interest on it is still running
  readonly stillAccruing: boolean;
};

/** Interest on one segment: amount × 175 × days / 1,000,000, half-up to the fen. */
export const segmentInterest = (amount: Fen, days: number): Fen =>
  divRoundHalfUp(amount * DAILY_RATE_PER_MILLION * BigInt(days), MILLION) as Fen;

export function calculateDelayInterest(input: DelayInterestInput, options: DelayInterestOptions = {}): RuleResult<DelayInterest> {
  const dayCount = options.dayCount ?? 'exclusive';
  const invalid = validate(input, dayCount);
  if (invalid) return invalid;
  const excluded = mergePeriods(input.excluded ?? []);
  const countDays = (end: LocalDate) => delayDays(input.deadline, end, excluded, dayCount);

  const segments: InterestSegment[] = [];
  const applications: PaymentApplication[] = [];
  let debt = input.debt;
  let interestOwed = 0n as Fen;
  let total = 0n as Fen;
  const close = (amount: Fen, to: LocalDate) => {
    const days = countDays(to);
    const interest = segmentInterest(amount, days);
    segments.push({ amount, from: input.deadline, to, days, interest });
    interestOwed = (interestOwed + interest) as Fen;
    total = (total + interest) as Fen;
  };

  for (const { on, amount } of paymentsByDay(input.payments)) {
    // 第4条: the money debt first; each paid part stops accruing on the payment day (第3条).
    const toDebt = minFen(amount, debt) as Fen;
    if (toDebt > 0n) {
      close(toDebt, on);
      debt = (debt - toDebt) as Fen;
    }
    const toInterest = (amount - toDebt) as Fen;
    if (toInterest > interestOwed) {
      return fail('overpayment', `截至 ${on} 的清偿金额超过了债务与已产生的加倍部分利息之和`);
    }
    interestOwed = (interestOwed - toInterest) as Fen;
    applications.push({ on, amount, toDebt, toInterest });
  }
  if (input.until && debt > 0n) close(debt, input.until);

  return ok({
    doubledInterest: total,
    segments,
    applications,
    debtOutstanding: debt,
    interestOutstanding: interestOwed,
    outstanding: (debt + interestOwed) as Fen,
    stillAccruing: debt > 0n && !input.until,
  });
}

function validate(input: DelayInterestInput, dayCount: DayCount) {
  if (input.debt <= 0n) return fail('invalid-amount', '金钱债务须大于零');
  for (const p of input.payments) {
    if (p.amount <= 0n) return fail('invalid-amount', `${p.on} 的清偿金额须大于零`);
    if (input.until && compareDates(p.on, input.until) > 0) {
      return fail('payment-after-until', `${p.on} 的清偿晚于计算截止日 ${input.until}`);
    }
  }
  if (input.until && compareDates(input.until, input.deadline) < 0) {
    return fail('until-before-deadline', `计算截止日 ${input.until} 早于履行期限届满日 ${input.deadline}`);
  }
  for (const p of input.excluded ?? []) {
    if (compareDates(p.from, p.to) > 0) return fail('date-order-invalid', `不计算的期间 ${p.from} 至 ${p.to} 的结束日早于开始日`);
  }
  if (compareDates(firstCountedDay(input.deadline, dayCount), EFFECTIVE_FROM) < 0) {
    return fail('delay-before-2014-rule', `${EFFECTIVE_FROM} 以前的迟延履行期间适用旧规定（第7条）`);
  }
  return undefined;
}

const firstCountedDay = (deadline: LocalDate, dayCount: DayCount): LocalDate =>
  dayCount === 'exclusive' ? addDays(deadline, 1) : deadline;

/** Days of delay up to `end`, minus excluded days inside the counted window. */
export function delayDays(deadline: LocalDate, end: LocalDate, excluded: readonly DatePeriod[], dayCount: DayCount): number {
  // Paying on or before the deadline is performance on time, whatever the convention.
  if (compareDates(end, deadline) <= 0) return 0;
  const first = firstCountedDay(deadline, dayCount);
  let days = daysBetween(first, end) + 1;
  for (const p of excluded) {
    const from = compareDates(p.from, first) > 0 ? p.from : first;
    const to = compareDates(p.to, end) < 0 ? p.to : end;
    if (compareDates(from, to) <= 0) days -= daysBetween(from, to) + 1;
  }
  return days;
}

// Overlapping or touching periods are merged so no day is subtracted twice.
function mergePeriods(periods: readonly DatePeriod[]): DatePeriod[] {
  const sorted = [...periods].sort((a, b) => compareDates(a.from, b.from));
  const merged: DatePeriod[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && compareDates(p.from, addDays(last.to, 1)) <= 0) {
      if (compareDates(p.to, last.to) > 0) merged[merged.length - 1] = { from: last.from, to: p.to };
    } else merged.push(p);
  }
  return merged;
}

// Same-day payments form one segment, so splitting a payment never changes the rounding.
function paymentsByDay(payments: readonly DelayPayment[]): DelayPayment[] {
  const byDay = new Map<LocalDate, Fen>();
  for (const p of payments) byDay.set(p.on, ((byDay.get(p.on) ?? 0n) + p.amount) as Fen);
  return [...byDay.entries()].sort(([a], [b]) => compareDates(a, b)).map(([on, amount]) => ({ on, amount }));
}
