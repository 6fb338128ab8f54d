// A period whose clock stops while the case is suspended (中止) or deferred (暂缓): the days of a
// pause are not counted, so the end moves later by the paused days that fall inside the period.
import { addDays, compareDates, daysBetween, type LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { maxPeriodLength, nominalPeriodEnd, periodUnits, type PeriodUnit } from './period.ts';

/** The clock stopped on `from` and ran again after `to` (the days from+1 … to are not counted); `to` null: still stopped. */
export type Pause = { readonly from: LocalDate; readonly to: LocalDate | null };

export type PausedPeriodInput = {
  readonly start: LocalDate;
  readonly length: number;
  readonly unit: PeriodUnit;
  readonly pauses: readonly Pause[];
};

export type PausedPeriodResult = {
  readonly end: LocalDate; // the last day on which the act may still be done
  readonly nominalEnd: LocalDate; // the end after deducting pauses, before any rest-day shift
  readonly shifted: boolean;
  readonly pausedDays: number; // days deducted by the pauses that fell inside the period
  readonly running: boolean; // false while a pause that began inside the period is still open
};

export const citations: Citation[] = [
  {
    source: '《最高人民法院关于人民法院执行工作若干问题的规定（试行）》',
    version: '1998年（2020年修正）',
    article: '第63条',
    certainty: 'VERIFIED',
  },
  {
    source: '《最高人民法院关于严格执行案件审理期限制度的若干规定》',
    version: '2000年',
    article: '第9条第（8）–（12）项',
    certainty: 'VERIFIED',
  },
  {
    source: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》',
    version: '2008年（2020年修正）',
    article: '第13条',
    certainty: 'VERIFIED',
  },
  {
    source: '《中华人民共和国民事诉讼法》',
    version: '2023年修正（2024-01-01施行）',
    article: '第85条',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'paused-period',
  title: '扣除中止、暂缓期间的期限',
  citations,
  summary:
    '执行期限等期限中，中止执行、暂缓执行的期间不计入。中止（暂缓）之日照常计算，自次日起停止计算，至恢复执行之日止；恢复之日不计入，自次日起继续计算。' +
    '期间内发生的每一次中止、暂缓，使届满日相应后移其天数；届满日之后才发生的中止不影响已届满的期限。' +
    '按日、月、年计算的，扣除后的最后一日为法定休假日的顺延至休假日后的第一日；按工作日计算的，中止期间内的工作日不计入。仍在中止中的期限停止计时，届满日待恢复后确定。',
};

function checkPauses(start: LocalDate, pauses: readonly Pause[]): RuleResult<null> {
  let previous: LocalDate = start;
  for (const [i, p] of pauses.entries()) {
    if (compareDates(p.from, previous) < 0)
      return fail('date-order-invalid', `第 ${i + 1} 次中止的起始日 ${p.from} 早于期间起算日或上一次恢复日`);
    if (p.to === null && i !== pauses.length - 1) return fail('date-order-invalid', '只有最后一次中止可以尚未恢复');
    if (p.to !== null && compareDates(p.to, p.from) < 0) return fail('date-order-invalid', `恢复日 ${p.to} 早于中止日 ${p.from}`);
    previous = p.to ?? p.from;
  }
  return ok(null);
}

export function computePausedPeriod(input: PausedPeriodInput, calendar: StatutoryCalendar): RuleResult<PausedPeriodResult> {
  const { start, length, unit, pauses } = input;
  if (!periodUnits.includes(unit)) return fail('invalid-input', `未知的期间单位：${String(unit)}`);
  if (!Number.isInteger(length) || length < 1 || length > maxPeriodLength[unit]) {
    return fail('period-length-invalid', `期间长度须为 1 至 ${maxPeriodLength[unit]} 的整数，收到 ${length}`);
  }
  const checked = checkPauses(start, pauses);
  if (!checked.ok) return checked;
  if (unit === 'workday') return countWorkdays(input, calendar);

  let end = nominalPeriodEnd(start, length, unit);
  let pausedDays = 0;
  let running = true;
  for (const p of pauses) {
    // A pause counts only if it began before the (already extended) last day: days from+1 … to lie inside.
    if (compareDates(p.from, end) >= 0) break;
    if (p.to === null) {
      running = false;
      break;
    }
    const days = daysBetween(p.from, p.to);
    end = addDays(end, days);
    pausedDays += days;
  }
  const shiftedEnd = calendar.firstNonRestDay(end);
  if (!shiftedEnd.ok) return shiftedEnd;
  return ok({ end: shiftedEnd.value, nominalEnd: end, shifted: shiftedEnd.value !== end, pausedDays, running });
}

// Workdays inside a pause are not counted; an open pause is counted as if it ended the day it began.
function countWorkdays(input: PausedPeriodInput, calendar: StatutoryCalendar): RuleResult<PausedPeriodResult> {
  const { start, length, pauses } = input;
  const isPaused = (d: LocalDate) => pauses.some((p) => p.to !== null && compareDates(d, p.from) > 0 && compareDates(d, p.to) <= 0);
  let day = start;
  let pausedDays = 0;
  for (let counted = 0; counted < length;) {
    day = addDays(day, 1);
    if (isPaused(day)) {
      pausedDays++;
      continue;
    }
    const work = calendar.isWorkday(day);
    if (!work.ok) return work;
    if (work.value) counted++;
  }
  const open = pauses.at(-1);
  const running = !(open && open.to === null && compareDates(open.from, day) < 0);
  return ok({ end: day, nominalEnd: day, shifted: false, pausedDays, running });
}
