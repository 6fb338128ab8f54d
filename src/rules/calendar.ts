// The statutory calendar: which days are rest days (法定休假日) and which are workdays (工作日).
// Pure: the year data is bundled (chinese-days) or passed in; nothing here reads the clock.
import bundled from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { addDays, parseLocalDate, weekday, yearOf, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { provisionalCalendarYear, provisionalCitation } from './provisional-calendar.ts';

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
  // false: a year without a published arrangement is an error instead of computed provisionally.
  readonly provisional?: boolean;
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
  /** True for a year computed from the 放假办法 alone, before its arrangement is published. */
  readonly isProvisional: (year: number) => boolean;
  /** The same calendar, recording which provisional years a computation touched. */
  readonly track: () => { readonly calendar: StatutoryCalendar; readonly provisionalYears: () => number[] };
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
  provisionalCitation,
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
    '国务院尚未公布放假安排的年份按《全国年节及纪念日放假办法》暂行计算（周末、元旦、春节除夕至初三、清明、劳动节两天、端午、中秋、国庆三天，农历日期由 chinese-days 换算，无调休上班日），' +
    '依赖该年份的结果标记为暂定并说明原因；公布的安排（数据包更新或 zhixing calendar set）生效后以其为准。超出农历换算范围的年份返回 calendar-year-missing。',
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
  const provisional = new Map<number, YearSets | null>();
  const provisionalYear = (year: number): YearSets | null => {
    if (options.provisional === false) return null;
    if (!provisional.has(year)) {
      const data = provisionalCalendarYear(year);
      provisional.set(year, data ? { holidays: new Set(data.holidays), makeUpWorkdays: new Set() } : null);
    }
    return provisional.get(year)!;
  };
  return makeCalendar(weekendsAreRestDays, years, provisionalYear);
}

function makeCalendar(
  weekendsAreRestDays: boolean,
  years: ReadonlyMap<number, YearSets>,
  provisionalYear: (year: number) => YearSets | null,
  touched?: Set<number>,
): StatutoryCalendar {
  const lookup = (d: LocalDate): RuleResult<{ holiday: boolean; makeUp: boolean; weekend: boolean }> => {
    const year = yearOf(d);
    let sets = years.get(year);
    if (!sets) {
      sets = provisionalYear(year) ?? undefined;
      if (sets) touched?.add(year);
    }
    if (!sets)
      return fail(
        'calendar-year-missing',
        `没有 ${year} 年的法定节假日安排数据（计算涉及 ${d}），系统也无法推算该年度的节假日；请系统管理员用“zhixing calendar set ${year}”录入国务院公布的放假安排后再计算`,
      );
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

  return {
    weekendsAreRestDays,
    years: [...years.keys()].sort((a, b) => a - b),
    hasYear: (year) => years.has(year),
    isRestDay,
    isWorkday,
    firstNonRestDay,
    isProvisional: (year) => !years.has(year) && provisionalYear(year) !== null,
    track: () => {
      const used = new Set<number>();
      return { calendar: makeCalendar(weekendsAreRestDays, years, provisionalYear, used), provisionalYears: () => [...used].sort() };
    },
  };
}

/**
 * The dates in [from, to] whose rest-day or workday status differs between two calendars: the hook
 * by which deadlines computed on a provisional year are recomputed when the arrangement is published.
 */
export function changedDates(before: StatutoryCalendar, after: StatutoryCalendar, from: LocalDate, to: LocalDate): LocalDate[] {
  const out: LocalDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const a = before.isRestDay(d);
    const b = after.isRestDay(d);
    const wa = before.isWorkday(d);
    const wb = after.isWorkday(d);
    const same = a.ok && b.ok && wa.ok && wb.ok && a.value === b.value && wa.value === wb.value;
    if (!same) out.push(d);
  }
  return out;
}

/** Why a result is provisional, for the API, the CLI and the screen. */
export function provisionalNote(years: readonly number[]): { years: number[]; reason: string } | null {
  if (years.length === 0) return null;
  const list = years.join('、');
  return {
    years: [...years],
    reason:
      `${list} 年的放假安排国务院尚未公布（或尚未录入），本结果按《全国年节及纪念日放假办法》暂行计算（周末与法定节日，不含调休），为暂定结果；` +
      `安排公布后请以新数据重新计算（系统管理员可用 zhixing calendar set ${years[0]} 录入）。`,
  };
}

/** The bundled calendar with weekends as rest days. */
export const defaultCalendar: StatutoryCalendar = createCalendar();
