import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { generateDocument } from '../documents/generate-document.ts';
import { distributionPlan } from '../documents/templates/distribution-plan.ts';
import { caseFactsOf } from '../cases/instrument-facts.ts';
import { distributeProceeds, type DistributionInput } from '../rules/distribution.ts';
import { fen, formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { claimsOf, saveAllocation, savePlan } from './distribution.repo.ts';
import { lockedDistribution } from './distribution-locks.ts';
import type { ClaimRecord } from './distribution.types.ts';

/**
 * POST /distributions/{id}/plan: draws up the plan (分配方案) with the rules library — costs first,
 * then priority claims by rank, then ordinary claims pro rata for a person (民诉法解释 第508条) or by
 * seizure order for an enterprise not sent to bankruptcy (第514条) — stores its inputs and result
 * lines, and makes the 财产分配方案 document (src/documents). Joining closes with it.
 */
export const drawUpPlan = (ctx: AppContext, who: Principal, id: string): Promise<Result<{ documentId: string }>> =>
  transact(ctx, async (tx) => {
    if (!can(who, 'case.progress')) return failure('forbidden');
    const d = await lockedDistribution(tx, who, id);
    if (!d) return failure('distribution-not-found');
    if (d.status !== 'open') return failure('distribution-not-open');
    const claims = await claimsOf(tx, id);
    if (claims.length === 0) return failure('distribution-no-claims');
    const input: DistributionInput = {
      proceeds: fen(d.proceeds),
      costs: fen(d.costs),
      debtorKind: d.debtorKind,
      claims: claims.map((c) => ({
        id: c.id,
        amount: fen(c.amount),
        ...(c.priority === null ? {} : { priority: c.priority }),
        ...(c.seizureRank === null ? {} : { seizureRank: c.seizureRank }),
      })),
    };
    const plan = distributeProceeds(input);
    // The claims were checked on joining: a refusal of the rule here is a bug, not input.
    if (!plan.ok) throw new Error(`distribution ${id}: ${plan.code} ${plan.detail ?? ''}`);
    const byId = new Map(plan.value.allocations.map((a) => [a.id, a]));
    for (const c of claims) {
      const a = byId.get(c.id)!;
      await saveAllocation(tx, c.id, { allocated: a.amount, stage: a.stage, shortfall: a.shortfall });
    }
    const now = ctx.clock.now();
    const today = ctx.clock.today();
    const facts = (await caseFactsOf(tx, d.caseId))!;
    const doc = await generateDocument(tx, actorOf(who), now, {
      template: distributionPlan,
      data: {
        court: ctx.courts.byId(d.courtId)!.name,
        caseNumber: facts.caseNumber,
        issuedOn: today,
        debtor: d.debtorName,
        debtorKind: d.debtorKind,
        proceeds: formatYuan(d.proceeds),
        costs: formatYuan(plan.value.costsPaid),
        lines: claims.map((c) => {
          const a = byId.get(c.id)!;
          return {
            creditor: c.creditorName,
            basis: basisOf(c),
            claim: formatYuan(c.amount),
            stage: a.stage,
            amount: formatYuan(a.amount),
            shortfall: formatYuan(a.shortfall),
          };
        }),
        remainder: formatYuan(plan.value.remainder),
      },
      courtId: d.courtId,
      caseId: d.caseId,
      caseNumber: facts.caseNumber,
      addressee: d.debtorName,
      issuedOn: today,
    });
    const stored = {
      input: {
        ...input,
        proceeds: formatYuan(input.proceeds),
        costs: formatYuan(input.costs),
        claims: input.claims.map((c) => ({ ...c, amount: formatYuan(c.amount) })),
      },
      result: {
        costsPaid: formatYuan(plan.value.costsPaid),
        remainder: formatYuan(plan.value.remainder),
        allocations: plan.value.allocations.map((a) => ({ ...a, amount: formatYuan(a.amount), shortfall: formatYuan(a.shortfall) })),
      },
    };
    await savePlan(tx, id, {
      ...stored,
      costsPaid: plan.value.costsPaid,
      remainder: plan.value.remainder,
      documentId: doc.id,
      plannedOn: today,
    });
    await appendEvent(tx, actorOf(who), now, {
      courtId: d.courtId,
      caseId: d.caseId,
      action: 'distribution.planned',
      entityType: 'distribution',
      entityId: id,
      changes: { documentId: doc.id, sha256: doc.sha256, ...stored.result },
    });
    return success({ documentId: doc.id });
  });

export const basisOf = (c: ClaimRecord): string =>
  c.priority !== null ? `${c.priorityBasis ?? '优先受偿权'}（第${c.priority}顺位）` : (c.titleNumber ?? '');
