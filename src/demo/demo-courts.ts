import { allCourts } from '../courts/registry.ts';
import type { DemoCourtInfo } from './titles.ts';

export const DEMO_PROVINCE = '粤';
export const DEMO_COURT = '粤0703';

// A city's one-character abbreviation where it is not the name's first character (穗 for 广州).
const ABBREVIATIONS: Record<string, string> = { 广州: '穗', 东莞: '莞', 中山: '中' };

/** The demo's courts: every ordinary basic court of the province, with its city and county names. */
export function demoCourtInfos(): DemoCourtInfo[] {
  const all = allCourts();
  const byCode = new Map(all.map((c) => [c.code, c]));
  return all
    .filter((c) => c.code.startsWith(DEMO_PROVINCE) && c.level === 'basic' && !c.special)
    .map((c) => {
      const parent = byCode.get(c.parentCode ?? '') ?? c;
      const city = parent.name.replace(/^广东省/, '').replace(/中级人民法院$/, '') || '广州市';
      const cityShort = city.replace(/市$/, '');
      const countyName = c.name
        .replace(/^广东省/, '')
        .replace(city, '')
        .replace(/人民法院$/, '');
      return {
        code: c.code,
        name: c.name,
        parentCode: parent.code,
        parentName: parent.name,
        division: c.divisionCode ?? parent.divisionCode ?? '440100',
        city,
        cityShort,
        abbr: ABBREVIATIONS[cityShort] ?? cityShort.slice(0, 1),
        county: countyName.replace(/(区|县|市)$/, '') || cityShort,
      };
    });
}
