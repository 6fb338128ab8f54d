// chinese-days is CommonJS: its named exports are read from the default import.
// A year the State Council has not yet published an arrangement for is computed provisionally:
// weekends, and the statutory holidays of 《全国年节及纪念日放假办法》 on their fixed or lunar dates,
// with no make-up workdays (those come only with the published arrangement).
import chineseDays from 'chinese-days';
import { addDays, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import type { Citation } from './citation.ts';
import type { CalendarYear } from './calendar.ts';

const { getSolarDateFromLunar, getSolarTermDate } = chineseDays;

export const provisionalCitation: Citation = {
  source: '《全国年节及纪念日放假办法》',
  version: '2024年修订（2025-01-01施行）',
  article: '第2条（元旦1天、春节4天、清明节1天、劳动节2天、端午节1天、中秋节1天、国庆节3天）',
  certainty: 'VERIFIED-2nd',
};

// From the year the 2024 revision took effect to the end of the lunar conversion: an earlier year
// had other holidays (1999, 2007, 2013 versions) and is never guessed.
export const PROVISIONAL_RANGE = { from: 2025, to: 2099 } as const;

const lunar = (year: number, month: number, day: number): LocalDate => {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  const date = parseLocalDate(getSolarDateFromLunar(`${year}-${mm}-${dd}`).date);
  if (!date) throw new Error(`lunar conversion failed for ${year}-${mm}-${dd}`);
  return date;
};

/** The statutory holidays of `year` by the 放假办法 alone; undefined outside the lunar range. */
export function provisionalCalendarYear(year: number): CalendarYear | undefined {
  if (!Number.isInteger(year) || year < PROVISIONAL_RANGE.from || year > PROVISIONAL_RANGE.to) return undefined;
  const days = new Set<string>();
  const fixed = (md: string) => days.add(`${year}-${md}`);
  fixed('01-01');
  fixed('05-01');
  fixed('05-02');
  for (const md of ['10-01', '10-02', '10-03']) fixed(md);
  // 春节: 除夕 and 正月初一至初三. 除夕 is the day before 初一.
  const springFestival = lunar(year, 1, 1);
  for (let i = -1; i <= 2; i++) {
    const d = addDays(springFestival, i);
    if (d.startsWith(String(year))) days.add(d);
  }
  // A 除夕 of next year's festival can fall on 31 December of this year.
  const nextEve = addDays(lunar(year + 1, 1, 1), -1);
  if (nextEve.startsWith(String(year))) days.add(nextEve);
  days.add(getSolarTermDate(year, 4, 'pure_brightness'));
  days.add(lunar(year, 5, 5));
  days.add(lunar(year, 8, 15));
  return { holidays: [...days].sort(), makeUpWorkdays: [] };
}
