import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { minFen, type Fen } from '../shared/money.ts';

const S2 = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》';
const S2_VERSION = '2022年修正（2022-04-10施行）';
const S3 = '《最高人民法院关于人民法院执行工作若干问题的规定（试行）》';

export const citations: readonly Citation[] = [
  { source: S2, version: S2_VERSION, article: '第506条', certainty: 'VERIFIED' },
  { source: S2, version: S2_VERSION, article: '第508条', certainty: 'VERIFIED' },
  { source: S2, version: S2_VERSION, article: '第514条', certainty: 'VERIFIED' },
  // Several security interests rank by date of creation; the caller turns that into `priority`.
  { source: S3, version: '1998年（2020年修正）', article: '第55条', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'distribution',
  title: '执行款分配（参与分配与企业法人按查封顺序受偿）',
  citations,
  summary:
    '先付执行费用，再付优先受偿债权（按顺位，同一顺位按比例），再付普通债权：' +
    '被执行人为自然人或其他组织的，普通债权按比例受偿（最大余数法分到分，同分按输入顺序）；' +
    '企业法人未移送破产的，普通债权按查封先后受偿。任何债权所得不超过其数额，余款退还被执行人。',
};

export type DebtorKind = 'person' | 'enterprise';

export type DistributionClaim = {
  readonly id: string;
  readonly amount: Fen;
  // Rank of a priority claim (security interest, statutory priority): lower is paid first.
  readonly priority?: number;
  // Order of the claimant's seizure (首封 = 1): required for ordinary claims against an enterprise.
  readonly seizureRank?: number;
};

export type DistributionInput = {
  readonly proceeds: Fen;
  readonly costs: Fen; // execution costs, paid before any claim
  // 'person' covers natural persons and 其他组织 (第506条); 'enterprise' is an 企业法人 not sent to bankruptcy.
  readonly debtorKind: DebtorKind;
  readonly claims: readonly DistributionClaim[];
};

export type Allocation = {
  readonly id: string;
  readonly amount: Fen;
  readonly stage: 'priority' | 'ordinary';
  readonly shortfall: Fen; // what the debtor still owes on this claim (第508条第2款)
};

export type Distribution = {
  readonly costsPaid: Fen;
  readonly allocations: readonly Allocation[]; // in input order
  readonly remainder: Fen; // returned to the debtor
};

export function distributeProceeds(input: DistributionInput): RuleResult<Distribution> {
  const invalid = validate(input);
  if (invalid) return invalid;

  let available = input.proceeds;
  const costsPaid = minFen(input.costs, available) as Fen;
  available = (available - costsPaid) as Fen;

  const paid = new Map<number, Fen>();
  const indexed = input.claims.map((claim, index) => ({ claim, index }));
  const priority = indexed.filter((c) => c.claim.priority !== undefined);
  const ordinary = indexed.filter((c) => c.claim.priority === undefined);
  const groups = [
    ...groupBy(priority, (c) => c.claim.priority ?? 0),
    // 第508条: one pro-rata pool for a person; 第514条: seizure order for an enterprise.
    ...(input.debtorKind === 'person' ? [ordinary] : groupBy(ordinary, (c) => c.claim.seizureRank ?? 0)),
  ];
  for (const group of groups) {
    const shares = shareProRata(
      group.map((c) => c.claim.amount),
      available,
    );
    group.forEach((c, i) => paid.set(c.index, shares[i]!));
    available = (available - shares.reduce((s, x) => s + x, 0n)) as Fen;
  }

  const allocations = input.claims.map((claim, index): Allocation => {
    const amount = paid.get(index) ?? (0n as Fen);
    const stage = claim.priority === undefined ? 'ordinary' : 'priority';
    return { id: claim.id, amount, stage, shortfall: (claim.amount - amount) as Fen };
  });
  return ok({ costsPaid, allocations, remainder: available });
}

/**
 * Splits `available` in proportion to `amounts`, never more than each amount. Largest-remainder
 * method: floors first, then one fen each to the largest remainders, ties to the earlier claim.
 */
export function shareProRata(amounts: readonly Fen[], available: Fen): Fen[] {
  const total = amounts.reduce((s, a) => s + a, 0n);
  if (available >= total) return [...amounts];
  const exact = amounts.map((a, index) => ({ index, floor: (available * a) / total, rest: (available * a) % total }));
  let leftover = available - exact.reduce((s, x) => s + x.floor, 0n);
  const byRest = [...exact].sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  const shares = exact.map((x) => x.floor);
  for (const x of byRest) {
    if (leftover === 0n) break;
    shares[x.index] = shares[x.index]! + 1n;
    leftover -= 1n;
  }
  return shares as Fen[];
}

// Groups by a numeric key, ascending; equal keys share one pool.
function groupBy<T>(items: readonly T[], key: (item: T) => number): T[][] {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const group = map.get(key(item));
    if (group) group.push(item);
    else map.set(key(item), [item]);
  }
  return [...map.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
}

function validate(input: DistributionInput) {
  if (input.proceeds < 0n) return fail('invalid-amount', 'proceeds must not be negative');
  if (input.costs < 0n) return fail('invalid-amount', 'costs must not be negative');
  if (input.debtorKind !== 'person' && input.debtorKind !== 'enterprise') {
    return fail('invalid-input', 'debtorKind must be "person" or "enterprise"');
  }
  const ids = new Set<string>();
  for (const c of input.claims) {
    if (c.id === '' || ids.has(c.id)) return fail('claims-invalid', `claim id "${c.id}" is empty or repeated`);
    ids.add(c.id);
    if (c.amount <= 0n) return fail('claims-invalid', `claim ${c.id} must be more than zero`);
    if (c.priority !== undefined && !Number.isSafeInteger(c.priority)) {
      return fail('claims-invalid', `claim ${c.id}: priority must be a whole number`);
    }
    if (c.seizureRank !== undefined && !Number.isSafeInteger(c.seizureRank)) {
      return fail('claims-invalid', `claim ${c.id}: seizureRank must be a whole number`);
    }
    if (input.debtorKind === 'enterprise' && c.priority === undefined && c.seizureRank === undefined) {
      return fail('seizure-rank-missing', `claim ${c.id}: an ordinary claim against an enterprise needs its seizure rank (第514条)`);
    }
  }
  return undefined;
}
