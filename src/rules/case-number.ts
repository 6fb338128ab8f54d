// 案号: （收案年度）+ 法院代字 + [专门审判代字] + 类型代字 + 案件编号 + 号, in force since 2016-01-01.
// Older numbers used a free court abbreviation and "字第" and are recognised as legacy.
import type { Citation, RuleDoc } from './citation.ts';

import { caseTypeByCode, caseTypeCitations, isEnforcementCategory, type CaseCategory, type CaseType } from './case-types.ts';

export { caseTypeByCode, caseTypeCodes, categoryNames, type CaseCategory, type CaseType, type CaseTypeCode } from './case-types.ts';

const typeByCode = { has: (c: string) => caseTypeByCode(c) !== undefined, get: caseTypeByCode };

// The one-character high-court codes (案号规定 第4条), incl. 内 (内蒙古), 兵 (兵团分院), 军 (军事法院).
export const provinceCourtChars = '京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新兵军';

export const NEW_FORMAT_SINCE = 2016;

const CASE_RULES = '《最高人民法院关于人民法院案件案号的若干规定》';
export const citations: Citation[] = [
  { source: CASE_RULES, version: '法〔2015〕137号（2016-01-01施行）', article: '第2–5条', certainty: 'VERIFIED' },
  { source: CASE_RULES, version: '法〔2015〕137号（2016-01-01施行）', article: '第7–9条', certainty: 'VERIFIED' },
  {
    source: '《关于修改〈关于人民法院案件案号的若干规定〉的决定》',
    version: '法〔2018〕335号',
    article: '第1、2、4项（专门审判代字）',
    certainty: 'VERIFIED',
  },
  {
    source: '《最高人民法院关于执行案件立案、结案若干问题的意见》',
    version: '法发〔2014〕26号（2015-01-01施行）',
    article: '第1条、第5条',
    certainty: 'VERIFIED',
  },
  ...caseTypeCitations,
];

export const rule: RuleDoc = {
  id: 'case-number',
  title: '案号的解析与编排',
  citations,
  summary:
    '案号由收案年度、法院代字、可选的一字专门审判代字、类型代字、案件编号和“号”组成，如（2026）粤0703执123号。' +
    '法院代字：最高法；高院为省级简称一字（内、兵、军为特例）；中院为高院代字加2位数字，基层法院加4位数字。' +
    '类型代字按《人民法院案件类型及其代字标准》识别并给出类别：执行实施类（执、执恢、执保）、执行审查类（执异、执复、执监、执协、执他），以及刑事、民事、行政、国家赔偿、非诉保全审查、强制清算与破产、司法制裁、司法救助、司法协助各类代字（如民初、民终、刑初、行初、法赔、财保、破申）；执行依据的案号因此可以是任何一类。' +
    '裁判文书中“……号之一”等后缀视为同一案号的附属文书，返回后缀与原案号。' +
    '编号为不带前导零的正整数。2016年以前“字第”式旧案号（如（2015）杭下执民字第2741号）视为有效并标记 legacy（该样式来自实例而非规则条文）；2016年及以后的“字第”式、2016年以前的新式案号均视为无效。',
};

export type CaseNumberError =
  | 'empty'
  | 'bad-format'
  | 'bad-year'
  | 'bad-court-code'
  | 'unknown-type-code'
  | 'bad-serial'
  | 'legacy-format-after-2016'
  | 'new-format-before-2016';

export type CourtLevelFromCode = 'supreme' | 'high' | 'intermediate' | 'basic';

export type ParsedCaseNumber = {
  readonly valid: boolean;
  readonly errors: CaseNumberError[];
  readonly normalized: string | null; // full-width brackets, ASCII digits, no spaces
  readonly year: number | null;
  readonly courtCode: string | null; // a legacy number carries its free-text abbreviation here
  readonly courtLevel: CourtLevelFromCode | null; // from the code's shape; null for legacy numbers
  readonly specialCode: string | null;
  readonly typeCode: string | null; // as written, even when unknown
  readonly typeName: string | null;
  readonly caseType: CaseType | null;
  readonly category: CaseCategory | null;
  readonly enforcement: boolean; // 执行实施类 or 执行审查类
  readonly serial: number | null;
  readonly legacy: boolean;
  readonly suffix: string | null; // 之一, 之二 … of a follow-up document, e.g. …执2437号之一
  readonly underlying: string | null; // the case number without the suffix
};

const HAN = /^\p{Script=Han}+$/u;
const LEGACY_TRIAL = /^(\p{Script=Han}*?)(刑|民|商|行|知|海)[一二三四五六七八九]?(?:（\p{Script=Han}{1,2}）)?(初|终|再|监|申|抗|特|辖)$/u;
const SUFFIX = /^(.+号)之([一二三四五六七八九十]{1,3})$/u;
const LEGACY_TYPES: Readonly<Record<string, string>> = { 执民: '执', 执行: '执' };
const LEGACY_PREFIX = /^(\p{Script=Han}*?)(执恢|执保|执异|执复|执监|执协|执他|执民|执行|执|财保|行保复|行保|证保|司救执|行审复|行审)$/u;

function normalize(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

export function parseCaseNumber(text: string): ParsedCaseNumber {
  const errors: CaseNumberError[] = [];
  const blank: ParsedCaseNumber = {
    valid: false,
    errors,
    normalized: null,
    year: null,
    courtCode: null,
    courtLevel: null,
    specialCode: null,
    typeCode: null,
    typeName: null,
    caseType: null,
    category: null,
    enforcement: false,
    serial: null,
    legacy: false,
    suffix: null,
    underlying: null,
  };
  const full = normalize(text);
  if (full === '') return { ...blank, errors: ['empty'] };
  const suffixed = SUFFIX.exec(full);
  const normalized = suffixed ? suffixed[1]! : full;
  const suffix = suffixed ? `之${suffixed[2]}` : null;
  const outer = /^（(\d{4})）(.+)号$/u.exec(normalized);
  if (!outer) return { ...blank, errors: ['bad-format'] };
  const year = Number(outer[1]);
  if (year < 1949 || year > 2999) errors.push('bad-year');
  const body = outer[2]!;
  const legacy = body.includes('字第');
  const parts = legacy ? splitLegacy(body, year, errors) : splitModern(body, year, errors);
  if (!parts) return { ...blank, errors: [...errors, 'bad-format'], year, legacy, suffix };

  if (!/^[1-9]\d{0,8}$/.test(parts.serial)) errors.push('bad-serial');
  const type = typeByCode.get(parts.typeCode);
  if (!type) errors.push('unknown-type-code');
  return {
    valid: errors.length === 0,
    errors,
    normalized: full,
    year,
    courtCode: parts.courtCode,
    courtLevel: parts.courtLevel,
    specialCode: parts.specialCode,
    typeCode: parts.typeCode,
    typeName: type?.name ?? null,
    caseType: type?.caseType ?? null,
    category: type?.category ?? null,
    enforcement: isEnforcementCategory(type?.category ?? null),
    serial: /^\d{1,9}$/.test(parts.serial) ? Number(parts.serial) : null,
    legacy,
    suffix,
    underlying: suffix ? normalized : null,
  };
}

type Parts = {
  courtCode: string | null;
  courtLevel: CourtLevelFromCode | null;
  specialCode: string | null;
  typeCode: string;
  serial: string;
};

function splitModern(body: string, year: number, errors: CaseNumberError[]): Parts | null {
  const m = /^(最高法|\p{Script=Han}\d*)(\p{Script=Han}+)(\d+)$/u.exec(body);
  if (!m) return null;
  const [, courtCode, middle, serial] = m as unknown as [string, string, string, string];
  if (year < NEW_FORMAT_SINCE) errors.push('new-format-before-2016');
  const courtLevel = levelOf(courtCode);
  if (!courtLevel) errors.push('bad-court-code');
  // The 专门审判代字 is one character before the type code; a whole-word type code wins.
  if (typeByCode.has(middle) || middle.length === 1) {
    return { courtCode, courtLevel, specialCode: null, typeCode: middle, serial };
  }
  const specialCode = middle[0]!;
  const typeCode = middle.slice(1);
  if (!typeByCode.has(typeCode)) return { courtCode, courtLevel, specialCode: null, typeCode: middle, serial };
  return { courtCode, courtLevel, specialCode, typeCode, serial };
}

function splitLegacy(body: string, year: number, errors: CaseNumberError[]): Parts | null {
  const m = /^(.+)字第(\d+)$/u.exec(body);
  if (!m) return null;
  if (year >= NEW_FORMAT_SINCE) errors.push('legacy-format-after-2016');
  const prefix = m[1]!;
  const serial = m[2]!;
  const typed = LEGACY_PREFIX.exec(prefix);
  const trial = typed ? null : LEGACY_TRIAL.exec(prefix);
  if (trial) {
    // Old trial numbers: 浙杭商初, 杨民一（民）初 … map to today's 民初, 刑终, 行初.
    const typeCode = (trial[2] === '刑' ? '刑' : trial[2] === '行' ? '行' : '民') + trial[3]!;
    return { courtCode: trial[1] || null, courtLevel: null, specialCode: null, typeCode, serial };
  }
  if (!typed) {
    // No known type at the end: report the whole prefix as the (unknown) type as written.
    if (!HAN.test(prefix)) errors.push('bad-court-code');
    return { courtCode: null, courtLevel: null, specialCode: null, typeCode: prefix, serial };
  }
  const typeCode = LEGACY_TYPES[typed[2]!] ?? typed[2]!;
  // Old SPC numbers carried no court abbreviation, e.g. （2014）执复字第5号.
  return { courtCode: typed[1] || null, courtLevel: null, specialCode: null, typeCode, serial };
}

export function courtLevelOfCode(code: string): CourtLevelFromCode | null {
  return levelOf(code);
}

function levelOf(code: string): CourtLevelFromCode | null {
  if (code === '最高法') return 'supreme';
  const m = /^(\p{Script=Han})(\d*)$/u.exec(code);
  if (!m || !provinceCourtChars.includes(m[1]!)) return null;
  const digits = m[2]!.length;
  return digits === 0 ? 'high' : digits === 2 ? 'intermediate' : digits === 4 ? 'basic' : null;
}

export type CaseNumberParts = {
  readonly year: number;
  readonly courtCode: string;
  readonly specialCode?: string | null;
  readonly typeCode: string;
  readonly serial: number;
};

/** '（2026）粤0703执123号'. Throws when the parts would not parse back (a bug in the caller). */
export function formatCaseNumber(parts: CaseNumberParts): string {
  const { year, courtCode, specialCode, typeCode, serial } = parts;
  if (specialCode != null && !(specialCode.length === 1 && HAN.test(specialCode))) {
    throw new Error(`special code must be one Chinese character: ${specialCode}`);
  }
  const text = `（${year}）${courtCode}${specialCode ?? ''}${typeCode}${serial}号`;
  const parsed = parseCaseNumber(text);
  if (!parsed.valid || parsed.specialCode !== (specialCode ?? null) || parsed.typeCode !== typeCode) {
    throw new Error(`not a valid case number: ${text} (${parsed.errors.join(', ') || 'ambiguous parts'})`);
  }
  return text;
}
