import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok } from '../errors.ts';
import { citations, planAuction, type AuctionPlan } from '../auction-plan.ts';
import { formatYuan, parseYuan, type Fen } from '../../shared/money.ts';

// POST /api/v1/rules/auction-plan
// {referencePrice: "1000000.00", assetKind: "movable"|"immovable", firstStartingPrice?, secondStartingPrice?, salePeriodDays?}
export const calculator: Calculator = {
  name: 'auction-plan',
  title: '网络司法拍卖方案',
  run(input) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object');
    const referencePrice = parseYuan(input.referencePrice);
    if (referencePrice === null) return fail('invalid-amount', 'referencePrice must be yuan, e.g. "1000000.00"');
    const assetKind = input.assetKind;
    if (assetKind !== 'movable' && assetKind !== 'immovable') {
      return fail('unknown-asset-kind', 'assetKind must be "movable" or "immovable"');
    }
    const firstStartingPrice = optionalYuan(input.firstStartingPrice);
    if (firstStartingPrice === null) return fail('invalid-amount', 'firstStartingPrice must be yuan');
    const secondStartingPrice = optionalYuan(input.secondStartingPrice);
    if (secondStartingPrice === null) return fail('invalid-amount', 'secondStartingPrice must be yuan');
    const salePeriodDays = input.salePeriodDays;
    if (salePeriodDays !== undefined && typeof salePeriodDays !== 'number') {
      return fail('period-length-invalid', 'salePeriodDays must be a whole number of days');
    }

    const result = planAuction({ referencePrice, assetKind, firstStartingPrice, secondStartingPrice }, { salePeriodDays });
    if (!result.ok) return result;
    return ok({ ...toJson(result.value), basis: basisOf(citations) });
  },
};

// undefined when absent, null when present but not a yuan amount.
const optionalYuan = (value: unknown): Fen | undefined | null => (value === undefined || value === null ? undefined : parseYuan(value));

function toJson(plan: AuctionPlan) {
  const { first, second, sale } = plan;
  return {
    first: {
      minStartingPrice: formatYuan(first.minStartingPrice),
      startingPrice: formatYuan(first.startingPrice),
      depositMin: formatYuan(first.depositMin),
      depositMax: formatYuan(first.depositMax),
      announceDays: first.announceDays,
    },
    second: {
      minStartingPrice: formatYuan(second.minStartingPrice),
      startingPrice: formatYuan(second.startingPrice),
      depositMin: formatYuan(second.depositMin),
      depositMax: formatYuan(second.depositMax),
      announceDays: second.announceDays,
      withinDays: second.withinDays,
    },
    sale: { price: formatYuan(sale.price), periodDays: sale.periodDays },
  };
}
