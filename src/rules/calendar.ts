// The statutory calendar: which days are rest days (法定休假日) and which are workdays (工作日).
// Pure: the year data is bundled (chinese-days) or passed in; nothing here reads the clock.
import bundled from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, parseLocalDate, weekday, yearOf, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';

/** One year's official arrangement, as the State Council publishes it each autumn. */
export type CalendarYear = {
  readonly holidays: readonly string[]; // 放假 days, including weekends swallowed by a holiday block
  readonly makeUpWorkdays: readonly string[]; // 调休上班: weekend days that are working days
};

export type CalendarOptions = {
  // UNSURE in the digest: whether Saturday and Sunday are 法定休假日 for 第85条. Default true,
  // following the State Council rule that makes them the weekly rest days of state organs.
  readonly weekendsAreRestDays?: boolean;
  // A year's explicit list (later fed from a DB table) replaces the bundled data for that year.
  readonly overrides?: Readonly<Record<number, CalendarYear>>;
  // false: use only the overrides (tests, or a court that maintains its own table).
  readonly useBundledData?: boolean;
};

export type StatutoryCalendar = {
  readonly weekendsAreRestDays: boolean;
  readonly years: readonly number[]; // the years with data, ascending
  readonly hasYear: (year: number) => boolean;
  /** A holiday, or (if configured) a weekend day, unless it is a make-up workday. */
  readonly isRestDay: (d: LocalDate) => RuleResult<boolean>;
  /** A 工作日: Monday–Friday outside holidays, or a make-up workday. Independent of the weekend option. */
  readonly isWorkday: (d: LocalDate) => RuleResult<boolean>;
  /** `from` itself if it is not a rest day, else the first later day that is not. */
  readonly firstNonRestDay: (from: LocalDate) => RuleResult<LocalDate>;
};

export const citations: Citation[] = [
  {
    source: '《中华人民共和国民事诉讼法》',
    version: '2023年修正（2024-01-01施行）',
    article: '第85条',
    certainty: 'VERIFIED',
  },
  {
    source: '《中华人民共和国民法典》',
    version: '2020年（2021-01-01施行）',
    article: '第203条',
    certainty: 'VERIFIED',
  },
  {
    // The article is read; that it makes weekends 法定休假日 for deadlines is the UNSURE part.
    source: '《国务院关于职工工作时间的规定》',
    version: '1995年修订（1995-05-01施行）',
    article: '第7条',
    certainty: 'UNSURE',
  },
];

type YearSets = { readonly holidays: ReadonlySet<string>; readonly makeUpWorkdays: ReadonlySet<string> };

const bundledYears: ReadonlyMap<number, YearSets> = (() => {
  const data = bundled as { holidays: Record<string, string>; workdays: Record<string, string> };
  const years = new Map<number, { holidays: Set<string>; makeUpWorkdays: Set<string> }>();
  const yearSets = (date: string) => {
    const y = Number(date.slice(0, 4));
    let sets = years.get(y);
    if (!sets) years.set(y, (sets = { holidays: new Set(), makeUpWorkdays: new Set() }));
    return sets;
  };
  for (const d of Object.keys(data.holidays)) yearSets(d).holidays.add(d);
  for (const d of Object.keys(data.workdays)) yearSets(d).makeUpWorkdays.add(d);
  return years;
})();

/** The years the bundled chinese-days package covers (a year counts once it has any holiday). */
export const bundledCalendarYears: readonly number[] = [...bundledYears.keys()].sort((a, b) => a - b);

// The covered years are read from the package, so docs/rules.md changes when it is upgraded.
export const rule: RuleDoc = {
  id: 'calendar',
  title: '法定休假日与工作日历',
  citations,
  summary:
    `期间届满的最后一日是法定休假日的，顺延至休假日后的第一日。法定节假日与调休上班日按年取自 chinese-days 数据包（${bundledCalendarYears[0]}–${bundledCalendarYears.at(-1)} 年），` +
    '可按年以表格覆盖；调休上班日不是休息日。星期六、星期日是否属于法定休假日尚待确认，作为配置项，默认视为休息日。' +
    '计算触及没有数据的年份时返回 calendar-year-missing，不作推测。',
};

/** The bundled arrangement of a year, e.g. to seed the override table; undefined if absent. */
export function bundledCalendarYear(year: number): CalendarYear | undefined {
  const sets = bundledYears.get(year);
  if (!sets) return undefined;
  return { holidays: [...sets.holidays].sort(), makeUpWorkdays: [...sets.makeUpWorkdays].sort() };
}

/** Checks a caller-supplied year (e.g. a row of the override table) before it is used. */
export function checkCalendarYear(year: number, data: CalendarYear): RuleResult<CalendarYear> {
  if (!Number.isInteger(year) || year < 1949 || year > 9999) return fail('calendar-data-invalid', `年份无效：${year}`);
  const seen = new Set<string>();
  for (const d of [...data.holidays, ...data.makeUpWorkdays]) {
    const date = parseLocalDate(d);
    if (!date) return fail('calendar-data-invalid', `${year}年日历中有无效日期：${d}`);
    if (yearOf(date) !== year) return fail('calendar-data-invalid', `${d} 不属于 ${year} 年`);
    if (seen.has(d)) return fail('calendar-data-invalid', `${d} 重复出现，或同时是放假日和调休上班日`);
    seen.add(d);
  }
  return ok(data);
}

export function createCalendar(options: CalendarOptions = {}): StatutoryCalendar {
  const weekendsAreRestDays = options.weekendsAreRestDays ?? true;
  const years = new Map<number, YearSets>(options.useBundledData === false ? [] : bundledYears);
  for (const [key, data] of Object.entries(options.overrides ?? {})) {
    const checked = checkCalendarYear(Number(key), data);
    // Overrides are validated when stored (checkCalendarYear); a bad one here is a bug.
    if (!checked.ok) throw new Error(`calendar override rejected: ${checked.detail}`);
    years.set(Number(key), { holidays: new Set(data.holidays), makeUpWorkdays: new Set(data.makeUpWorkdays) });
  }

  const lookup = (d: LocalDate): RuleResult<{ holiday: boolean; makeUp: boolean; weekend: boolean }> => {
    const sets = years.get(yearOf(d));
    if (!sets) return fail('calendar-year-missing', `没有 ${yearOf(d)} 年的法定节假日安排数据（计算涉及 ${d}）`);
    const wd = weekday(d);
    return ok({ holiday: sets.holidays.has(d), makeUp: sets.makeUpWorkdays.has(d), weekend: wd === 0 || wd === 6 });
  };

  const isRestDay = (d: LocalDate): RuleResult<boolean> => {
    const day = lookup(d);
    if (!day.ok) return day;
    const { holiday, makeUp, weekend } = day.value;
    return ok(!makeUp && (holiday || (weekendsAreRestDays && weekend)));
  };

  const isWorkday = (d: LocalDate): RuleResult<boolean> => {
    const day = lookup(d);
    if (!day.ok) return day;
    const { holiday, makeUp, weekend } = day.value;
    return ok(makeUp || (!holiday && !weekend));
  };

  const firstNonRestDay = (from: LocalDate): RuleResult<LocalDate> => {
    // The longest official block is under two weeks; a month of rest days means broken data.
    for (let i = 0, d = from; i <= 31; i++, d = addDays(d, 1)) {
      const rest = isRestDay(d);
      if (!rest.ok) return rest;
      if (!rest.value) return ok(d);
    }
    throw new Error(`no non-rest day within a month of ${from}: calendar data is broken`);
  };

  const sortedYears = [...years.keys()].sort((a, b) => a - b);
  return {
    weekendsAreRestDays,
    years: sortedYears,
    hasYear: (year) => years.has(year),
    isRestDay,
    isWorkday,
    firstNonRestDay,
  };
}

/** The bundled calendar with weekends as rest days. */
export const defaultCalendar: StatutoryCalendar = createCalendar();
