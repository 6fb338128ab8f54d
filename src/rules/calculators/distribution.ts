import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { citations, distributeProceeds, rule } from '../distribution.ts';
import { formatYuan, yuanToFen } from '../../shared/money.ts';
import { List, Nullable, OneOf, Out, Strict, Text, Yuan, YuanAmount } from '../../shared/contract.ts';

const Rank = (title: string) => Type.Integer({ title, minimum: 1, maximum: 1_000_000 });

const Claim = Strict({
  id: Text({ title: '债权人', minLength: 1, maxLength: 100, description: '债权人名称或编号，清单内不得重复' }),
  amount: Yuan({ title: '债权金额' }),
  // A priority claim: true, or its rank (1 is paid first).
  priority: Type.Optional(
    Nullable(Type.Union([Type.Boolean(), Rank('优先受偿顺位')], { title: '优先受偿', description: 'true 或顺位（1 最先）；普通债权不填' })),
  ),
  seizureRank: Type.Optional(Nullable(Rank('查封顺位'))),
});

// The rule ranks priority claims by number; `true` is a priority claim of the first rank.
const rankOf = (p: boolean | number | null | undefined): number | undefined => (p === true ? 1 : typeof p === 'number' ? p : undefined);

// POST /api/v1/rules/distribution
// {proceeds: "100000.00", costs: "500.00", debtorKind: "person"|"enterprise",
//  claims: [{id, amount, priority?, seizureRank?}]}
export const calculator = defineCalculator({
  name: 'distribution',
  title: '执行款分配',
  description: rule.summary,
  input: Strict(
    {
      proceeds: Yuan({ title: '可供分配的执行款' }),
      costs: Yuan({ title: '执行费用', description: '先于债权支付；没有时填 "0.00"' }),
      debtorKind: OneOf(['person', 'enterprise'] as const, {
        title: '被执行人类型',
        description: 'person 自然人或其他组织；enterprise 企业法人',
      }),
      claims: List(Claim, { title: '债权清单', maxItems: 500 }),
    },
    {
      examples: [
        {
          proceeds: '100000.00',
          costs: '500.00',
          debtorKind: 'person',
          claims: [
            { id: '某银行', amount: '30000.00', priority: 1 },
            { id: '陈小红', amount: '60000.00' },
            { id: '李明', amount: '40000.00' },
          ],
        },
      ],
    },
  ),
  output: Type.Object({
    costsPaid: YuanAmount({ description: '已付执行费用' }),
    allocations: Type.Array(
      Type.Object({
        id: Out({ description: '债权人' }),
        amount: YuanAmount({ description: '分得金额' }),
        stage: OneOf(['priority', 'ordinary'] as const, { description: 'priority 优先受偿；ordinary 普通债权' }),
        shortfall: YuanAmount({ description: '未受清偿部分' }),
      }),
      { description: '按清单顺序' },
    ),
    remainder: YuanAmount({ description: '退还被执行人的余款' }),
    basis: Basis,
  }),
  errors: ['invalid-amount', 'claims-invalid', 'seizure-rank-missing'],
  run(input) {
    const result = distributeProceeds({
      proceeds: yuanToFen(input.proceeds),
      costs: yuanToFen(input.costs),
      debtorKind: input.debtorKind,
      claims: input.claims.map((c) => ({
        id: c.id,
        amount: yuanToFen(c.amount),
        priority: rankOf(c.priority),
        seizureRank: c.seizureRank ?? undefined,
      })),
    });
    if (!result.ok) return result;
    const v = result.value;
    return ok({
      costsPaid: formatYuan(v.costsPaid),
      allocations: v.allocations.map((a) => ({
        id: a.id,
        amount: formatYuan(a.amount),
        stage: a.stage,
        shortfall: formatYuan(a.shortfall),
      })),
      remainder: formatYuan(v.remainder),
      basis: basisOf(citations),
    });
  },
});
