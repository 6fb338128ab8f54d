import { describe, expect, it } from 'vitest';
import { localDate as d } from '../shared/dates.ts';
import {
  checkLifting,
  type LiftGround,
  type PersonRole,
  liftGroundNames,
  restrictedItemNames,
  restrictedItems,
  restrictedPersons,
  rule,
  spendingBasisOf,
} from './consumption-restriction.ts';

const firm = { kind: 'organization', name: '江门市恒泰建材有限公司' } as const;
const person = { kind: 'person', name: '梁国强' } as const;

describe('限制消费规定(2015) 第3条第1款: the nine restricted items', () => {
  it('lists nine items, numbered 第1–9项 in order', () => {
    expect(restrictedItems).toHaveLength(9);
    restrictedItems.forEach((item, i) => expect(restrictedItemNames[item].article).toBe(`第3条第1款第${i + 1}项`));
  });

  it('item 9 covers every seat of a G train and first class or above of other EMUs', () => {
    expect(restrictedItemNames['high-speed-rail'].label).toContain('G字头动车组列车全部座位');
  });
});

describe('第3条第2款: who is restricted', () => {
  it('a natural person is restricted himself, whatever is named', () => {
    expect(restrictedPersons(person, [])).toEqual({ ok: true, value: [{ role: 'debtor', name: '梁国强' }] });
  });

  it('refuses other persons for a natural-person debtor', () => {
    expect(restrictedPersons(person, [{ role: 'principal', name: '李四' }])).toMatchObject({ ok: false, code: 'persons-of-a-person' });
  });

  it('a unit must name at least its legal representative', () => {
    expect(restrictedPersons(firm, [])).toMatchObject({ ok: false, code: 'legal-representative-required' });
    expect(restrictedPersons(firm, [{ role: 'actual-controller', name: '王五' }])).toMatchObject({
      ok: false,
      code: 'legal-representative-required',
    });
  });

  it('a unit with its legal representative and actual controller restricts both', () => {
    const r = restrictedPersons(firm, [
      { role: 'legal-representative', name: ' 梁国强 ' },
      { role: 'actual-controller', name: '王五' },
    ]);
    expect(r).toEqual({
      ok: true,
      value: [
        { role: 'legal-representative', name: '梁国强' },
        { role: 'actual-controller', name: '王五' },
      ],
    });
  });

  it('refuses an unknown role and a blank name', () => {
    // A role from outside the type, as an API caller could send it.
    const cousin = 'cousin' as unknown as PersonRole;
    expect(restrictedPersons(firm, [{ role: cousin, name: '甲' }])).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(restrictedPersons(firm, [{ role: 'legal-representative', name: ' ' }])).toMatchObject({ ok: false, code: 'invalid-input' });
  });

  it('a unit’s persons ask on 第3条第2款 (personal money), the debtor himself on 第8条 (necessity)', () => {
    expect(spendingBasisOf('legal-representative')).toBe('personal-money');
    expect(spendingBasisOf('debtor')).toBe('necessity');
  });
});

describe('第9条: lifting the order', () => {
  const base = { orderedOn: d('2026-12-01'), liftedOn: d('2026-12-03'), unpaid: 0n, reason: '' };

  it('must lift on full performance (第9条第2款), only when nothing is unpaid', () => {
    expect(checkLifting({ ...base, ground: 'performed' })).toEqual({ ok: true, value: { established: true, must: true } });
    expect(checkLifting({ ...base, ground: 'performed', unpaid: 1n })).toEqual({ ok: true, value: { established: false, must: false } });
  });

  it('may lift on security or the applicant’s consent (第9条第1款), with the facts written', () => {
    expect(checkLifting({ ...base, ground: 'consent', unpaid: 100n, reason: '申请执行人书面同意' })).toEqual({
      ok: true,
      value: { established: true, must: false },
    });
    expect(checkLifting({ ...base, ground: 'security', unpaid: 100n })).toMatchObject({ ok: false, code: 'lift-reason-required' });
    expect(liftGroundNames.security.article).toBe('第9条第1款');
  });

  it('lifts on the day of the order, not the day before', () => {
    const on = { ...base, ground: 'consent', reason: '同意' } as const;
    expect(checkLifting({ ...on, liftedOn: d('2026-12-01') }).ok).toBe(true);
    expect(checkLifting({ ...on, liftedOn: d('2026-11-30') })).toMatchObject({ ok: false, code: 'lifted-before-ordered' });
  });

  it('refuses a ground the article does not know', () => {
    expect(checkLifting({ ...base, ground: 'mercy' as unknown as LiftGround /* input from outside the type */ })).toMatchObject({
      ok: false,
      code: 'unknown-lift-ground',
    });
  });

  it('marks restriction on listing (第1条第2款) as UNSURE: a setting, on by default', () => {
    expect(rule.citations.find((c) => c.article === '第1条第2款')?.certainty).toBe('UNSURE');
  });
});
