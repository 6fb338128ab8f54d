import { describe, expect, it } from 'vitest';
import { adultOn, checkDishonestListing, type DishonestListingInput } from './dishonest-listing.ts';
import { fen } from '../shared/money.ts';
import { localDate as d } from '../shared/dates.ts';

const adult = { kind: 'person' as const, birthDate: d('1980-05-05') };

function check(input: Partial<DishonestListingInput>) {
  const r = checkDishonestListing({ ground: 2, debtor: adult, debt: fen(1_000_000), listedOn: d('2026-03-01'), ...input });
  if (!r.ok) throw new Error(`${r.code}: ${r.detail}`);
  return r.value;
}

function code(input: Partial<DishonestListingInput>) {
  const r = checkDishonestListing({ ground: 2, debtor: adult, debt: fen(1_000_000), listedOn: d('2026-03-01'), ...input });
  return r.ok ? 'ok' : r.code;
}

describe('a minor is never listed (失信规定 第4条; 民法典 第17条)', () => {
  const born = { kind: 'person' as const, birthDate: d('2008-03-01') };

  it('refuses on the day before the 18th birthday (2026-02-28)', () => {
    expect(check({ debtor: born, listedOn: d('2026-02-28') })).toMatchObject({
      allowed: false,
      reasons: ['debtor-is-minor'],
      endsOn: null,
    });
  });

  it('allows on the 18th birthday itself (2026-03-01)', () => {
    expect(check({ debtor: born, listedOn: d('2026-03-01') })).toMatchObject({ allowed: true, reasons: [] });
  });

  it('allows the day after the 18th birthday (2026-03-02)', () => {
    expect(check({ debtor: born, listedOn: d('2026-03-02') }).allowed).toBe(true);
  });

  it('treats someone born on 29 February as adult on 28 February of the 18th year', () => {
    expect(adultOn(d('2008-02-29'))).toBe('2026-02-28');
    const leapling = { kind: 'person' as const, birthDate: d('2008-02-29') };
    expect(check({ debtor: leapling, listedOn: d('2026-02-27') }).reasons).toEqual(['debtor-is-minor']);
    expect(check({ debtor: leapling, listedOn: d('2026-02-28') }).allowed).toBe(true);
  });

  it('holds back a person whose birth date is unknown, with the reason age-unknown', () => {
    expect(check({ debtor: { kind: 'person' } })).toMatchObject({ allowed: false, reasons: ['age-unknown'], endsOn: null });
  });

  it('needs no birth date for an organization', () => {
    expect(check({ debtor: { kind: 'organization' } }).allowed).toBe(true);
  });
});

describe('ground 1 bars (第3条) and its open term (第2条)', () => {
  it('lists ground 1 with no fixed term', () => {
    expect(check({ ground: 1 })).toMatchObject({ allowed: true, termYears: null, endsOn: null });
  });

  it('refuses when the security equals the debt, allows when it is one fen short', () => {
    expect(check({ ground: 1, secured: fen(1_000_000) }).reasons).toEqual(['fully-secured']);
    expect(check({ ground: 1, secured: fen(999_999) }).allowed).toBe(true);
  });

  it('refuses when seized property covers the debt, allows when it is one fen short', () => {
    expect(check({ ground: 1, seizedValue: fen(1_000_001) }).reasons).toEqual(['seized-property-covers-debt']);
    expect(check({ ground: 1, seizedValue: fen(999_999) }).allowed).toBe(true);
  });

  it('does not add security and seized property together (the two items are separate)', () => {
    expect(check({ ground: 1, secured: fen(500_000), seizedValue: fen(500_000) }).allowed).toBe(true);
  });

  it('applies the 第3条 bars to ground 1 only: ground 2 with full security is still listed', () => {
    expect(check({ ground: 2, secured: fen(1_000_000), seizedValue: fen(1_000_000) }).allowed).toBe(true);
  });

  it('reports every bar that applies', () => {
    const r = check({ ground: 1, debtor: { kind: 'person' }, secured: fen(1_000_000), seizedValue: fen(1_000_000) });
    expect(r.reasons).toEqual(['age-unknown', 'fully-secured', 'seized-property-covers-debt']);
  });
});

describe('term for grounds 2–6 (第2条): two years, extendable by one to three', () => {
  it('ends on the matching date: listed 2026-03-01 → last day 2028-03-01', () => {
    expect(check({})).toMatchObject({ allowed: true, termYears: 2, endsOn: '2028-03-01' });
  });

  it('adds extension years: three more → 2031-03-01', () => {
    expect(check({ ground: 6, extensionYears: 3 })).toMatchObject({ termYears: 5, endsOn: '2031-03-01' });
  });

  it('ends on the month end when there is no matching date: listed 2024-02-29 → 2026-02-28', () => {
    expect(check({ listedOn: d('2024-02-29') }).endsOn).toBe('2026-02-28');
  });

  it('is in force the day before and on the last day, not the day after', () => {
    expect(check({ asOf: d('2028-02-29') }).inForce).toBe(true);
    expect(check({ asOf: d('2028-03-01') }).inForce).toBe(true);
    expect(check({ asOf: d('2028-03-02') }).inForce).toBe(false);
  });

  it('keeps a ground 1 listing in force until deleted, and reports inForce null without asOf', () => {
    expect(check({ ground: 1, asOf: d('2040-01-01') }).inForce).toBe(true);
    expect(check({}).inForce).toBeNull();
  });

  it('is never in force when listing is not allowed', () => {
    expect(check({ debtor: { kind: 'person' }, asOf: d('2026-03-01') }).inForce).toBe(false);
  });
});

describe('rejected input', () => {
  it.each([0, 7, 1.5])('refuses ground %s (第1条 has items 1 to 6)', (ground) => {
    expect(code({ ground })).toBe('unknown-ground');
  });

  it.each([-1, 4, 1.5])('refuses an extension of %s years (第2条 allows 1 to 3)', (extensionYears) => {
    expect(code({ extensionYears })).toBe('extension-out-of-range');
  });

  it('accepts extensions of 0 and 3 years', () => {
    expect(code({ extensionYears: 0 })).toBe('ok');
    expect(code({ extensionYears: 3 })).toBe('ok');
  });

  it('refuses an extension for ground 1, which has no term', () => {
    expect(code({ ground: 1, extensionYears: 1 })).toBe('extension-out-of-range');
  });

  it('refuses a birth date after the listing date and asOf before it', () => {
    expect(code({ debtor: { kind: 'person', birthDate: d('2026-03-02') } })).toBe('date-order-invalid');
    expect(code({ asOf: d('2026-02-28') })).toBe('date-order-invalid');
  });

  it('refuses negative money and a birth date for an organization', () => {
    expect(code({ debt: fen(-1) })).toBe('invalid-amount');
    expect(code({ secured: fen(-1) })).toBe('invalid-amount');
    expect(code({ debtor: { kind: 'organization', birthDate: d('2000-01-01') } })).toBe('invalid-input');
  });
});
