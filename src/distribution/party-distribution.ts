import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { ownPartyIds } from '../cases/party-cases.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success } from '../shared/result.ts';
import { claimsOf, distributionsConcerning, objectionsOf } from './distribution.repo.ts';
import {
  distributionStatusNames,
  inDispute,
  objectionStates,
  objectionStateNames,
  type ClaimRecord,
  type DistributionRecord,
} from './distribution.types.ts';

/**
 * GET /party/cases/{id}/distribution: the distribution plans (财产分配方案) of the case as the portal
 * shows them to a party — those run on the case and those its applicant joined — once the court has
 * served them on a creditor: a plan not yet served stays inside the court. Each line names its
 * creditor, class, claim and allotted amount, and the caller's own line is marked; of the objections
 * only how many there are and where they stand, not who raised them or why. A case on which the
 * caller is no party answers as if it did not exist.
 */
export async function ownCaseDistribution(ctx: AppContext, who: Principal, caseId: string) {
  if (!can(who, 'party.case.read')) return failure('case-not-found');
  const mine = new Set(await ownPartyIds(ctx.db, caseId, who.partyIdentity));
  if (mine.size === 0) return failure('case-not-found');
  const items = [];
  for (const d of await distributionsConcerning(ctx.db, caseId)) {
    const status = d.status;
    if (status === 'open') continue;
    const claims = await claimsOf(ctx.db, d.id);
    if (!claims.some((c) => c.servedOn !== null)) continue;
    items.push(await planView(ctx, { ...d, status }, claims, mine));
  }
  return success({ items });
}

type Shown = DistributionRecord & { status: 'planned' | 'closed' };

async function planView(ctx: AppContext, d: Shown, claims: ClaimRecord[], mine: Set<string>) {
  const objections = await objectionsOf(ctx.db, d.id);
  const isOwn = (c: ClaimRecord) => c.partyId !== null && mine.has(c.partyId);
  const own = claims.find(isOwn);
  const distributed = claims.reduce((s, c) => s + (c.allocated ?? 0n), 0n);
  return {
    id: d.id,
    status: d.status,
    statusName: distributionStatusNames[d.status],
    debtorName: d.debtorName,
    methodName: d.debtorKind === 'person' ? '按比例分配' : '按查封顺序清偿',
    plannedOn: d.plannedOn,
    servedOn: own?.servedOn ?? null,
    objectionDueOn: own?.objectionDueOn ?? null,
    proceeds: formatYuan(d.proceeds),
    costs: formatYuan(d.costsPaid ?? d.costs),
    distributed: formatYuan(distributed),
    remainder: formatYuan(d.remainder ?? 0n),
    held: formatYuan(objections.filter(inDispute).reduce((s, o) => s + o.disputed, 0n)),
    lines: claims.map((c) => ({
      id: c.id,
      creditorName: c.creditorName,
      className: classOf(d, c),
      claim: formatYuan(c.amount),
      allotted: formatYuan(c.allocated ?? 0n),
      shortfall: formatYuan(c.shortfall ?? c.amount),
      own: isOwn(c),
    })),
    objections: {
      count: objections.length,
      inDispute: objections.filter(inDispute).length,
      states: objectionStates
        .map((state) => ({ state, stateName: objectionStateNames[state], count: objections.filter((o) => o.state === state).length }))
        .filter((s) => s.count > 0),
    },
  };
}

/** The line's class as the plan reads it: a priority right with its rank, or an ordinary claim by seizure order or pro rata. */
function classOf(d: DistributionRecord, c: ClaimRecord): string {
  if (c.priority !== null) return `优先受偿：${c.priorityBasis ?? '优先受偿权'}（第${c.priority}顺位）`;
  if (d.debtorKind === 'enterprise' && c.seizureRank !== null) return `普通债权：查封顺位第${c.seizureRank}`;
  return '普通债权：按比例受偿';
}
