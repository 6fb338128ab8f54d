import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, localDate, toDayNumber, type LocalDate } from '../shared/dates.ts';
import {
  CREDIT_ALPHABET,
  checkIdentity,
  creditCodeCheckChar,
  makeCreditCode,
  makeResidentId,
  residentIdCheckChar,
  rule,
  upgradeLegacyResidentId,
  validateCreditCode,
  validateResidentId,
} from './identity.ts';

const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);

describe('GB 11643-1999 resident ID', () => {
  it('accepts 11010519491231002X and decodes a woman born 1949-12-31 in region 110105', () => {
    expect(validateResidentId('11010519491231002X')).toEqual({
      valid: true,
      kind: 'resident-id',
      errors: [],
      warnings: [],
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    });
  });

  it('2023 permanent residence card: 9 + a mainland province + nationality; other province digits are bad-region', () => {
    expect(validateResidentId(makeResidentId('911156', '1985-06-01' as LocalDate, 21))).toMatchObject({ valid: true, warnings: [] });
    expect(validateResidentId(makeResidentId('944840', '1985-06-01' as LocalDate, 21))).toMatchObject({ valid: true });
    for (const region of ['900156', '972156', '981156', '999999']) {
      expect(validateResidentId(makeResidentId(region, '1985-06-01' as LocalDate, 21)).errors, region).toEqual(['bad-region']);
    }
  });

  it('checks the region against the division data: an unknown county is a warning, not a refusal (ADR 0010)', () => {
    const unknown = validateResidentId(makeResidentId('440799', '1980-01-01' as LocalDate, 11));
    expect(unknown).toMatchObject({ valid: true, warnings: ['region-unknown'] });
    // 610125 户县 is gone from today's data but was real: a former code is known.
    expect(validateResidentId(makeResidentId('610125', '1970-05-05' as LocalDate, 11))).toMatchObject({ valid: true, warnings: [] });
    // 610118 鄠邑区 exists since 2016: a 1970 birth with it is flagged, a 2018 birth is not.
    expect(validateResidentId(makeResidentId('610118', '1970-05-05' as LocalDate, 11)).warnings).toEqual(['region-newer-than-birth']);
    expect(validateResidentId(makeResidentId('610118', '2018-05-05' as LocalDate, 11)).warnings).toEqual([]);
    // Hong Kong, Macao and Taiwan residence permits have no county data to check.
    expect(validateResidentId(makeResidentId('810000', '1980-01-01' as LocalDate, 11)).warnings).toEqual([]);
  });

  it('accepts a lower-case x, spaces and full-width digits by normalising them', () => {
    expect(validateResidentId(' 110105 19491231 002x ').valid).toBe(true);
    expect(validateResidentId('１１０１０５１９４９１２３１００２Ｘ').normalized).toBe('11010519491231002X');
  });

  it('ISO 7064 MOD 11-2: a wrong check character is checksum-mismatch', () => {
    expect(validateResidentId('110105194912310021').errors).toEqual(['checksum-mismatch']);
  });

  it('the 17th digit odd means male, even means female', () => {
    expect(validateResidentId(makeResidentId('440703', localDate('1990-01-01'), 1)).sex).toBe('male');
    expect(validateResidentId(makeResidentId('440703', localDate('1990-01-01'), 2)).sex).toBe('female');
  });

  it('refuses a birth date that is no real date (1949-02-30) even with a correct check digit', () => {
    const r = validateResidentId(withCheck('11010519490230002'));
    expect(r.errors).toEqual(['bad-birth-date']);
    expect(r.birthDate).toBeNull();
  });

  it('refuses a birth date after asOf: day before refused, day of and day after accepted', () => {
    const id = makeResidentId('440703', localDate('2026-03-10'), 5);
    expect(validateResidentId(id, { asOf: localDate('2026-03-09') }).errors).toEqual(['bad-birth-date']);
    expect(validateResidentId(id, { asOf: localDate('2026-03-10') }).valid).toBe(true);
    expect(validateResidentId(id, { asOf: localDate('2026-03-11') }).valid).toBe(true);
  });

  it('refuses 17 and 19 characters as bad-length, and letters other than a final X as bad-characters', () => {
    expect(validateResidentId('11010519491231002').errors).toEqual(['bad-length']);
    expect(validateResidentId('11010519491231002X1').errors).toEqual(['bad-length']);
    expect(validateResidentId('11010519491231002Y').errors).toEqual(['bad-characters']);
    expect(validateResidentId('1101051949123100X2').errors).toEqual(['bad-characters']);
  });

  it('refuses a region outside every province (00xxxx) as bad-region', () => {
    expect(validateResidentId(withCheck('00010519491231002')).errors).toEqual(['bad-region']);
  });

  it('reports a 15-digit first-generation number as legacy and upgrades it to 18 digits', () => {
    expect(validateResidentId('110105491231002').errors).toEqual(['legacy-15-digit']);
    expect(upgradeLegacyResidentId('110105491231002')).toBe('11010519491231002X');
    expect(upgradeLegacyResidentId('11010549123100')).toBeNull();
  });

  it('property: generated IDs validate and decode back to their parts', () => {
    const first = toDayNumber(localDate('1900-01-01'));
    const last = toDayNumber(localDate('2025-12-31'));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: 999 }), (day, seq) => {
        const birth = fromDayNumber(day);
        const r = validateResidentId(makeResidentId('330106', birth, seq), { asOf: localDate('2026-01-01') });
        expect(r).toMatchObject({ valid: true, birthDate: birth, regionCode: '330106' });
        expect(r.sex).toBe(seq % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('property: every single-character substitution is detected', () => {
    const id = '11010519491231002X';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.constantFrom(...'0123456789X'), (pos, ch) => {
        fc.pre(id[pos] !== ch);
        expect(validateResidentId(id.slice(0, pos) + ch + id.slice(pos + 1)).valid).toBe(false);
      }),
    );
  });

  it('makeResidentId throws on malformed parts, which only a seed bug can produce', () => {
    expect(() => makeResidentId('44070', localDate('1990-01-01'), 1)).toThrow();
    expect(() => makeResidentId('440703', localDate('1990-01-01'), 1000)).toThrow();
  });
});

describe('GB 32100-2015 unified social credit code', () => {
  it('accepts 91440300708461136T and decodes 工商（市场监管）, 企业, region 440300', () => {
    expect(validateCreditCode('91440300708461136T')).toEqual({
      valid: true,
      kind: 'credit-code',
      errors: [],
      normalized: '91440300708461136T',
      registrationAuthority: { code: '9', name: '工商（市场监管）' },
      organisationType: { code: '1', name: '企业' },
      regionCode: '440300',
    });
    expect(validateCreditCode('914403001922038216').valid).toBe(true);
  });

  it('decodes 民政 / 社会团体 and 机构编制 / 事业单位', () => {
    const social = validateCreditCode(makeCreditCode({ authority: '5', organisationType: '1', region: '110000', subject: '50000123' }));
    expect(social).toMatchObject({
      valid: true,
      registrationAuthority: { name: '民政' },
      organisationType: { name: '社会团体' },
    });
    const inst = validateCreditCode(makeCreditCode({ authority: '1', organisationType: '2', region: '440700', subject: '45678901' }));
    expect(inst.organisationType).toEqual({ code: '2', name: '事业单位' });
  });

  it('a wrong check character is checksum-mismatch', () => {
    expect(validateCreditCode('91440300708461136X').errors).toEqual(['checksum-mismatch']);
  });

  it('I, O, S, V and Z are outside the code alphabet: bad-characters', () => {
    for (const c of 'IOSVZ') expect(validateCreditCode(`91440300708461136${c}`).errors).toEqual(['bad-characters']);
    expect(validateCreditCode('91440300708461136').errors).toEqual(['bad-length']);
  });

  it('characters 3–8 must be a six-digit region code: bad-region', () => {
    const first17 = '9144A300708461136';
    const r = validateCreditCode(first17 + creditCodeCheckChar(first17));
    expect(r).toMatchObject({ errors: ['bad-region'], regionCode: null });
  });

  it('an unknown registration authority stays valid but decodes to null', () => {
    const r = validateCreditCode(makeCreditCode({ authority: 'B', organisationType: '1', region: '440300', subject: '12345678' }));
    expect(r).toMatchObject({ valid: true, registrationAuthority: null, organisationType: null });
  });

  it('property: generated codes validate and any single substitution is detected (MOD 31)', () => {
    const chars = fc.constantFrom(...CREDIT_ALPHABET);
    fc.assert(
      fc.property(fc.array(chars, { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 17 }), chars, (body, pos, ch) => {
        const code = makeCreditCode({
          authority: '9',
          organisationType: '1',
          region: '440703',
          subject: body.join(''),
        });
        expect(validateCreditCode(code).valid).toBe(true);
        fc.pre(code[pos] !== ch && (pos < 2 || pos > 7 || /\d/.test(ch)));
        expect(validateCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).valid).toBe(false);
      }),
    );
  });
});

describe('checkIdentity tells the two kinds apart', () => {
  it('classifies a valid ID and a valid all-digit credit code', () => {
    expect(checkIdentity('11010519491231002X').kind).toBe('resident-id');
    expect(checkIdentity('914403001922038216').kind).toBe('credit-code');
    expect(checkIdentity('91440300708461136T').kind).toBe('credit-code');
  });

  it('a value valid as both kinds reads as a credit code when it starts with 9, else as an ID', () => {
    expect(validateResidentId('914403199001010228').valid && validateCreditCode('914403199001010228').valid).toBe(true);
    expect(checkIdentity('914403199001010228').kind).toBe('credit-code');
    expect(validateResidentId('51010319900101059X').valid && validateCreditCode('51010319900101059X').valid).toBe(true);
    expect(checkIdentity('51010319900101059X').kind).toBe('resident-id');
  });

  it('reports an invalid value as the kind it fails least', () => {
    expect(checkIdentity('110105194912310021')).toMatchObject({ kind: 'resident-id', errors: ['checksum-mismatch'] });
    expect(checkIdentity('914403001922038217')).toMatchObject({ kind: 'credit-code', errors: ['checksum-mismatch'] });
  });

  it('anything else is unknown: bad-length or bad-characters', () => {
    expect(checkIdentity('')).toMatchObject({ valid: false, kind: 'unknown', errors: ['bad-length'] });
    expect(checkIdentity('ABC')).toMatchObject({ kind: 'unknown', errors: ['bad-length'] });
    expect(checkIdentity('中国11010519491231002'.slice(0, 18))).toMatchObject({
      kind: 'unknown',
      errors: ['bad-characters'],
    });
  });

  it('a 15-digit number is a legacy resident ID', () => {
    expect(checkIdentity('110105491231002')).toMatchObject({ kind: 'resident-id', errors: ['legacy-15-digit'] });
  });
});

it('cites GB 11643-1999 and GB 32100-2015', () => {
  expect(rule.citations.map((c) => c.version)).toEqual(expect.arrayContaining(['GB 11643-1999', 'GB 32100-2015']));
});
