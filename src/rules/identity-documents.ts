// The identity documents a party may be registered with (证件类型), each checked by its own rule.
// A person: 居民身份证 (GB 11643, through identity.ts), 护照, 港澳居民来往内地通行证,
// 台湾居民来往大陆通行证, 外国人永久居留身份证. An organisation: 统一社会信用代码 (GB 32100), or,
// for one that has none, its 组织机构代码 (GB 11714) or 注册号 (工商注册号, GB/T 7064 MOD 11,10).
import type { Citation, RuleDoc } from './citation.ts';
import { normalizeIdentity, organisationCodeCheckChar, validateCreditCode, validateResidentId } from './identity.ts';

export const personDocumentTypes = ['resident-id', 'passport', 'hk-macao-permit', 'taiwan-permit', 'permanent-residence'] as const;
export const organisationDocumentTypes = ['credit-code', 'organisation-code', 'registration-number'] as const;
export const documentTypes = [...personDocumentTypes, ...organisationDocumentTypes] as const;
export type PersonDocumentType = (typeof personDocumentTypes)[number];
export type OrganisationDocumentType = (typeof organisationDocumentTypes)[number];
export type DocumentType = (typeof documentTypes)[number];

export const documentTypeNames: Readonly<Record<DocumentType, string>> = {
  'resident-id': '居民身份证',
  passport: '护照',
  'hk-macao-permit': '港澳居民来往内地通行证',
  'taiwan-permit': '台湾居民来往大陆通行证',
  'permanent-residence': '外国人永久居留身份证',
  'credit-code': '统一社会信用代码',
  'organisation-code': '组织机构代码',
  'registration-number': '工商注册号',
};

// What each number looks like, said to the person typing it.
export const documentTypeFormats: Readonly<Record<DocumentType, string>> = {
  'resident-id': '18 位，末位可为 X，含校验码',
  passport: '5–17 位字母或数字，如 E12345678',
  'hk-macao-permit': 'H 或 M 开头，后接 8 位或 10 位数字',
  'taiwan-permit': '8 位数字（2015 年起），或 10 位旧版号码',
  'permanent-residence': '18 位（2023 年版，9 开头）或 15 位（2017 年版，3 位国籍字母加 12 位数字）',
  'credit-code': '18 位，含校验码',
  'organisation-code': '9 位（8 位本体码加 1 位校验码，可写作 XXXXXXXX-X）',
  'registration-number': '15 位数字，含校验码',
};

export const citations: Citation[] = [
  { source: 'GB 11643-1999《公民身份号码》', version: '1999', article: '全文', certainty: 'VERIFIED' },
  { source: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》', version: '2015', article: '全文', certainty: 'VERIFIED' },
  { source: 'GB 11714-1997《全国组织机构代码编制规则》', version: '1997', article: '第4、5条（校验码）', certainty: 'VERIFIED-2nd' },
  {
    source: 'GB/T 17710-2008《信息技术 安全技术 校验字符系统》（ISO 7064 MOD 11,10，工商注册号的校验码）',
    version: '2008',
    article: '全文',
    certainty: 'VERIFIED-2nd',
  },
  {
    source: '《外国人永久居留身份证》号码编排（公安部，2017 年版、2023 年版）',
    version: '2017、2023',
    article: '号码结构',
    certainty: 'UNSURE',
  },
  {
    source: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》',
    version: '2022年修正（2022-04-10施行）',
    article: '第461条（执行依据须载明明确的当事人）',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'identity-documents',
  title: '当事人的证件类型与号码校验',
  citations,
  summary:
    '自然人以居民身份证（GB 11643，含港澳台居民居住证）、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证或外国人永久居留身份证登记；' +
    '单位以统一社会信用代码（GB 32100）登记，尚无信用代码的以组织机构代码（GB 11714，含校验码）或工商注册号（15 位，MOD 11,10 校验）登记。' +
    '每种证件按其编码规则校验；护照和通行证只校验格式（其号码没有公开的校验算法）。',
};

export type DocumentCheck = { readonly valid: boolean; readonly normalized: string; readonly problem: string | null };

const ok = (normalized: string): DocumentCheck => ({ valid: true, normalized, problem: null });
const bad = (normalized: string, problem: string): DocumentCheck => ({ valid: false, normalized, problem });

/** GB/T 17710 MOD 11,10 over the first 14 digits of a 15-digit 工商注册号: the check digit. */
export function registrationNumberCheckDigit(first14: string): string {
  let p = 10;
  for (const c of first14) {
    const s = (p + Number(c)) % 10 || 10;
    p = (s * 2) % 11;
  }
  return String((11 - p) % 10);
}

/** Checks a document number of the given type; the normalized form is what is stored. */
export function checkDocument(type: DocumentType, value: string): DocumentCheck {
  const n = normalizeIdentity(value);
  if (!n) return bad(n, '请填写证件号码');
  const format = `格式应为：${documentTypeFormats[type]}`;
  switch (type) {
    case 'resident-id': {
      const id = validateResidentId(n);
      return id.valid ? ok(id.normalized) : bad(n, `居民身份证号码不正确（${format}）`);
    }
    case 'credit-code': {
      const code = validateCreditCode(n);
      return code.valid ? ok(code.normalized) : bad(n, `统一社会信用代码不正确（${format}）`);
    }
    case 'passport':
      return /^[A-Z0-9]{5,17}$/.test(n) && /\d/.test(n) ? ok(n) : bad(n, `护照号码不正确（${format}）`);
    case 'hk-macao-permit':
      return /^[HM]\d{8}(\d{2})?$/.test(n) ? ok(n) : bad(n, `港澳居民来往内地通行证号码不正确（${format}）`);
    case 'taiwan-permit':
      return /^(\d{8}|\d{10}|\d{8}[A-Z]\d?)$/.test(n) ? ok(n) : bad(n, `台湾居民来往大陆通行证号码不正确（${format}）`);
    case 'permanent-residence': {
      if (/^9\d{16}[\dX]$/.test(n)) {
        const id = validateResidentId(n);
        return id.valid ? ok(id.normalized) : bad(n, `外国人永久居留身份证号码不正确（校验码或省份码不符；${format}）`);
      }
      return /^[A-Z]{3}\d{12}$/.test(n) ? ok(n) : bad(n, `外国人永久居留身份证号码不正确（${format}）`);
    }
    case 'organisation-code': {
      const code = n.replace(/-/g, '');
      if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return bad(code, `组织机构代码不正确（${format}）`);
      return organisationCodeCheckChar(code.slice(0, 8)) === code[8] ? ok(code) : bad(code, `组织机构代码的校验码不符（${format}）`);
    }
    case 'registration-number':
      if (!/^\d{15}$/.test(n)) return bad(n, `工商注册号不正确（${format}）`);
      return registrationNumberCheckDigit(n.slice(0, 14)) === n[14] ? ok(n) : bad(n, `工商注册号的校验码不符（${format}）`);
  }
}

export const isPersonDocument = (t: string): t is PersonDocumentType => (personDocumentTypes as readonly string[]).includes(t);
export const isOrganisationDocument = (t: string): t is OrganisationDocumentType =>
  (organisationDocumentTypes as readonly string[]).includes(t);
