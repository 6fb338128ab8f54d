import type { LiftGround, PersonRole, RestrictedItem, SpendingBasis } from '../rules/consumption-restriction.ts';
// Consumption restriction (限制消费令): the words and the views of src/credit's restriction use cases.

export const restrictionStatuses = ['pending', 'ordered', 'lifted', 'rejected'] as const;
export type RestrictionStatus = (typeof restrictionStatuses)[number];
export const restrictionStatusNames: Record<RestrictionStatus, string> = {
  pending: '待院长签发',
  ordered: '限制中',
  lifted: '已解除',
  rejected: '院长未批准',
};

export const spendingStatuses = ['pending', 'granted', 'refused'] as const;
export type SpendingStatus = (typeof spendingStatuses)[number];
export const spendingStatusNames: Record<SpendingStatus, string> = { pending: '待审查', granted: '已准许', refused: '不予准许' };

export type RestrictedPersonView = { id: string; role: PersonRole; roleName: string; name: string; idNumber: string | null };

export type SpendingRequestView = {
  id: string;
  restrictionId: string;
  personName: string;
  item: RestrictedItem;
  itemName: string;
  basis: SpendingBasis;
  basisName: string;
  reason: string;
  amount: string;
  status: SpendingStatus;
  statusName: string;
  requestedAt: string;
  requestedBy: string;
  decidedOn: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
};

export type RestrictionView = {
  id: string;
  caseId: string;
  debtorPartyId: string;
  debtorName: string;
  debtorKind: 'person' | 'organization';
  status: RestrictionStatus;
  statusName: string;
  orderedOn: string;
  approvalId: string | null;
  approvedOn: string | null;
  documentId: string | null;
  listingId: string | null;
  byListing: boolean;
  liftedOn: string | null;
  liftGround: LiftGround | null;
  liftGroundName: string | null;
  liftReason: string | null;
  liftedBy: string | null;
  persons: RestrictedPersonView[];
  spendingRequests: SpendingRequestView[];
  recordedAt: string;
  recordedBy: string;
};
