import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok, type RuleResult } from '../errors.ts';
import { citations, distributeProceeds, type DistributionClaim } from '../distribution.ts';
import { formatYuan, parseYuan } from '../../shared/money.ts';

// POST /api/v1/rules/distribution
// {proceeds: "100000.00", costs: "500.00", debtorKind: "person"|"enterprise",
//  claims: [{id, amount, priority?: true | rank, seizureRank?}]}
export const calculator: Calculator = {
  name: 'distribution',
  title: '执行款分配',
  run(input) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object');
    const proceeds = parseYuan(input.proceeds);
    if (proceeds === null) return fail('invalid-amount', 'proceeds must be yuan, e.g. "100000.00"');
    const costs = parseYuan(input.costs);
    if (costs === null) return fail('invalid-amount', 'costs must be yuan, e.g. "500.00" (use "0.00" for none)');
    const debtorKind = input.debtorKind;
    if (debtorKind !== 'person' && debtorKind !== 'enterprise') {
      return fail('invalid-input', 'debtorKind must be "person" or "enterprise"');
    }
    const claims = parseClaims(input.claims);
    if (!claims.ok) return claims;

    const result = distributeProceeds({ proceeds, costs, debtorKind, claims: claims.value });
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
};

function parseClaims(value: unknown): RuleResult<DistributionClaim[]> {
  if (!Array.isArray(value)) return fail('claims-invalid', 'claims must be a list of {id, amount, priority?, seizureRank?}');
  const out: DistributionClaim[] = [];
  for (const [i, c] of value.entries()) {
    if (!isRecord(c) || typeof c.id !== 'string') return fail('claims-invalid', `claims[${i}] needs a text id`);
    const amount = parseYuan(c.amount);
    if (amount === null) return fail('claims-invalid', `claims[${i}].amount must be yuan, e.g. "2000.00"`);
    // `priority: true` is a priority claim of the first rank; false is an ordinary claim.
    const priority = c.priority === true ? 1 : c.priority === false ? undefined : optionalRank(c.priority);
    const seizureRank = optionalRank(c.seizureRank);
    if (priority === null || seizureRank === null) {
      return fail('claims-invalid', `claims[${i}]: priority must be true, false or a rank number; seizureRank a whole number`);
    }
    out.push({ id: c.id, amount, priority, seizureRank });
  }
  return ok(out);
}

// undefined when absent, null when present but not a whole number.
const optionalRank = (value: unknown): number | undefined | null =>
  value === undefined || value === null ? undefined : Number.isSafeInteger(value) ? (value as number) : null;
