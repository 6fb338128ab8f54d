import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { registerAsset } from '../assets/register-asset.ts';
import type { AssetKind } from '../shared/asset-kinds.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { findLead, leadView, lockLead, saveOutcome } from './leads.repo.ts';
import { leadOutcomes, type LeadOutcome, type LeadView } from './leads.types.ts';

export type LeadOutcomeInput = { outcome: string; on: string; note?: string | null | undefined };

/**
 * THE place where a lead's outcome is recorded (verified-found / not-found / not-verifiable), once,
 * meeting its verification deadline. A verified-found lead that names its asset's identifier is
 * recorded in the asset register (src/assets) in the same transaction, as an asset led by the applicant.
 */
export const recordLeadOutcome = (ctx: AppContext, who: Principal, leadId: string, input: LeadOutcomeInput): Promise<Result<LeadView>> =>
  transact(ctx, async (tx) => {
    if (!can(who, 'measure.record')) return failure('forbidden');
    if (!(leadOutcomes as readonly string[]).includes(input.outcome)) return failure('validation-failed', '核查结果不正确');
    const outcome = input.outcome as LeadOutcome;
    const on = parseLocalDate(input.on);
    if (!on) return failure('invalid-date-value', '核查日期须为有效日期');
    if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future', '核查日期不能晚于今天');
    const note = (input.note ?? '').trim().slice(0, 1000) || null;
    if (outcome !== 'verified-found' && !note) return failure('lead-outcome-note-required');
    const found = await findLead(tx, leadId);
    if (!found || !inScope(who, found.court_id)) return failure('lead-not-found');
    await lockCaseRow(tx, found.case_id); // the case first (ADR 0002)
    const lead = (await lockLead(tx, found.id))!;
    if (lead.outcome) return failure('lead-outcome-recorded');
    if (compareDates(on, lead.submitted_on as LocalDate) < 0) return failure('lead-outcome-before-submission');

    const actor = actorOf(who);
    const now = ctx.clock.now();
    const change = { outcome, outcome_on: on, outcome_note: note, outcome_by: actor.id, outcome_by_name: actor.name, outcome_at: now };
    await saveOutcome(tx, lead.id, change);
    await appendEvent(tx, actor, now, {
      courtId: lead.court_id,
      caseId: lead.case_id,
      action: 'case.asset-lead-verified',
      entityType: 'asset-lead',
      entityId: lead.id,
      changes: {
        outcome,
        on,
        note,
        kind: lead.kind,
        identifier: lead.identifier,
        late: compareDates(on, lead.verify_due_on as LocalDate) > 0,
      },
    });
    if (outcome === 'verified-found' && lead.identifier)
      await registerAsset(tx, actor, now, {
        courtId: lead.court_id,
        caseId: lead.case_id,
        kind: lead.kind as AssetKind, // checked against assetKinds when the lead was submitted
        identifier: lead.identifier,
        source: 'lead',
        details: { leadId: lead.id, description: lead.description },
      });
    await meetDeadline(tx, ctx, actor, now, { caseId: lead.case_id, node: 'lead-verification', subject: lead.id, metOn: on });
    return success(leadView({ ...lead, ...change }));
  });
