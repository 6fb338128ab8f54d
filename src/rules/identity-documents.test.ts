import { describe, expect, it } from 'vitest';
import { checkDocument, documentTypes, registrationNumberCheckDigit } from './identity-documents.ts';

describe('identity documents: each type by its own rule', () => {
  it.each([
    ['resident-id', '11010519491231002X'],
    ['passport', 'E12345678'],
    ['passport', 'ea1234567'],
    ['hk-macao-permit', 'H12345678'],
    ['hk-macao-permit', 'M1234567890'],
    ['taiwan-permit', '12345678'],
    ['permanent-residence', 'USA330090012345'],
    ['credit-code', '91440703MA4UX3K74M'],
    ['organisation-code', 'D2143569-X'], // the standard's own example: body D2143569, check X
    ['registration-number', '110108000000016'],
  ] as const)('%s %s is valid', (type, value) => {
    expect(checkDocument(type, value).valid).toBe(true);
  });

  it.each([
    ['resident-id', '110105194912310021', '居民身份证号码不正确'],
    ['passport', 'E12', '护照号码不正确'],
    ['passport', 'ABCDEFGH', '护照号码不正确'],
    ['hk-macao-permit', 'X12345678', '港澳居民来往内地通行证号码不正确'],
    ['taiwan-permit', '1234567', '台湾居民来往大陆通行证号码不正确'],
    ['permanent-residence', '12345', '外国人永久居留身份证号码不正确'],
    ['organisation-code', 'D21435691', '组织机构代码的校验码不符'],
    ['registration-number', '110108000000017', '工商注册号的校验码不符'],
    ['credit-code', '91440703MA4UX3K74N', '统一社会信用代码不正确'],
  ] as const)('%s %s is refused with its own message', (type, value, message) => {
    const check = checkDocument(type, value);
    expect(check.valid).toBe(false);
    expect(check.problem).toContain(message);
  });

  it('normalises as typed: full-width characters, spaces, lower case, the hyphen of an organisation code', () => {
    expect(checkDocument('passport', 'ｅ１２３４ ５６７８').normalized).toBe('E12345678');
    expect(checkDocument('organisation-code', 'd2143569-x').normalized).toBe('D2143569X');
  });

  it('every type says what it expects when empty', () => {
    for (const t of documentTypes) expect(checkDocument(t, ' ').problem).toBe('请填写证件号码');
  });

  it('the registration number check digit changes with every single-digit change', () => {
    const body = '44030110309741';
    const check = registrationNumberCheckDigit(body);
    for (let i = 0; i < body.length; i++) {
      const changed = body.slice(0, i) + String((Number(body[i]) + 1) % 10) + body.slice(i + 1);
      expect(checkDocument('registration-number', changed + check).valid).toBe(false);
    }
  });
});
