import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { calculateDelayInterest, citations, rule } from '../delay-interest.ts';
import { formatYuan, yuanToFen } from '../../shared/money.ts';
import { List, LocalDate, Nullable, OneOf, Out, Strict, Yuan, YuanAmount } from '../../shared/contract.ts';

// POST /api/v1/rules/delay-interest
// {debt: "100000.00", deadline: "2026-01-01", payments: [{on, amount}], until?, excluded?: [{from, to}], dayCount?}
export const calculator = defineCalculator({
  name: 'delay-interest',
  title: '迟延履行期间的加倍部分债务利息',
  description: rule.summary,
  input: Strict(
    {
      debt: Yuan({ title: '金钱债务', description: '生效法律文书确定的金钱债务（元），不含一般债务利息' }),
      deadline: LocalDate({ title: '履行期限届满日' }),
      payments: Type.Optional(
        List(Strict({ on: LocalDate({ title: '清偿日期' }), amount: Yuan({ title: '清偿金额' }) }), { title: '清偿记录', maxItems: 1000 }),
      ),
      until: Type.Optional(Nullable(LocalDate({ title: '计算截止日' }))),
      excluded: Type.Optional(
        List(Strict({ from: LocalDate({ title: '不计期间起' }), to: LocalDate({ title: '不计期间止' }) }), {
          title: '不计算的期间（中止、暂缓）',
          maxItems: 100,
        }),
      ),
      dayCount: Type.Optional(
        OneOf(['exclusive', 'inclusive'] as const, {
          title: '天数算法',
          default: 'exclusive',
          description: 'exclusive 算尾不算头；inclusive 两头都算',
        }),
      ),
    },
    {
      examples: [{ debt: '100000.00', deadline: '2025-01-01', payments: [{ on: '2025-02-01', amount: '50000.00' }], until: '2025-03-02' }],
    },
  ),
  output: Type.Object({
    doubledInterest: YuanAmount({ description: '加倍部分债务利息合计' }),
    segments: Type.Array(
      Type.Object({
        amount: YuanAmount({ description: '该段计息的债务本金' }),
        from: Out({ description: '起算日' }),
        to: Out({ description: '截止日' }),
        days: Type.Integer({ description: '计息天数' }),
        interest: YuanAmount({ description: '该段的加倍部分利息' }),
      }),
      {
        description: '逐段计息',
      },
    ),
    applications: Type.Array(
      Type.Object({
        on: Out({ description: '清偿日期' }),
        amount: YuanAmount({ description: '清偿金额' }),
        toDebt: YuanAmount({ description: '抵充金钱债务的部分' }),
        toInterest: YuanAmount({ description: '抵充加倍部分利息的部分' }),
      }),
      {
        description: '每日清偿款的抵充',
      },
    ),
    debtOutstanding: YuanAmount({ description: '尚欠金钱债务' }),
    interestOutstanding: YuanAmount({ description: '尚欠加倍部分利息' }),
    outstanding: YuanAmount({ description: '尚欠合计' }),
    stillAccruing: Type.Boolean({ description: '利息是否仍在计算（有未清偿债务且未给出截止日）' }),
    dayCount: OneOf(['exclusive', 'inclusive'] as const, { description: '所用的天数算法：exclusive 算尾不算头；inclusive 两头都算' }),
    basis: Basis,
  }),
  errors: ['invalid-amount', 'overpayment', 'until-before-deadline', 'payment-after-until', 'date-order-invalid', 'delay-before-2014-rule'],
  run(input) {
    const dayCount = input.dayCount ?? 'exclusive';
    const result = calculateDelayInterest(
      {
        debt: yuanToFen(input.debt),
        deadline: input.deadline,
        payments: (input.payments ?? []).map((p) => ({ on: p.on, amount: yuanToFen(p.amount) })),
        until: input.until ?? undefined,
        excluded: input.excluded ?? [],
      },
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
});
