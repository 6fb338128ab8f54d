import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { citations, planAuction, rule, type AuctionPlan } from '../auction-plan.ts';
import { formatYuan, yuanToFen } from '../../shared/money.ts';
import { Nullable, OneOf, Strict, Yuan, YuanAmount } from '../../shared/contract.ts';

const round = {
  minStartingPrice: YuanAmount({ description: '法定最低起拍价' }),
  startingPrice: YuanAmount({ description: '起拍价' }),
  depositMin: YuanAmount({ description: '保证金下限' }),
  depositMax: YuanAmount({ description: '保证金上限' }),
  announceDays: Type.Integer({ description: '公告期（日）' }),
};

const optionalFen = (v: string | null | undefined) => (v === undefined || v === null ? undefined : yuanToFen(v));

// POST /api/v1/rules/auction-plan
// {referencePrice: "1000000.00", assetKind: "movable"|"immovable", firstStartingPrice?, secondStartingPrice?, salePeriodDays?}
export const calculator = defineCalculator({
  name: 'auction-plan',
  title: '网络司法拍卖方案',
  description: rule.summary,
  input: Strict(
    {
      referencePrice: Yuan({ title: '参考价', description: '评估价或市场价（元）' }),
      assetKind: OneOf(['movable', 'immovable'] as const, { title: '财产类型', description: 'movable 动产；immovable 不动产' }),
      firstStartingPrice: Type.Optional(Nullable(Yuan({ title: '一拍起拍价', description: '不填则取法定最低起拍价' }))),
      secondStartingPrice: Type.Optional(Nullable(Yuan({ title: '二拍起拍价', description: '不填则取法定最低起拍价' }))),
      salePeriodDays: Type.Optional(Type.Integer({ title: '变卖期（日）', minimum: 1, maximum: 365 })),
    },
    { examples: [{ referencePrice: '1000000.00', assetKind: 'immovable' }] },
  ),
  output: Type.Object({
    first: Type.Object(round, { description: '一拍' }),
    second: Type.Object({ ...round, withinDays: Type.Integer({ description: '一拍流拍后须在此日数内二拍' }) }, { description: '二拍' }),
    sale: Type.Object(
      { price: YuanAmount({ description: '变卖价' }), periodDays: Type.Integer({ description: '变卖期（日）' }) },
      { description: '二拍流拍后的变卖' },
    ),
    basis: Basis,
  }),
  errors: ['invalid-amount', 'starting-price-below-minimum', 'period-length-invalid'],
  run(input) {
    const result = planAuction(
      {
        referencePrice: yuanToFen(input.referencePrice),
        assetKind: input.assetKind,
        firstStartingPrice: optionalFen(input.firstStartingPrice),
        secondStartingPrice: optionalFen(input.secondStartingPrice),
      },
      { salePeriodDays: input.salePeriodDays },
    );
    if (!result.ok) return result;
    return ok({ ...toJson(result.value), basis: basisOf(citations) });
  },
});

function toJson(plan: AuctionPlan) {
  const { first, second, sale } = plan;
  const round = (r: AuctionPlan['first']) => ({
    minStartingPrice: formatYuan(r.minStartingPrice),
    startingPrice: formatYuan(r.startingPrice),
    depositMin: formatYuan(r.depositMin),
    depositMax: formatYuan(r.depositMax),
    announceDays: r.announceDays,
  });
  return {
    first: round(first),
    second: { ...round(second), withinDays: second.withinDays },
    sale: { price: formatYuan(sale.price), periodDays: sale.periodDays },
  };
}
