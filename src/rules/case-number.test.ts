import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseTypeByCode,
  caseTypeCodes,
  courtLevelOfCode,
  formatCaseNumber,
  parseCaseNumber,
  provinceCourtChars,
  rule,
} from './case-number.ts';

describe('案号规定 第2–3条: the structure （年）法院代字 类型代字 编号 号', () => {
  it('parses （2026）粤0703执123号 as a first-execution case of a basic court', () => {
    expect(parseCaseNumber('（2026）粤0703执123号')).toEqual({
      valid: true,
      errors: [],
      normalized: '（2026）粤0703执123号',
      year: 2026,
      courtCode: '粤0703',
      courtLevel: 'basic',
      specialCode: null,
      typeCode: '执',
      typeName: '首次执行案件',
      caseType: 'first',
      category: 'implementation',
      enforcement: true,
      serial: 123,
      legacy: false,
      suffix: null,
      underlying: null,
    });
  });

  it('accepts half-width brackets, spaces and full-width digits, normalising to full-width brackets', () => {
    const r = parseCaseNumber(' (2026) 粤07 执恢 １号 ');
    expect(r).toMatchObject({
      valid: true,
      normalized: '（2026）粤07执恢1号',
      courtLevel: 'intermediate',
      caseType: 'resumed',
    });
  });

  it('执行意见 第5条: 执, 执恢 and 执保 are implementation cases', () => {
    for (const [code, caseType] of [
      ['执', 'first'],
      ['执恢', 'resumed'],
      ['执保', 'preservation'],
    ] as const) {
      expect(parseCaseNumber(`（2026）京0105${code}8号`)).toMatchObject({
        valid: true,
        caseType,
        category: 'implementation',
      });
    }
  });

  it('执异, 执复, 执监, 执协 and 执他 are review cases', () => {
    const types = ['objection', 'reconsideration', 'supervision', 'coordination', 'other'];
    ['执异', '执复', '执监', '执协', '执他'].forEach((code, i) => {
      expect(parseCaseNumber(`（2025）沪01${code}3号`)).toMatchObject({
        valid: true,
        caseType: types[i],
        category: 'review',
      });
    });
  });

  it('财保, 行保, 行保复, 证保, 司救执, 行审 and 行审复 are valid, with their category and not enforcement', () => {
    for (const [code, category] of [
      ['财保', 'preservation'],
      ['行保', 'preservation'],
      ['行保复', 'preservation'],
      ['证保', 'preservation'],
      ['司救执', 'judicial-aid'],
      ['行审', 'administrative'],
      ['行审复', 'administrative'],
    ] as const) {
      expect(parseCaseNumber(`（2026）浙0192${code}1号`)).toMatchObject({ valid: true, category, caseType: null, enforcement: false });
    }
  });

  it('案件类型及其代字标准: the 执行依据 of other kinds parse with their category (民初, 民终, 刑初, 行初, 法赔, 破申)', () => {
    for (const [code, category] of [
      ['民初', 'civil'],
      ['民终', 'civil'],
      ['民申', 'civil'],
      ['刑初', 'criminal'],
      ['刑终', 'criminal'],
      ['行初', 'administrative'],
      ['行赔终', 'administrative'],
      ['法赔', 'compensation'],
      ['委赔', 'compensation'],
      ['破申', 'bankruptcy'],
      ['破', 'bankruptcy'],
      ['司惩', 'sanction'],
    ] as const) {
      expect(parseCaseNumber(`（2024）粤0703${code}5号`)).toMatchObject({ valid: true, typeCode: code, category, enforcement: false });
    }
  });

  it('a special code before a trial type: （2019）最高法知民终1号', () => {
    expect(parseCaseNumber('（2019）最高法知民终1号')).toMatchObject({
      valid: true,
      specialCode: '知',
      typeCode: '民终',
      category: 'civil',
    });
  });

  it('…号之一 is a follow-up document of the same case: the suffix and the underlying number are returned', () => {
    expect(parseCaseNumber('（2020）豫0192执2437号之一')).toMatchObject({
      valid: true,
      normalized: '（2020）豫0192执2437号之一',
      suffix: '之一',
      underlying: '（2020）豫0192执2437号',
      serial: 2437,
      enforcement: true,
    });
    expect(parseCaseNumber('（2022）沪0115民初13290号之二')).toMatchObject({ valid: true, suffix: '之二', typeCode: '民初' });
    expect(parseCaseNumber('（2020）豫0192执2437号之').errors).toEqual(['bad-format']);
  });

  it('an unknown type code (执请, 执限, 刑事, 执行) is invalid: unknown-type-code', () => {
    for (const code of ['执请', '执限', '刑事', '执行']) {
      const r = parseCaseNumber(`（2026）粤07${code}5号`);
      expect(r).toMatchObject({ valid: false, errors: ['unknown-type-code'], typeCode: code, category: null });
    }
  });
});

describe('案号规定 第4–5条: court codes', () => {
  it('最高法, a province character, +2 digits (intermediate), +4 digits (basic)', () => {
    expect(courtLevelOfCode('最高法')).toBe('supreme');
    expect(courtLevelOfCode('粤')).toBe('high');
    expect(courtLevelOfCode('内')).toBe('high');
    expect(courtLevelOfCode('兵')).toBe('high');
    expect(courtLevelOfCode('军')).toBe('high');
    expect(courtLevelOfCode('粤07')).toBe('intermediate');
    expect(courtLevelOfCode('粤0703')).toBe('basic');
    expect(provinceCourtChars).toHaveLength(33);
  });

  it('refuses 1, 3 or 5 digits and non-province characters: bad-court-code', () => {
    for (const code of ['粤0', '粤070', '粤07031', '港0703', '中07']) {
      expect(parseCaseNumber(`（2026）${code}执1号`).errors).toContain('bad-court-code');
    }
  });

  it('parses the SPC: （2026）最高法执监12号', () => {
    expect(parseCaseNumber('（2026）最高法执监12号')).toMatchObject({
      valid: true,
      courtCode: '最高法',
      courtLevel: 'supreme',
    });
  });
});

describe('2018 amendment: a one-character 专门审判代字 between court code and type code', () => {
  it('parses （2026）最高法知执1号 with special code 知', () => {
    expect(parseCaseNumber('（2026）最高法知执1号')).toMatchObject({ valid: true, specialCode: '知', typeCode: '执' });
    expect(parseCaseNumber('（2026）京73知执恢2号')).toMatchObject({
      valid: true,
      specialCode: '知',
      typeCode: '执恢',
    });
  });

  it('a whole-word type code wins over special + type (执恢 is not 执 + 恢)', () => {
    expect(parseCaseNumber('（2026）粤07执恢1号')).toMatchObject({ specialCode: null, typeCode: '执恢' });
  });
});

describe('案号规定 第9条: the serial is a positive integer', () => {
  it('refuses 0 and leading zeros: bad-serial; accepts 1 and 9 digits', () => {
    expect(parseCaseNumber('（2026）粤07执0号').errors).toEqual(['bad-serial']);
    expect(parseCaseNumber('（2026）粤07执012号').errors).toEqual(['bad-serial']);
    expect(parseCaseNumber('（2026）粤07执1号').valid).toBe(true);
    expect(parseCaseNumber('（2026）粤07执123456789号').valid).toBe(true);
    expect(parseCaseNumber('（2026）粤07执1234567890号').errors).toEqual(['bad-serial']);
  });

  it('refuses text without brackets, year or 号: bad-format; empty text: empty', () => {
    for (const text of ['2026粤07执1号', '（26）粤07执1号', '（2026）粤07执1', '（2026）粤07执号']) {
      expect(parseCaseNumber(text).errors).toContain('bad-format');
    }
    expect(parseCaseNumber('  ').errors).toEqual(['empty']);
  });
});

describe('new format from 2016-01-01; legacy 字第 numbers before', () => {
  it('（2015）杭下执民字第2741号 is a valid legacy first-execution number', () => {
    expect(parseCaseNumber('（2015）杭下执民字第2741号')).toMatchObject({
      valid: true,
      legacy: true,
      year: 2015,
      courtCode: '杭下',
      courtLevel: null,
      typeCode: '执',
      caseType: 'first',
      serial: 2741,
    });
  });

  it('（2014）浙杭执字第12号 and （2015）深中法执恢字第3号 are valid legacy numbers', () => {
    expect(parseCaseNumber('（2014）浙杭执字第12号')).toMatchObject({
      valid: true,
      legacy: true,
      courtCode: '浙杭',
      typeCode: '执',
    });
    expect(parseCaseNumber('(2015)深中法执恢字第3号')).toMatchObject({
      valid: true,
      courtCode: '深中法',
      caseType: 'resumed',
    });
    expect(parseCaseNumber('（2014）执复字第5号')).toMatchObject({
      valid: true,
      courtCode: null,
      caseType: 'reconsideration',
    });
  });

  it('the 字第 form in 2016 (day after the cut-over year) is invalid: legacy-format-after-2016', () => {
    expect(parseCaseNumber('（2016）杭下执民字第1号').errors).toEqual(['legacy-format-after-2016']);
  });

  it('the new form with year 2015 (day before) is invalid, with year 2016 (day of) valid', () => {
    expect(parseCaseNumber('（2015）浙0102执1号').errors).toEqual(['new-format-before-2016']);
    expect(parseCaseNumber('（2016）浙0102执1号').valid).toBe(true);
  });

  it("legacy trial numbers map to today's codes: （2014）浙杭商初字第12号 民初, （2014）杨民一(民)初字第4713号 民初", () => {
    expect(parseCaseNumber('（2014）浙杭商初字第12号')).toMatchObject({ valid: true, legacy: true, typeCode: '民初', courtCode: '浙杭' });
    expect(parseCaseNumber('(2014)杨民一(民)初字第4713号')).toMatchObject({
      valid: true,
      legacy: true,
      typeCode: '民初',
      category: 'civil',
    });
    expect(parseCaseNumber('（2013）鄂十堰中民四终字第139号')).toMatchObject({ valid: true, typeCode: '民终' });
    expect(parseCaseNumber('（2014）浙杭乱码字第12号')).toMatchObject({ valid: false, errors: ['unknown-type-code'] });
  });
});

describe('formatCaseNumber', () => {
  it('writes full-width brackets: （2026）粤0703执123号', () => {
    expect(formatCaseNumber({ year: 2026, courtCode: '粤0703', typeCode: '执', serial: 123 })).toBe('（2026）粤0703执123号');
    expect(formatCaseNumber({ year: 2026, courtCode: '最高法', specialCode: '知', typeCode: '执', serial: 1 })).toBe(
      '（2026）最高法知执1号',
    );
  });

  it('throws on parts that cannot make a valid number (a caller bug)', () => {
    expect(() => formatCaseNumber({ year: 2026, courtCode: '粤070', typeCode: '执', serial: 1 })).toThrow();
    expect(() => formatCaseNumber({ year: 2026, courtCode: '粤07', typeCode: '民x', serial: 1 })).toThrow();
    expect(() => formatCaseNumber({ year: 2026, courtCode: '粤07', typeCode: '执', serial: 0 })).toThrow();
    expect(() => formatCaseNumber({ year: 2026, courtCode: '粤07', specialCode: 'IP', typeCode: '执', serial: 1 })).toThrow();
  });

  it('property: format then parse gives the parts back', () => {
    const court = fc.oneof(
      fc.constant('最高法'),
      fc.constantFrom(...provinceCourtChars),
      fc.tuple(fc.constantFrom(...provinceCourtChars), fc.integer({ min: 0, max: 99 })).map(([c, n]) => c + String(n).padStart(2, '0')),
      fc.tuple(fc.constantFrom(...provinceCourtChars), fc.integer({ min: 0, max: 9999 })).map(([c, n]) => c + String(n).padStart(4, '0')),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 2016, max: 2099 }),
        court,
        fc.option(fc.constantFrom('知', '金'), { nil: undefined }),
        fc.constantFrom(...caseTypeCodes.map((t) => t.code)),
        fc.integer({ min: 1, max: 999_999_999 }),
        (year, courtCode, specialCode, typeCode, serial) => {
          const parsed = parseCaseNumber(formatCaseNumber({ year, courtCode, specialCode, typeCode, serial }));
          expect(parsed).toMatchObject({
            valid: true,
            year,
            courtCode,
            specialCode: specialCode ?? null,
            typeCode,
            serial,
          });
        },
      ),
    );
  });
});

it('exports the type-code table and cites 法〔2015〕137号', () => {
  expect(caseTypeByCode('执保')).toMatchObject({ caseType: 'preservation', name: '财产保全执行案件' });
  expect(caseTypeCodes.length).toBeGreaterThan(80);
  expect(new Set(caseTypeCodes.map((c) => c.code)).size).toBe(caseTypeCodes.length);
  expect(rule.citations[0]!.version).toContain('法〔2015〕137号');
});
