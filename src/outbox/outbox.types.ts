// Requests to outside institutions (banks, registries, credit bureaus …) and the connectors that
// carry them. docs/adr/0042-outbound-requests.md explains the design.

export const requestStatuses = ['pending', 'sent', 'answered', 'failed', 'timed-out'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const requestStatusNames: Record<RequestStatus, string> = {
  pending: '待发送',
  sent: '已送达，待答复',
  answered: '已答复',
  failed: '失败',
  'timed-out': '超时',
};

/** What a use case asks to send, in the transaction of the fact that causes it. */
export type NewRequest = {
  readonly courtId: number;
  readonly caseId: string | null;
  readonly institution: string; // a connector's institution id, e.g. 'sandbox-bank'
  readonly kind: string; // what is asked, e.g. 'deposit-search', 'freeze'
  readonly payload: Record<string, unknown>;
};

/** A request as a connector receives it: the idempotency key travels with every attempt. */
export type OutboundRequest = {
  readonly id: string;
  readonly courtId: number;
  readonly caseId: string | null;
  readonly institution: string;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly idempotencyKey: string;
  readonly attempt: number;
};

export type Answer = Record<string, unknown>;

/** What an institution said to one attempt. */
export type SendResult =
  | { readonly outcome: 'accepted' } // received; the answer comes later (recordAnswer)
  | { readonly outcome: 'answered'; readonly answer: Answer }
  | { readonly outcome: 'failed'; readonly reason: string; readonly retryable: boolean };

// A connector must dedupe by idempotencyKey: the same key sent twice acts once at the institution.
export type Connector = {
  readonly institution: string;
  readonly kinds: readonly string[];
  /** How many requests may be in flight to this institution at once, across all workers. */
  readonly concurrency: number;
  send(request: OutboundRequest, signal: AbortSignal): Promise<SendResult>;
};

export type RequestView = {
  id: string;
  courtId: number;
  caseId: string | null;
  institution: string;
  kind: string;
  payload: unknown;
  idempotencyKey: string;
  status: RequestStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string;
  leaseOwner: string | null;
  leaseExpiresAt: string | null;
  sentAt: string | null;
  answerDueAt: string | null;
  answeredAt: string | null;
  failureReason: string | null;
  createdAt: string;
};

export type AttemptView = {
  attempt: number;
  worker: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: string | null;
  detail: string | null;
};

export type AnswerView = { id: string; source: 'connector' | 'api'; receivedAt: string; body: unknown };
