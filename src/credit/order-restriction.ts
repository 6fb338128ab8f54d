import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { requestApprovalIn } from '../approvals/request-approval.ts';
import { caseFactsOf, lockCaseFacts, type CaseFacts } from '../cases/instrument-facts.ts';
import type { Party } from '../cases/cases.types.ts';
import { generateDocument } from '../documents/generate-document.ts';
import { consumptionRestrictionOrder } from '../documents/templates/consumption-restriction-order.ts';
import type { InstrumentParty } from '../documents/templates/wording.ts';
import { restrictedPersons, type PersonRole, type RestrictedPerson } from '../rules/consumption-restriction.ts';
import { validateResidentId } from '../rules/identity.ts';
import { approvalPolicyOf } from '../shared/approvals.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import {
  insertRestriction,
  liveRestrictionOf,
  orderedRestrictionOf,
  personsOf,
  updateRestriction,
  type RestrictionRow,
} from './restrictions.repo.ts';
import { viewsOf } from './restriction-view.ts';
import { recomputeLevels } from './discipline-levels.ts';
import type { RestrictionView } from './restriction.types.ts';

// Ordering a consumption restriction (限制消费令, ADR 0206): by the officer as a request to the 院长, who
// signs the order (限制消费规定 第5条), or at once when the debtor's 失信 listing is published (第1条第2款).
// In force, the order is a DOCX 限制消费令 with the nine items and the persons, served as any instrument.

export type PersonInput = { role: string; name: string; idNumber?: string | null | undefined };
export type RestrictionInput = { debtorPartyId: string; orderedOn: string; persons?: PersonInput[] | undefined };
type Person = RestrictedPerson & { idNumber: string | null };

/** The persons an order names, their ID numbers checked (GB 11643); the debtor's own from the case. */
function personsOfOrder(debtor: Party, named: readonly PersonInput[], on: LocalDate): Result<Person[]> {
  const persons = restrictedPersons(
    { kind: debtor.kind, name: debtor.name },
    named.map((p) => ({ role: p.role as PersonRole, name: p.name })),
  );
  if (!persons.ok) return failure(persons.code, persons.detail);
  if (debtor.kind === 'person') {
    return success([{ role: 'debtor', name: debtor.name, idNumber: debtor.idType === 'resident-id' ? debtor.idNumber : null }]);
  }
  const out: Person[] = [];
  for (const [i, p] of persons.value.entries()) {
    const raw = (named[i]!.idNumber ?? '').trim();
    if (!raw) {
      out.push({ ...p, idNumber: null });
      continue;
    }
    const id = validateResidentId(raw, { asOf: on });
    if (!id.valid) return failure('restricted-person-id-invalid', `${p.name}的公民身份号码不正确（${id.errors.join('、')}）`);
    out.push({ ...p, idNumber: id.normalized });
  }
  return success(out);
}

/** POST /cases/{id}/consumption-restrictions: the officer's order, `pending` until the 院长 signs it. */
export async function orderRestrictionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: RestrictionInput,
): Promise<Result<RestrictionView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  const orderedOn = parseLocalDate(input.orderedOn);
  if (!orderedOn) return failure('invalid-date-value', '限制消费日期须为有效日期');
  if (compareDates(orderedOn, ctx.clock.today()) > 0) return failure('date-in-future', '限制消费日期不能晚于今天');
  const c = await lockCaseFacts(tx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (c.status === 'closed') return failure('restriction-on-closed-case');
  const debtor = c.debtors.find((p) => p.id === input.debtorPartyId);
  if (!debtor?.id) return failure('debtor-party-not-found');
  const persons = personsOfOrder(debtor, input.persons ?? [], orderedOn);
  if (!persons.ok) return persons;
  if (await liveRestrictionOf(tx, c.id, debtor.id)) return failure('already-restricted');

  const actor = actorOf(who);
  const now = ctx.clock.now();
  const policy = approvalPolicyOf('credit.consumption-restriction');
  if (!policy) throw new Error('a consumption restriction needs the policy credit.consumption-restriction');
  const id = randomUUID();
  const filed = await requestApprovalIn(tx, ctx, who, {
    courtId: c.courtId,
    caseId: c.id,
    kind: 'credit.consumption-restriction',
    payload: { restrictionId: id },
    summary: `对${debtor.name}${persons.value.length && debtor.kind === 'organization' ? `及其${persons.value.map((p) => p.name).join('、')}` : ''}限制消费`,
    reason: null,
    steps: policy.steps,
  });
  if (!filed.ok) return filed;
  const row = await insertOrder(tx, actor, now, c, debtor, persons.value, { id, orderedOn, approvalId: filed.value.id, listingId: null });
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'credit.restriction-requested',
    entityType: 'consumption-restriction',
    entityId: id,
    changes: { ...orderChanges(row, persons.value.length), approvalId: filed.value.id },
  });
  return success((await viewsOf(tx, [row]))[0]!);
}

async function insertOrder(
  tx: Tx,
  actor: Actor,
  at: Date,
  c: { id: string; courtId: number },
  debtor: Party,
  persons: readonly Person[],
  o: { id: string; orderedOn: LocalDate; approvalId: string | null; listingId: string | null },
): Promise<RestrictionRow> {
  const row = {
    id: o.id,
    court_id: c.courtId,
    case_id: c.id,
    debtor_party_id: debtor.id!,
    debtor_name: debtor.name,
    debtor_kind: debtor.kind,
    status: 'pending' as const,
    ordered_on: o.orderedOn,
    approval_id: o.approvalId,
    listing_id: o.listingId,
    recorded_at: at,
    recorded_by: actor.id,
    recorded_by_name: actor.name,
  };
  await insertRestriction(
    tx,
    row,
    persons.map((p) => ({
      id: randomUUID(),
      court_id: c.courtId,
      restriction_id: o.id,
      role: p.role,
      name: p.name,
      id_number: p.idNumber,
    })),
  );
  return {
    ...row,
    seq: 0n,
    approved_on: null,
    document_id: null,
    lifted_on: null,
    lift_ground: null,
    lift_reason: null,
    lifted_by_name: null,
  };
}

const orderChanges = (r: RestrictionRow, persons: number): Record<string, unknown> => ({
  debtorPartyId: r.debtor_party_id,
  debtor: r.debtor_name,
  debtorKind: r.debtor_kind,
  orderedOn: r.ordered_on,
  persons,
});

const instrumentParty = (p: Party): InstrumentParty =>
  p.kind === 'person'
    ? { kind: 'person', name: p.name, idNumber: p.idNumber || null }
    : { kind: 'organization', name: p.name, creditCode: p.creditCode || null, legalRepresentative: p.legalRepresentative };

/**
 * Puts a locked order in force on `on`: its 限制消费令 (a DOCX on the case, to be served), status
 * `ordered`, and the event `credit.restriction-imposed`. The caller holds the case's lock.
 */
export async function imposeLockedRestriction(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  r: RestrictionRow,
  o: { on: LocalDate; president: string; approval?: Record<string, unknown> },
): Promise<RestrictionRow> {
  const at = ctx.clock.now();
  const c = (await caseFactsOf(tx, r.case_id))!;
  const debtor = c.debtors.find((p) => p.id === r.debtor_party_id)!;
  const persons = (await personsOf(tx, [r.id])).map((p) => ({ role: p.role, name: p.name }));
  const doc = await generateDocument(tx, actor, at, {
    template: consumptionRestrictionOrder,
    data: {
      court: ctx.courts.byId(r.court_id)?.name ?? '',
      caseNumber: c.caseNumber,
      issuedOn: o.on,
      applicants: c.applicants.map(instrumentParty),
      debtor: instrumentParty(debtor),
      persons: r.debtor_kind === 'organization' ? persons : [],
      byListing: r.listing_id !== null,
      president: o.president,
    },
    courtId: r.court_id,
    caseId: r.case_id,
    caseNumber: c.caseNumber,
    addressee: r.debtor_name,
    issuedOn: o.on,
  });
  const done = await updateRestriction(tx, r.id, { status: 'ordered', approved_on: o.on, document_id: doc.id });
  await appendEvent(tx, actor, at, {
    courtId: r.court_id,
    caseId: r.case_id,
    action: 'credit.restriction-imposed',
    entityType: 'consumption-restriction',
    entityId: r.id,
    changes: {
      ...orderChanges(done, persons.length),
      personNames: persons.map((p) => p.name),
      byListing: r.listing_id !== null,
      listingId: r.listing_id,
      documentId: doc.id,
      ...(o.approval ? { approval: o.approval } : {}),
    },
  });
  await recomputeLevels(tx, ctx, actor, r.case_id); // 分级惩戒 (ADR 0210)
  return done;
}

/**
 * Called when a 失信 listing is published, in its transaction after the case's lock: the debtor is
 * put under consumption restriction at once (第1条第2款, a setting), unless an order already binds
 * him in the case. A unit's legal representative of record is named; false when nothing was done.
 */
export async function restrictOnListing(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  l: { id: string; case_id: string; debtor_party_id: string; published_on: string | null },
  president: string,
): Promise<boolean> {
  if (await orderedRestrictionOf(tx, l.case_id, l.debtor_party_id)) return false;
  const c: CaseFacts | undefined = await caseFactsOf(tx, l.case_id);
  const debtor = c?.debtors.find((p) => p.id === l.debtor_party_id);
  if (!c || !debtor) return false;
  const on = (l.published_on ?? ctx.clock.today()) as LocalDate;
  const named: PersonInput[] =
    debtor.kind === 'organization' && debtor.legalRepresentative
      ? [{ role: 'legal-representative', name: debtor.legalRepresentative }]
      : [];
  const persons = personsOfOrder(debtor, named, on);
  const list = persons.ok ? persons.value : [];
  const row = await insertOrder(tx, actor, ctx.clock.now(), c, debtor, list, {
    id: randomUUID(),
    orderedOn: on,
    approvalId: null,
    listingId: l.id,
  });
  await imposeLockedRestriction(ctx, tx, actor, row, { on, president });
  return true;
}
