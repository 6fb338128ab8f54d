import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import {
  cycleDueBy,
  DEFAULT_FIND_REVIEW_DAYS,
  findReviewCitations,
  nextResearchDue,
  poolEndsOn,
  poolEntryOn,
  researchDueOn,
  rule,
  twoEmptyInARow,
} from './dormant-research.ts';

const d = localDate;

describe('终本规定 第9条: a re-search every six months for five years', () => {
  it('has its citations', () => {
    expect(rule.citations.length).toBe(3);
  });

  it('a find’s review has no statutory period: 15 days by default, UNSURE (ADR 0215)', () => {
    expect(DEFAULT_FIND_REVIEW_DAYS).toBe(15);
    expect(findReviewCitations.map((c) => c.certainty)).toEqual(['UNSURE']);
    expect(rule.citations).toEqual(expect.arrayContaining([...findReviewCitations]));
  });

  it('due six months after 终本 for the first cycle, sixty months for the tenth', () => {
    expect(researchDueOn(d('2026-01-31'), 1)).toBe('2026-07-31');
    expect(researchDueOn(d('2025-08-31'), 1)).toBe('2026-02-28'); // month end clamps
    expect(researchDueOn(d('2026-01-15'), 10)).toBe('2031-01-15');
    expect(poolEndsOn(d('2026-01-15'))).toBe('2031-01-15');
    expect(() => researchDueOn(d('2026-01-15'), 11)).toThrow();
  });

  it('cycle 1: not due the day before its day, due on it and the day after', () => {
    expect(cycleDueBy(d('2026-01-15'), 0, d('2026-07-14'))).toBeNull();
    expect(cycleDueBy(d('2026-01-15'), 0, d('2026-07-15'))).toBe(1);
    expect(cycleDueBy(d('2026-01-15'), 0, d('2026-07-16'))).toBe(1);
  });

  it('a late search covers every cycle it missed, once', () => {
    expect(cycleDueBy(d('2024-01-15'), 0, d('2026-07-16'))).toBe(5);
    expect(cycleDueBy(d('2024-01-15'), 5, d('2026-07-16'))).toBeNull();
    expect(cycleDueBy(d('2016-01-15'), 3, d('2026-07-16'))).toBe(10);
    expect(cycleDueBy(d('2016-01-15'), 10, d('2026-07-16'))).toBeNull();
  });

  it('the next due day, none after the tenth', () => {
    expect(nextResearchDue(d('2026-01-15'), 0)).toBe('2026-07-15');
    expect(nextResearchDue(d('2026-01-15'), 9)).toBe('2031-01-15');
    expect(nextResearchDue(d('2026-01-15'), 10)).toBeNull();
  });

  it('enters the pool seven days after 终本 by default (UNSURE, configurable)', () => {
    expect(poolEntryOn(d('2026-12-28'))).toBe('2027-01-04');
    expect(poolEntryOn(d('2026-12-28'), 3)).toBe('2026-12-31');
  });

  it('失信名单规定 第10条第1款第4项: two empty cycles in a row, not one, not split', () => {
    expect(twoEmptyInARow([0])).toBe(false);
    expect(twoEmptyInARow([2, 0, 0])).toBe(true);
    expect(twoEmptyInARow([0, 1, 0])).toBe(false);
  });
});
