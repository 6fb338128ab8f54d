import { restorationGroundNames, type RestorationGround } from '../rules/credit-restoration.ts';
import type { DishonestListingStatus } from './credit.types.ts';
// Credit restoration (信用修复, ADR 0209): the words of a request to delete a listing early.

export const restorationStates = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type RestorationState = (typeof restorationStates)[number];
export const restorationStateNames: Record<RestorationState, string> = {
  pending: '审批中',
  approved: '已同意修复，失信信息已删除',
  rejected: '不予修复',
  withdrawn: '已撤回',
};

export const filedByKinds = ['debtor', 'officer'] as const;
export type FiledByKind = (typeof filedByKinds)[number];
export const filedByKindNames: Record<FiledByKind, string> = { debtor: '被执行人申请', officer: '执行人员登记' };

export const groundNameOf = (g: string): string => restorationGroundNames[g as RestorationGround] ?? g;

export type RestorationView = {
  id: string;
  listingId: string;
  caseId: string;
  debtorPartyId: string;
  debtorName: string;
  ground: string;
  groundName: string;
  evidence: string;
  commitment: string;
  filedByKind: FiledByKind;
  filedByKindName: string;
  filedBy: string;
  filedAt: string;
  state: RestorationState;
  stateName: string;
  approvalId: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
};

/** A listing as its own debtor sees it in the party portal, with its restoration requests. */
export type PartyListingView = {
  id: string;
  caseId: string;
  debtorName: string;
  ground: number;
  groundName: string;
  decidedOn: string;
  publishOn: string;
  publishedOn: string | null;
  endsOn: string | null;
  status: DishonestListingStatus;
  statusName: string;
  endedOn: string | null;
  endGroundName: string | null;
  restorable: boolean;
  restorations: RestorationView[];
};
