import type { LocalDate } from '../shared/dates.ts';

// Distribution (参与分配) as this context knows it. Money inside is fen.
export const distributionStatuses = ['open', 'planned', 'closed'] as const;
export type DistributionStatus = (typeof distributionStatuses)[number];
export const distributionStatusNames: Record<DistributionStatus, string> = {
  open: '受理参与分配申请',
  planned: '已制作分配方案',
  closed: '已办结',
};
export const objectionStates = ['raised', 'stands', 'suit-filed', 'ended'] as const;
export type ObjectionState = (typeof objectionStates)[number];
export const objectionStateNames: Record<ObjectionState, string> = {
  raised: '已提出异议',
  stands: '原分配方案维持',
  'suit-filed': '已提起分配方案异议之诉',
  ended: '争议已了结',
};
/** What may be recorded after an objection, and the state it leads to. */
export const objectionOutcomes = ['stands', 'suit-filed', 'ended'] as const;
export type ObjectionOutcome = (typeof objectionOutcomes)[number];

export type DistributionRecord = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string;
  readonly debtorPartyId: string;
  readonly debtorName: string;
  readonly debtorIdentity: string;
  readonly debtorKind: 'person' | 'enterprise';
  readonly proceeds: bigint;
  readonly costs: bigint;
  readonly status: DistributionStatus;
  readonly costsPaid: bigint | null;
  readonly remainder: bigint | null;
  readonly documentId: string | null;
  readonly plannedOn: LocalDate | null;
  readonly openedOn: LocalDate;
};

export type ClaimRecord = {
  readonly id: string;
  readonly position: number;
  readonly creditorName: string;
  readonly sourceCaseId: string | null;
  readonly partyId: string | null;
  readonly titleNumber: string | null;
  readonly amount: bigint;
  readonly priority: number | null;
  readonly priorityBasis: string | null;
  readonly seizureRank: number | null;
  readonly joinedOn: LocalDate;
  readonly allocated: bigint | null;
  readonly stage: 'priority' | 'ordinary' | null;
  readonly shortfall: bigint | null;
  readonly servedOn: LocalDate | null;
  readonly objectionDueOn: LocalDate | null;
  readonly paid: bigint;
};

export type ObjectionRecord = {
  readonly id: string;
  readonly claimId: string;
  readonly targetClaimId: string;
  readonly disputed: bigint;
  readonly reason: string;
  readonly objectedOn: LocalDate;
  readonly notifiedOn: LocalDate | null;
  readonly answerDueOn: LocalDate | null;
  readonly state: ObjectionState;
  readonly outcomeOn: LocalDate | null;
  readonly holdId: string | null;
};

/** An objection still in dispute keeps its amount held: raised, or a suit filed. */
export const inDispute = (o: ObjectionRecord): boolean => o.state === 'raised' || o.state === 'suit-filed';
