import type { Executor } from '../db/connection.ts';
import { liftGroundNames, personRoleNames, restrictedItemNames, spendingBasisNames } from '../rules/consumption-restriction.ts';
import type { RestrictedItem } from '../rules/consumption-restriction.ts';
import { isoInstant } from '../shared/dates.ts';
import { maskIdentity } from '../shared/mask.ts';
import { formatYuan } from '../shared/money.ts';
import { personsOf, spendingRequestsOf, type PersonRow, type RestrictionRow, type SpendingRow } from './restrictions.repo.ts';
import {
  restrictionStatusNames,
  spendingStatusNames,
  type RestrictionStatus,
  type RestrictionView,
  type SpendingRequestView,
} from './restriction.types.ts';

// Rows of consumption restriction → the API's views. ID numbers are masked: the list is for the case's
// staff, and the order itself (the DOCX) carries them in full.

/** A pending row whose request the 院长 rejected (or its filer withdrew) reads as rejected. */
export const restrictionStatusOf = (r: RestrictionRow, approvalState: string | null): RestrictionStatus =>
  r.status === 'pending' && (approvalState === 'rejected' || approvalState === 'withdrawn') ? 'rejected' : r.status;

export const spendingView = (s: SpendingRow): SpendingRequestView => ({
  id: s.id,
  restrictionId: s.restriction_id,
  personName: s.person_name,
  item: s.item as RestrictedItem,
  itemName: restrictedItemNames[s.item as RestrictedItem]?.label ?? s.item,
  basis: s.basis,
  basisName: spendingBasisNames[s.basis].label,
  reason: s.reason,
  amount: formatYuan(BigInt(s.amount_fen)),
  status: s.status,
  statusName: spendingStatusNames[s.status],
  requestedAt: isoInstant(s.requested_at),
  requestedBy: s.requested_by_name,
  decidedOn: s.decided_on,
  decidedBy: s.decided_by_name,
  decisionReason: s.decision_reason,
});

export function restrictionView(
  r: RestrictionRow,
  persons: readonly PersonRow[],
  spending: readonly SpendingRow[],
  status: RestrictionStatus = r.status,
): RestrictionView {
  return {
    id: r.id,
    caseId: r.case_id,
    debtorPartyId: r.debtor_party_id,
    debtorName: r.debtor_name,
    debtorKind: r.debtor_kind,
    status,
    statusName: restrictionStatusNames[status],
    orderedOn: r.ordered_on,
    approvalId: r.approval_id,
    approvedOn: r.approved_on,
    documentId: r.document_id,
    listingId: r.listing_id,
    byListing: r.listing_id !== null,
    liftedOn: r.lifted_on,
    liftGround: r.lift_ground,
    liftGroundName: r.lift_ground ? liftGroundNames[r.lift_ground].label : null,
    liftReason: r.lift_reason,
    liftedBy: r.lifted_by_name,
    persons: persons
      .filter((p) => p.restriction_id === r.id)
      .map((p) => ({
        id: p.id,
        role: p.role,
        roleName: personRoleNames[p.role],
        name: p.name,
        idNumber: p.id_number ? maskIdentity(p.id_number) : null,
      })),
    spendingRequests: spending.filter((s) => s.restriction_id === r.id).map(spendingView),
    recordedAt: isoInstant(r.recorded_at),
    recordedBy: r.recorded_by_name,
  };
}

/** The view of rows with their persons and spending requests, read in one go. */
export async function viewsOf(
  db: Executor,
  rows: readonly (RestrictionRow & { approval_state?: string | null })[],
): Promise<RestrictionView[]> {
  const ids = rows.map((r) => r.id);
  const persons = await personsOf(db, ids);
  const spending = await spendingRequestsOf(db, ids);
  return rows.map((r) => restrictionView(r, persons, spending, restrictionStatusOf(r, r.approval_state ?? null)));
}
