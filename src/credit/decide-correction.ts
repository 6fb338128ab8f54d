import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { meetDeadline, openDeadline } from '../deadlines/deadline-changes.ts';
import { validateCreditCode, validateResidentId, normalizeIdentity } from '../rules/identity.ts';
import { correctionDueOn, correctionGroundNames, outcomeOf } from '../rules/listing-correction.ts';
import { compareDates, localDate, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { lockListing, updateListing, type ListingRow } from './credit.repo.ts';
import { correctionView, listingOfCorrection, lockCorrection, updateCorrection, type CorrectionRow } from './corrections.repo.ts';
import type { CorrectedFields, CorrectionView } from './correction.types.ts';
import { endLockedListing } from './end-listing.ts';
import { notifyRecipients } from './notify.ts';
import { cleanFields } from './request-correction.ts';

// The court's decision on a correction request (失信名单规定(2017) 第12条, ADR 0211), within the
// fifteen days of review. Justified: carried out in the same step, so the three working days
// (`dishonest-correction`) are opened and met at once — on grounds 1 and 3 the listing is deleted
// (ground `corrected`; a published one's recipients are told and `dishonest-deletion` runs until
// they acknowledge), on ground 2 the published data is corrected and every recipient told by a
// `correction` notice. Rejected (决定驳回): the debtor may apply to the higher court for 复议.

export type DecisionInput = {
  justified: boolean;
  decidedOn: string;
  reason?: string | null | undefined;
  correctedFields?: CorrectedFields | null | undefined;
};

type Locked = { l: ListingRow; k: CorrectionRow };

/** Locks case → listing → correction; the correction must be in the user's courts. */
export async function lockCorrectionChain(tx: Tx, who: Principal, id: string): Promise<Result<Locked>> {
  const ref = await listingOfCorrection(tx, id);
  const c = ref ? await lockCaseRow(tx, ref.case_id) : undefined;
  if (!ref || !c || !inScope(who, c.courtId)) return failure('listing-correction-not-found');
  const l = (await lockListing(tx, ref.listing_id))!;
  const k = (await lockCorrection(tx, id))!;
  return success({ l, k });
}

export const viewOf = (ctx: AppContext, k: CorrectionRow): CorrectionView => correctionView(k, (id) => ctx.courts.byId(id)?.name ?? null);

export async function decideCorrectionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  input: DecisionInput,
): Promise<Result<CorrectionView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  const on = parseLocalDate(input.decidedOn);
  if (!on) return failure('invalid-date-value', '决定日期须为有效日期');
  if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future', '决定日期不能晚于今天');
  const reason = (input.reason ?? '').trim().slice(0, 2000);
  if (!input.justified && !reason) return failure('correction-reason-required');
  const locked = await lockCorrectionChain(tx, who, id);
  if (!locked.ok) return locked;
  const { l, k } = locked.value;
  if (k.state !== 'pending') return failure('correction-decided');
  if (compareDates(on, localDate(k.filed_on)) < 0) return failure('decision-before-request');
  const actor = actorOf(who);
  const at = ctx.clock.now();
  let correctDueOn: LocalDate | null = null;
  let fields: CorrectedFields = {};
  if (input.justified) {
    if (l.status !== 'decided' && l.status !== 'published') return failure('listing-ended');
    if (outcomeOf(k.ground) === 'correct-data') {
      const checked = checkFields(l, cleanFields(input.correctedFields ?? k.corrected_fields));
      if (!checked.ok) return checked;
      fields = checked.value;
    }
    const due = correctionDueOn(on, ctx.calendar);
    if (!due.ok) return due;
    correctDueOn = due.value;
    await carryOut(ctx, tx, actor, l, k, on, reason, fields);
  }
  const done = await updateCorrection(tx, k.id, {
    state: input.justified ? 'justified' : 'rejected',
    decided_on: on,
    decision_reason: reason || null,
    decided_by_name: actor.name,
    correct_due_on: correctDueOn,
    ...(input.justified && outcomeOf(k.ground) === 'correct-data' ? { corrected_fields: JSON.stringify(fields) } : {}),
  });
  await meetDeadline(tx, ctx, actor, at, { caseId: k.case_id, node: 'dishonest-correction-review', subject: k.id, metOn: on });
  await appendEvent(tx, actor, at, {
    courtId: k.court_id,
    caseId: k.case_id,
    action: 'credit.correction-decided',
    entityType: 'listing-correction',
    entityId: k.id,
    changes: {
      listingId: l.id,
      ground: k.ground,
      groundArticle: correctionGroundNames[k.ground].article,
      justified: input.justified,
      outcome: input.justified ? outcomeOf(k.ground) : 'rejected',
      decidedOn: on,
      reason: reason || null,
      correctedFields: fields,
      correctDueOn,
    },
  });
  return success(viewOf(ctx, done));
}

/** Ground 2: at least one field, and an ID number or credit code that passes its checksum (GB 11643, GB 32100). */
function checkFields(l: ListingRow, f: CorrectedFields): Result<CorrectedFields> {
  if (Object.keys(f).length === 0) return failure('corrected-fields-required');
  const out = { ...f };
  if (f.idNumber !== undefined) {
    out.idNumber = normalizeIdentity(f.idNumber);
    if (l.debtor_kind !== 'person' || !validateResidentId(out.idNumber).valid)
      return failure('corrected-field-invalid', '公民身份号码不正确');
  }
  if (f.creditCode !== undefined) {
    out.creditCode = normalizeIdentity(f.creditCode);
    if (l.debtor_kind !== 'organization' || !validateCreditCode(out.creditCode).valid)
      return failure('corrected-field-invalid', '统一社会信用代码不正确');
  }
  return success(out);
}

async function carryOut(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  l: ListingRow,
  k: CorrectionRow,
  on: LocalDate,
  reason: string,
  f: CorrectedFields,
): Promise<void> {
  const at = ctx.clock.now();
  if (outcomeOf(k.ground) === 'delete') {
    await endLockedListing(ctx, tx, actor, l, {
      ground: 'corrected',
      on,
      reason: reason || `纠正申请理由成立（${correctionGroundNames[k.ground].label}）`,
    });
  } else {
    const done = await updateListing(tx, l.id, {
      ...(f.name ? { debtor_name: f.name } : {}),
      ...(f.idNumber ? { corrected_id_number: f.idNumber } : {}),
      ...(f.creditCode ? { corrected_credit_code: f.creditCode } : {}),
      ...(f.obligation ? { corrected_obligation: f.obligation } : {}),
    });
    if (done.status === 'published') await notifyRecipients(tx, actor, at, done, 'correction', k.id);
  }
  await openDeadline(tx, ctx, actor, at, {
    courtId: k.court_id,
    caseId: k.case_id,
    node: 'dishonest-correction',
    subject: k.id,
    startOn: on,
  });
  await meetDeadline(tx, ctx, actor, at, { caseId: k.case_id, node: 'dishonest-correction', subject: k.id, metOn: on });
}
