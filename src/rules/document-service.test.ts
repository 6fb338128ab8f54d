import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import { deemedServedOn, needsCircumstances, rule, serviceMethodNames, serviceMethods } from './document-service.ts';

const d = localDate;

describe('民事诉讼法 第88–95条: service of documents', () => {
  it('names the six methods an officer records', () => {
    expect(serviceMethods.map((m) => serviceMethodNames[m])).toEqual([
      '直接送达',
      '留置送达',
      '邮寄送达',
      '电子送达',
      '委托送达',
      '公告送达',
    ]);
  });

  it('第88–91条: a document received, left, delivered electronically or by post counts as served that day', () => {
    for (const m of ['direct', 'left-at-address', 'post', 'electronic', 'entrusted'] as const)
      expect(deemedServedOn(m, d('2026-11-27'))).toBe('2026-11-27');
  });

  it('第95条: public notice published 2026-11-01 counts as served on 2026-12-01 (day 30), not on day 29', () => {
    expect(deemedServedOn('public-notice', d('2026-11-01'))).toBe('2026-12-01');
    expect(deemedServedOn('public-notice', d('2026-11-01'))).not.toBe('2026-11-30');
  });

  it('第95条: the deemed day is not moved off a rest day (2026-10-01, National Day, stays)', () => {
    expect(deemedServedOn('public-notice', d('2026-09-01'))).toBe('2026-10-01');
  });

  it('第89条, 第95条: leaving at the address and public notice must record their circumstances; the others need not', () => {
    expect(serviceMethods.filter(needsCircumstances)).toEqual(['left-at-address', 'public-notice']);
  });

  it('carries its citations', () => {
    expect(rule.citations.map((c) => c.article)).toContain('第95条');
  });
});
