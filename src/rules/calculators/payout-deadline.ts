import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { defaultCalendar, provisionalNote } from '../calendar.ts';
import { provisionalCitation } from '../provisional-calendar.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { citations, DEFAULT_PAYOUT_DAYS, payoutDeadline, rule } from '../payout-deadline.ts';
import { LocalDate, Nullable, Out, Strict } from '../../shared/contract.ts';

// POST /api/v1/rules/payout-deadline  {arrivedOn: "2026-03-05", days?: 30}
export const calculator = defineCalculator({
  name: 'payout-deadline',
  title: '执行款发放期限',
  description: rule.summary,
  input: Strict(
    {
      arrivedOn: LocalDate({ title: '到账通知日', description: '财务部门通知执行款到账之日' }),
      days: Type.Optional(Type.Integer({ title: '发放期限日数', minimum: 1, maximum: DEFAULT_PAYOUT_DAYS, default: DEFAULT_PAYOUT_DAYS })),
    },
    { examples: [{ arrivedOn: '2026-09-01' }] },
  ),
  output: Type.Object({
    payBy: Out({ description: '最迟发放日' }),
    days: Type.Integer({ description: '发放期限日数' }),
    shifted: Type.Boolean({ description: '最后一日因法定休假日而顺延' }),
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
    const r = payoutDeadline({ arrivedOn: input.arrivedOn }, tracked.calendar, { days: input.days });
    if (!r.ok) return r;
    const provisional = provisionalNote(tracked.provisionalYears());
    const basis = basisOf(provisional ? [...citations, provisionalCitation] : citations);
    return ok({ ...r.value, provisional, basis });
  },
});
