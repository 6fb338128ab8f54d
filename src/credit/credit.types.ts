import { groundNames } from '../rules/dishonest-listing.ts';
import type { DeletionGround } from '../rules/listing-deletion.ts';
// Credit discipline (失信惩戒): the words of the dishonest list (失信被执行人名单).

export const listingGrounds = [1, 2, 3, 4, 5, 6] as const;
/** 失信名单规定(2017) 第1条 第1–6项 (src/rules/dishonest-listing.ts). */
export const listingGroundNames: Record<number, string> = groundNames;

export const listingStatuses = ['pending', 'decided', 'published', 'deleted', 'expired', 'rejected'] as const;
export type DishonestListingStatus = (typeof listingStatuses)[number];
export const listingStatusNames: Record<DishonestListingStatus, string> = {
  pending: '待院长审批',
  decided: '已决定（宽限期内）',
  published: '已公布',
  deleted: '已删除',
  expired: '期限届满',
  rejected: '院长未批准',
};

export type ListingView = {
  id: string;
  caseId: string;
  debtorPartyId: string;
  debtorName: string;
  debtorKind: 'person' | 'organization';
  ground: number;
  groundName: string;
  evidence: string;
  decidedOn: string;
  graceMonths: number;
  publishOn: string;
  termYears: number | null;
  endsOn: string | null;
  status: DishonestListingStatus;
  statusName: string;
  approvalId: string | null;
  approvedOn: string | null;
  publishedOn: string | null;
  endedOn: string | null;
  endGround: DeletionGround | null;
  endGroundName: string | null;
  endReason: string | null;
  endedBy: string | null;
  deletionDueOn: string | null;
  recordedAt: string;
  recordedBy: string;
};
