import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { defaultCalendar, provisionalNote } from '../calendar.ts';
import { provisionalCitation } from '../provisional-calendar.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { citations, computePeriod, maxPeriodLength, rule } from '../period.ts';
import { LocalDate, Nullable, OneOf, Out, Strict } from '../../shared/contract.ts';

// POST /api/v1/rules/period  {start: "2026-03-06", length: 15, unit: "day"|"workday"|"month"|"year"}
export const calculator = defineCalculator({
  name: 'period',
  title: '期间计算',
  description: rule.summary,
  input: Strict(
    {
      start: LocalDate({ title: '起算日', description: '引起期间开始的事实发生之日（YYYY-MM-DD）' }),
      length: Type.Integer({ title: '期间长度', minimum: 1, maximum: maxPeriodLength.day }),
      unit: OneOf(['day', 'workday', 'month', 'year'] as const, {
        title: '期间单位',
        description: 'day 日；workday 工作日；month 月；year 年',
      }),
    },
    { examples: [{ start: '2026-09-16', length: 15, unit: 'day' }] },
  ),
  output: Type.Object({
    end: Out({ description: '期间届满日（可为该行为的最后一日）' }),
    shifted: Type.Boolean({ description: '届满日因法定休假日而顺延' }),
    nominalEnd: Out({ description: '顺延前的届满日' }),
    provisional: Nullable(
      Type.Object(
        {
          years: Type.Array(Type.Integer(), { description: '放假安排尚未公布的年份' }),
          reason: Out({ description: '暂行计算的理由和处理办法' }),
        },
        { description: '结果所涉年份的放假安排尚未公布、按放假办法暂行计算时，注明年份和理由；否则为 null' },
      ),
    ),
    basis: Basis,
  }),
  errors: ['period-length-invalid', 'calendar-year-missing'],
  run(input, ctx) {
    // Tracks whether the answer rests on a year computed provisionally (no published arrangement yet).
    const tracked = (ctx.calendar ?? defaultCalendar).track();
    const r = computePeriod(input, tracked.calendar);
    if (!r.ok) return r;
    const provisional = provisionalNote(tracked.provisionalYears());
    const basis = basisOf(provisional ? [...citations, provisionalCitation] : citations);
    return ok({ ...r.value, provisional, basis });
  },
});
