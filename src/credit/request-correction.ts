import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { ownPartyIds } from '../cases/party-cases.ts';
import { openDeadline } from '../deadlines/deadline-changes.ts';
import { correctionGroundNames, correctionGrounds, reviewDueOn, type CorrectionGround } from '../rules/listing-correction.ts';
import { compareDates, localDate, parseLocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { caseOfListing, lockListing } from './credit.repo.ts';
import { correctionView, insertCorrection, pendingCorrectionOf } from './corrections.repo.ts';
import type { CorrectedFields, CorrectionView } from './correction.types.ts';

// A correction request of a listing (失信名单规定(2017) 第11条, ADR 0211): recorded by the officer
// for the debtor, or filed by the debtor through the party portal. The court reviews it within
// fifteen days (deadline `dishonest-correction-review`). The listing stays as it is until decided.

export type CorrectionInput = {
  ground: string;
  filedOn: string;
  request: string;
  correctedFields?: CorrectedFields | null | undefined;
};

/** The requested or decided values of a ground-2 correction, trimmed; empty fields dropped. */
export function cleanFields(f: CorrectedFields | null | undefined): CorrectedFields {
  const out: CorrectedFields = {};
  for (const k of ['name', 'idNumber', 'creditCode', 'obligation'] as const) {
    const v = (f?.[k] ?? '').trim();
    if (v) out[k] = v.slice(0, k === 'obligation' ? 2000 : 200);
  }
  return out;
}

/** POST /dishonest-listings/{id}/corrections: the officer records the debtor's written request. */
export async function recordCorrectionIn(tx: Tx, ctx: AppContext, who: Principal, listingId: string, input: CorrectionInput) {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  return fileCorrection(tx, ctx, who, listingId, input, 'officer');
}

/** POST /party/dishonest-listings/{id}/corrections: the listed debtor files it himself; anyone else reads 404. */
export async function fileOwnCorrectionIn(tx: Tx, ctx: AppContext, who: Principal, listingId: string, input: CorrectionInput) {
  if (!can(who, 'party.case.read') || !who.partyIdentity) return failure('dishonest-listing-not-found');
  return fileCorrection(tx, ctx, who, listingId, input, 'debtor');
}

async function fileCorrection(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  listingId: string,
  input: CorrectionInput,
  by: 'officer' | 'debtor',
): Promise<Result<CorrectionView>> {
  if (!(correctionGrounds as readonly string[]).includes(input.ground)) return failure('unknown-correction-ground');
  const ground = input.ground as CorrectionGround;
  const filedOn = parseLocalDate(input.filedOn);
  if (!filedOn) return failure('invalid-date-value', '申请日期须为有效日期');
  if (compareDates(filedOn, ctx.clock.today()) > 0) return failure('date-in-future', '申请日期不能晚于今天');
  const request = input.request.trim().slice(0, 2000);
  if (!request) return failure('correction-request-required');
  const caseId = await caseOfListing(tx, listingId);
  const c = caseId ? await lockCaseRow(tx, caseId) : undefined;
  if (!c) return failure('dishonest-listing-not-found');
  const l = (await lockListing(tx, listingId))!;
  if (by === 'officer' && !inScope(who, c.courtId)) return failure('dishonest-listing-not-found');
  if (by === 'debtor' && !(await ownPartyIds(tx, l.case_id, who.partyIdentity)).includes(l.debtor_party_id))
    return failure('dishonest-listing-not-found');
  if (l.status !== 'decided' && l.status !== 'published') return failure('listing-ended');
  if (compareDates(filedOn, localDate(l.decided_on)) < 0) return failure('correction-before-listing');
  if (await pendingCorrectionOf(tx, l.id)) return failure('correction-pending');
  const due = reviewDueOn(filedOn, ctx.calendar);
  if (!due.ok) return due;
  const actor = actorOf(who);
  const at = ctx.clock.now();
  const fields = ground === 'data-wrong' ? cleanFields(input.correctedFields) : {};
  const row = await insertCorrection(tx, {
    id: randomUUID(),
    court_id: l.court_id,
    case_id: l.case_id,
    listing_id: l.id,
    ground,
    request,
    corrected_fields: JSON.stringify(fields),
    filed_by_kind: by,
    filed_on: filedOn,
    state: 'pending',
    review_due_on: due.value,
    recorded_at: at,
    recorded_by: actor.id,
    recorded_by_name: actor.name,
  });
  await openDeadline(tx, ctx, actor, at, {
    courtId: l.court_id,
    caseId: l.case_id,
    node: 'dishonest-correction-review',
    subject: row.id,
    startOn: filedOn,
  });
  await appendEvent(tx, actor, at, {
    courtId: l.court_id,
    caseId: l.case_id,
    action: 'credit.correction-requested',
    entityType: 'listing-correction',
    entityId: row.id,
    changes: {
      listingId: l.id,
      debtor: l.debtor_name,
      ground,
      groundArticle: correctionGroundNames[ground].article,
      request,
      correctedFields: fields,
      filedBy: by,
      filedOn,
      reviewDueOn: due.value,
    },
  });
  return success(correctionView(row, (id) => ctx.courts.byId(id)?.name ?? null));
}
