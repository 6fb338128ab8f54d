import { describe, expect, it } from 'vitest';
import {
  checkRestoration,
  DEFAULT_COMMITMENT_MIN_LENGTH,
  isRestorable,
  parseRestorationGrounds,
  restorationGroundNames,
  restorationGrounds,
  rule,
} from './credit-restoration.ts';

const commitment = '本人承诺按履行计划按期履行剩余义务，如实申报财产，不再实施失信行为。';
const base = { ground: 'performed-in-part-with-plan', evidence: '已履行 5 万元，提交分期履行计划', commitment };

describe('失信名单规定(2017) 第2条第2款: early deletion on active performance or correction', () => {
  it('applies to a listing in force (published) or decided and in its grace, not to one ended or pending', () => {
    expect(isRestorable('published')).toBe(true);
    expect(isRestorable('decided')).toBe(true);
    for (const s of ['pending', 'deleted', 'expired', 'rejected']) expect(isRestorable(s)).toBe(false);
  });

  it('accepts each default ground with its facts and a written commitment', () => {
    for (const ground of restorationGrounds) {
      const r = checkRestoration({ ...base, ground });
      expect(r).toMatchObject({ ok: true, value: { ground, commitment } });
      expect(restorationGroundNames[ground]).toBeTruthy();
    }
  });

  it('refuses a ground outside the court’s list, also one the court switched off', () => {
    expect(checkRestoration({ ...base, ground: 'paid-a-fee' })).toMatchObject({ ok: false, code: 'unknown-restoration-ground' });
    const policy = { grounds: ['settlement-reached'] as const, commitmentMinLength: 20 };
    expect(checkRestoration(base, policy)).toMatchObject({ ok: false, code: 'unknown-restoration-ground' });
  });

  it('needs the facts written', () => {
    expect(checkRestoration({ ...base, evidence: '   ' })).toMatchObject({ ok: false, code: 'restoration-evidence-required' });
  });

  it(`the commitment: one character short of ${DEFAULT_COMMITMENT_MIN_LENGTH} is refused, exactly ${DEFAULT_COMMITMENT_MIN_LENGTH} is accepted (blanks not counted)`, () => {
    const text = (n: number) => '诚'.repeat(n);
    expect(checkRestoration({ ...base, commitment: `  ${text(DEFAULT_COMMITMENT_MIN_LENGTH - 1)}  ` })).toMatchObject({
      ok: false,
      code: 'commitment-too-short',
    });
    expect(checkRestoration({ ...base, commitment: text(DEFAULT_COMMITMENT_MIN_LENGTH) }).ok).toBe(true);
    expect(checkRestoration({ ...base, commitment: '' })).toMatchObject({ ok: false, code: 'commitment-too-short' });
  });

  it('reads the setting’s list of grounds and refuses an unknown or empty one', () => {
    expect(parseRestorationGrounds('settlement-reached, security-provided')).toEqual({
      ok: true,
      value: ['settlement-reached', 'security-provided'],
    });
    expect(parseRestorationGrounds('settlement-reached,bribe')).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(parseRestorationGrounds(' , ')).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('cites 第2条第2款 as VERIFIED and the concrete conditions as UNSURE policy', () => {
    expect(rule.citations[0]).toMatchObject({ article: '第2条第2款', certainty: 'VERIFIED' });
    expect(rule.citations.some((c) => c.certainty === 'UNSURE')).toBe(true);
  });
});
