import { describe, expect, it } from 'vitest';
import type { CourtLevel } from './courts.types.ts';
import { courtLevelOfCode } from '../rules/case-number.ts';
import { CURATED_BASIC_COURTS, CURATED_INTERMEDIATE_COURTS } from './curated-courts.ts';
import { FORMER_CODES } from './former-codes.ts';
import {
  PROVINCE_ABBREVIATIONS,
  allCourts,
  childrenOf,
  courtByCode,
  descendantsOf,
  filterCourts,
  isWithin,
  provinceCourts,
  registryWarnings,
} from './registry.ts';

const parentLevel: Record<CourtLevel, CourtLevel | null> = {
  supreme: null,
  high: 'supreme',
  intermediate: 'high',
  basic: 'intermediate',
};

describe('court registry (法院代字, P1 Art.4–5)', () => {
  it('lists every court of mainland China, well over 3,000 of them', () => {
    expect(allCourts().length).toBeGreaterThan(3000);
  });

  it('gives every court its own code', () => {
    const codes = allCourts().map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('generates the whole registry from the data without falling back or skipping by surprise', () => {
    expect(registryWarnings()).toEqual([]);
  });

  it('has one high court for each of the 31 provinces and one for the XPCC', () => {
    expect(Object.keys(PROVINCE_ABBREVIATIONS)).toHaveLength(31);
    const high = filterCourts(allCourts(), { level: 'high' }).map((c) => c.code);
    expect(high.sort()).toEqual([...Object.values(PROVINCE_ABBREVIATIONS), '兵'].sort());
  });

  it('names 江门 粤07 after its prefecture, under the Guangdong high court', () => {
    expect(courtByCode('粤07')).toMatchObject({
      name: '广东省江门市中级人民法院',
      level: 'intermediate',
      parentCode: '粤',
      provinceCode: '44',
      divisionCode: '440700',
    });
  });

  it('codes 蓬江区 粤0703 with digits 3–6 of its county code, under 粤07', () => {
    expect(courtByCode('粤0703')).toMatchObject({
      name: '广东省江门市蓬江区人民法院',
      level: 'basic',
      parentCode: '粤07',
    });
  });

  it('names a municipal district court after the city alone: 京0105 北京市朝阳区人民法院 under 京03', () => {
    expect(courtByCode('京0105')).toMatchObject({ name: '北京市朝阳区人民法院', level: 'basic', parentCode: '京03' });
    expect(courtByCode('京04')?.name).toBe('北京市第四中级人民法院');
  });

  it('uses 内 for Inner Mongolia and 兵 for the XPCC branch court', () => {
    expect(courtByCode('内')).toMatchObject({ name: '内蒙古自治区高级人民法院', level: 'high', provinceCode: '15' });
    expect(courtByCode('兵')).toMatchObject({
      name: '新疆维吾尔自治区高级人民法院生产建设兵团分院',
      level: 'high',
      special: 'xpcc',
    });
    expect(courtByCode('兵08')).toMatchObject({ level: 'intermediate', parentCode: '兵' });
  });

  it('leaves out Taiwan, Hong Kong and Macau', () => {
    for (const digits of ['71', '81', '82']) expect(filterCourts(allCourts(), { province: digits })).toEqual([]);
  });

  it('knows 粤72 as 广州海事法院, a maritime court under the Guangdong high court', () => {
    expect(courtByCode('粤72')).toMatchObject({
      name: '广州海事法院',
      special: 'maritime',
      level: 'intermediate',
      parentCode: '粤',
    });
  });

  it('places the internet courts under the intermediate court that hears their appeals', () => {
    expect(courtByCode('京0491')).toMatchObject({ name: '北京互联网法院', parentCode: '京04', special: 'internet' });
    expect(courtByCode('粤0192')?.parentCode).toBe('粤01');
    expect(courtByCode('浙0192')?.parentCode).toBe('浙01');
  });

  it('gives counties under direct provincial administration a real intermediate court', () => {
    expect(courtByCode('鄂9004')).toMatchObject({ name: '湖北省仙桃市人民法院', parentCode: '鄂96' });
    expect(courtByCode('豫9001')?.parentCode).toBe('豫96');
    expect(courtByCode('琼9002')?.parentCode).toBe('琼96');
    expect(courtByCode('兵9001')).toMatchObject({ parentCode: '兵08', special: 'xpcc' });
  });

  it('does not turn 省直辖县级行政区划 or 市辖区 placeholders into courts', () => {
    expect(courtByCode('鄂90')).toBeUndefined();
    expect(allCourts().some((c) => c.name.includes('直辖县级行政区划') || c.name.includes('市辖区'))).toBe(false);
  });

  it('gives every court but 最高法 an existing parent one level up', () => {
    for (const c of allCourts()) {
      if (c.code === '最高法') {
        expect(c.parentCode).toBeNull();
        continue;
      }
      const parent = courtByCode(c.parentCode ?? '');
      expect(parent, c.code).toBeDefined();
      expect(parent?.level, c.code).toBe(parentLevel[c.level]);
    }
  });

  it('案号规定 第4–5条: every court has a code of the legal shape for its level, and exactly one parent of the level above', () => {
    for (const c of allCourts()) {
      expect(courtLevelOfCode(c.code), c.code).toBe(c.level);
      const parents = allCourts().filter((p) => p.code === c.parentCode);
      expect(parents.length, c.code).toBe(c.level === 'supreme' ? 0 : 1);
      if (c.level === 'high') expect(c.parentCode, c.code).toBe('最高法');
      // An intermediate court's code is its high court's code plus two digits.
      if (c.level === 'intermediate') expect(c.code, c.code).toMatch(new RegExp(`^${c.parentCode}\\d{2}$`));
    }
  });

  it('has every row of the curated table, with its source and certainty, and no code twice', () => {
    for (const c of [...CURATED_INTERMEDIATE_COURTS, ...CURATED_BASIC_COURTS]) {
      expect(courtByCode(c.code), c.code).toMatchObject({ name: c.name, parentCode: c.parent, special: c.kind });
      expect(c.seen.length, c.code).toBeGreaterThan(4);
      expect(['VERIFIED', 'VERIFIED-2nd', 'UNSURE']).toContain(c.certainty);
    }
  });

  it('maps every former code to an existing successor and never to a current code of its own', () => {
    for (const f of FORMER_CODES) {
      expect(courtByCode(f.successor), f.code).toBeDefined();
      expect(courtByCode(f.code), f.code).toBeUndefined();
      expect(f.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('has no cycles: every court reaches 最高法 within four steps', () => {
    for (const c of allCourts()) {
      let current = c;
      let steps = 0;
      while (current.parentCode !== null && steps <= 4) {
        current = courtByCode(current.parentCode)!;
        steps++;
      }
      expect(current.code, c.code).toBe('最高法');
    }
  });

  it('keeps a basic court code as its parent high court code plus four digits', () => {
    for (const c of filterCourts(allCourts(), { level: 'basic' })) {
      const high = courtByCode(c.parentCode!)!.parentCode!;
      expect(c.code, c.name).toMatch(new RegExp(`^${high}\\d{4}$`));
    }
  });

  it('walks the tree: children, descendants and isWithin agree', () => {
    expect(childrenOf('粤07').map((c) => c.code)).toContain('粤0703');
    expect(descendantsOf('粤').map((c) => c.code)).toEqual(expect.arrayContaining(['粤07', '粤0703', '粤72', '粤0192']));
    expect(isWithin('粤0703', '粤')).toBe(true);
    expect(isWithin('粤0703', '粤0703')).toBe(true);
    expect(isWithin('粤0703', '京')).toBe(false);
    expect(isWithin('不存在', '最高法')).toBe(false);
    expect(descendantsOf('最高法')).toHaveLength(allCourts().length - 1);
  });

  it('returns a province as its high court and everything below it', () => {
    const gd = provinceCourts('粤');
    expect(gd[0]?.code).toBe('粤');
    expect(gd.every((c) => isWithin(c.code, '粤'))).toBe(true);
    expect(gd.length).toBe(filterCourts(allCourts(), { province: '粤' }).length);
    expect(provinceCourts('粤07')).toEqual([]);
  });

  it('filters by level, parent, province (character or digits) and name', () => {
    const courts = allCourts();
    expect(filterCourts(courts, { parentCode: '粤07' }).every((c) => c.level === 'basic')).toBe(true);
    expect(filterCourts(courts, { province: '44', level: 'intermediate' }).map((c) => c.code)).toContain('粤72');
    expect(filterCourts(courts, { name: '江门' }).map((c) => c.code)).toEqual(expect.arrayContaining(['粤07', '粤0703']));
    expect(filterCourts(courts, { province: '65' }).some((c) => c.code === '兵')).toBe(true);
    expect(filterCourts(courts, { province: '新' }).some((c) => c.code === '兵')).toBe(false);
  });
});
