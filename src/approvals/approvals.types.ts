import type { ApprovalDecision, ApprovalKind, ApprovalState, ApprovalStep } from '../shared/approvals.ts';

// An approval request (审批事项) as the approvals context holds it.
export type ApprovalRecord = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string | null;
  readonly kind: ApprovalKind;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly summary: string;
  readonly reason: string | null;
  readonly steps: readonly ApprovalStep[];
  readonly state: ApprovalState;
  readonly currentStep: number;
  readonly requestedBy: string | null;
  readonly requestedByName: string;
  readonly requestedAt: Date;
  readonly closedAt: Date | null;
};

export type DecisionRecord = {
  readonly requestId: string;
  readonly step: number;
  readonly role: string;
  readonly decision: ApprovalDecision;
  readonly opinion: string | null;
  readonly decidedBy: string | null;
  readonly decidedByName: string;
  readonly decidedAt: Date;
};

/** What a context asks to have approved: the action (kind and payload) and how to name it. */
export type NewApproval = {
  readonly courtId: number;
  readonly caseId: string | null;
  readonly kind: ApprovalKind;
  readonly payload: Readonly<Record<string, unknown>>;
  readonly summary: string;
  readonly reason: string | null;
  readonly steps: readonly ApprovalStep[];
};
