import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok, type RuleResult } from '../errors.ts';
import { calculateDelayInterest, citations, type DatePeriod, type DelayPayment } from '../delay-interest.ts';
import { formatYuan, parseYuan } from '../../shared/money.ts';
import { parseLocalDate, type LocalDate } from '../../shared/dates.ts';

// POST /api/v1/rules/delay-interest
// {debt: "100000.00", deadline: "2026-01-01", payments: [{on, amount}], until?, excluded?: [{from, to}], dayCount?}
export const calculator: Calculator = {
  name: 'delay-interest',
  title: '迟延履行期间的加倍部分债务利息',
  run(input) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object');
    const debt = parseYuan(input.debt);
    if (debt === null) return fail('invalid-amount', 'debt must be yuan with up to two decimals, e.g. "1575.00"');
    const deadline = parseLocalDate(input.deadline);
    if (!deadline) return fail('invalid-date', 'deadline must be YYYY-MM-DD');
    const until = optionalDate(input.until, 'until');
    if (!until.ok) return until;
    const dayCount = input.dayCount ?? 'exclusive';
    if (dayCount !== 'exclusive' && dayCount !== 'inclusive') {
      return fail('invalid-input', 'dayCount must be "exclusive" or "inclusive"');
    }
    const payments = parsePayments(input.payments);
    if (!payments.ok) return payments;
    const excluded = parseExcluded(input.excluded);
    if (!excluded.ok) return excluded;

    const result = calculateDelayInterest(
      { debt, deadline, payments: payments.value, until: until.value, excluded: excluded.value },
      { dayCount },
    );
    if (!result.ok) return result;
    const v = result.value;
    return ok({
      doubledInterest: formatYuan(v.doubledInterest),
      segments: v.segments.map((s) => ({
        amount: formatYuan(s.amount),
        from: s.from,
        to: s.to,
        days: s.days,
        interest: formatYuan(s.interest),
      })),
      applications: v.applications.map((a) => ({
        on: a.on,
        amount: formatYuan(a.amount),
        toDebt: formatYuan(a.toDebt),
        toInterest: formatYuan(a.toInterest),
      })),
      debtOutstanding: formatYuan(v.debtOutstanding),
      interestOutstanding: formatYuan(v.interestOutstanding),
      outstanding: formatYuan(v.outstanding),
      stillAccruing: v.stillAccruing,
      dayCount,
      basis: basisOf(citations),
    });
  },
};

function optionalDate(value: unknown, field: string): RuleResult<LocalDate | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  const date = parseLocalDate(value);
  return date ? ok(date) : fail('invalid-date', `${field} must be YYYY-MM-DD`);
}

function parsePayments(value: unknown): RuleResult<DelayPayment[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail('invalid-input', 'payments must be a list of {on, amount}');
  const out: DelayPayment[] = [];
  for (const [i, p] of value.entries()) {
    if (!isRecord(p)) return fail('invalid-input', `payments[${i}] must be {on, amount}`);
    const on = parseLocalDate(p.on);
    if (!on) return fail('invalid-date', `payments[${i}].on must be YYYY-MM-DD`);
    const amount = parseYuan(p.amount);
    if (amount === null) return fail('invalid-amount', `payments[${i}].amount must be yuan, e.g. "500.00"`);
    out.push({ on, amount });
  }
  return ok(out);
}

function parseExcluded(value: unknown): RuleResult<DatePeriod[]> {
  if (value === undefined) return ok([]);
  if (!Array.isArray(value)) return fail('invalid-input', 'excluded must be a list of {from, to}');
  const out: DatePeriod[] = [];
  for (const [i, p] of value.entries()) {
    if (!isRecord(p)) return fail('invalid-input', `excluded[${i}] must be {from, to}`);
    const from = parseLocalDate(p.from);
    const to = parseLocalDate(p.to);
    if (!from || !to) return fail('invalid-date', `excluded[${i}] needs from and to as YYYY-MM-DD`);
    out.push({ from, to });
  }
  return ok(out);
}
