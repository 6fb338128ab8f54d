import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { defaultCalendar, provisionalNote } from '../calendar.ts';
import { provisionalCitation } from '../provisional-calendar.ts';
import { basisOf } from '../citation.ts';
import { fail, ok } from '../errors.ts';
import { citations, payoutDeadline } from '../payout-deadline.ts';
import { parseLocalDate } from '../../shared/dates.ts';

// POST /api/v1/rules/payout-deadline  {arrivedOn: "2026-03-05", days?: 30}
export const calculator: Calculator = {
  name: 'payout-deadline',
  title: '执行款发放期限',
  run(input, ctx) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object {arrivedOn}');
    const arrivedOn = parseLocalDate(input.arrivedOn);
    if (!arrivedOn) return fail('invalid-date', 'arrivedOn must be YYYY-MM-DD');
    const days = input.days;
    if (days !== undefined && days !== null && typeof days !== 'number') {
      return fail('period-length-invalid', 'days must be a whole number from 1 to 30');
    }

    // Tracks whether the answer rests on a year computed provisionally (no published arrangement yet).
    const tracked = (ctx.calendar ?? defaultCalendar).track();
    const r = payoutDeadline({ arrivedOn }, tracked.calendar, { days: days ?? undefined });
    if (!r.ok) return r;
    const provisional = provisionalNote(tracked.provisionalYears());
    const basis = basisOf(provisional ? [...citations, provisionalCitation] : citations);
    return ok({ ...r.value, provisional, basis });
  },
};
