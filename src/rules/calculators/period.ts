import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { defaultCalendar, provisionalNote } from '../calendar.ts';
import { provisionalCitation } from '../provisional-calendar.ts';
import { basisOf } from '../citation.ts';
import { fail, ok } from '../errors.ts';
import { citations, computePeriod, periodUnits, type PeriodUnit } from '../period.ts';
import { parseLocalDate } from '../../shared/dates.ts';

// POST /api/v1/rules/period  {start: "2026-03-06", length: 15, unit: "day"|"workday"|"month"|"year"}
export const calculator: Calculator = {
  name: 'period',
  title: '期间计算',
  run(input, ctx) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object {start, length, unit}');
    const start = parseLocalDate(input.start);
    if (!start) return fail('invalid-date', 'start must be YYYY-MM-DD');
    if (typeof input.length !== 'number') return fail('period-length-invalid', 'length must be a whole number');
    const unit = input.unit;
    if (typeof unit !== 'string' || !periodUnits.includes(unit as PeriodUnit)) {
      return fail('invalid-input', `unit must be one of ${periodUnits.join(', ')}`);
    }

    // Tracks whether the answer rests on a year computed provisionally (no published arrangement yet).
    const tracked = (ctx.calendar ?? defaultCalendar).track();
    const r = computePeriod({ start, length: input.length, unit: unit as PeriodUnit }, tracked.calendar);
    if (!r.ok) return r;
    const provisional = provisionalNote(tracked.provisionalYears());
    const basis = basisOf(provisional ? [...citations, provisionalCitation] : citations);
    return ok({ ...r.value, provisional, basis });
  },
};
