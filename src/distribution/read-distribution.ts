import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { caseDistributions, claimsOf, objectionsOf } from './distribution.repo.ts';
import { basisOf } from './draw-up-plan.ts';
import { inDispute, objectionStateNames, type DistributionRecord } from './distribution.types.ts';

const yuan = (v: bigint | null) => (v === null ? null : formatYuan(v));

/** GET /cases/{id}/distributions: the case's distributions with their claims, plan lines and objections. */
export async function caseDistributionList(ctx: AppContext, who: Principal, caseId: string) {
  if (!can(who, 'case.read')) return failure('forbidden');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  const items = [];
  for (const d of await caseDistributions(ctx.db, caseId)) items.push(await view(ctx, d));
  return success({ items });
}

async function view(ctx: AppContext, d: DistributionRecord) {
  const claims = await claimsOf(ctx.db, d.id);
  const objections = await objectionsOf(ctx.db, d.id);
  const name = new Map(claims.map((c) => [c.id, c.creditorName]));
  const held = objections.filter(inDispute).reduce((s, o) => s + o.disputed, 0n);
  return {
    id: d.id,
    status: d.status,
    debtorName: d.debtorName,
    debtorKind: d.debtorKind,
    proceeds: formatYuan(d.proceeds),
    costs: formatYuan(d.costs),
    costsPaid: yuan(d.costsPaid),
    remainder: yuan(d.remainder),
    held: formatYuan(held),
    documentId: d.documentId,
    plannedOn: d.plannedOn,
    openedOn: d.openedOn,
    claims: claims.map((c) => ({
      id: c.id,
      creditorName: c.creditorName,
      basis: basisOf(c),
      sourceCaseId: c.sourceCaseId,
      amount: formatYuan(c.amount),
      priority: c.priority,
      seizureRank: c.seizureRank,
      joinedOn: c.joinedOn,
      allocated: yuan(c.allocated),
      stage: c.stage,
      shortfall: yuan(c.shortfall),
      servedOn: c.servedOn,
      objectionDueOn: c.objectionDueOn,
      paid: formatYuan(c.paid),
    })),
    objections: objections.map((o) => ({
      id: o.id,
      claimId: o.claimId,
      creditorName: name.get(o.claimId) ?? '',
      targetClaimId: o.targetClaimId,
      targetName: name.get(o.targetClaimId) ?? '',
      disputed: formatYuan(o.disputed),
      reason: o.reason,
      objectedOn: o.objectedOn,
      notifiedOn: o.notifiedOn,
      answerDueOn: o.answerDueOn,
      state: o.state,
      stateName: objectionStateNames[o.state],
      outcomeOn: o.outcomeOn,
    })),
  };
}

export type DistributionView = Awaited<ReturnType<typeof view>>;
export type DistributionListResult = Result<{ items: DistributionView[] }>;
