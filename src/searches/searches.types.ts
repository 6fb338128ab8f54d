import type { AssetKind } from '../shared/asset-kinds.ts';
import type { RequestStatus } from '../outbox/outbox.types.ts';

// Online asset searches (网络查控): a search on a case, its requests (one per debtor × institution)
// and the findings from their answers.

/** A search is running while any request is waiting; then complete, or partial if some failed. */
export const searchStatuses = ['running', 'complete', 'partial'] as const;
export type SearchStatus = (typeof searchStatuses)[number];

export const searchStatusNames: Record<SearchStatus, string> = {
  running: '查询中',
  complete: '已完成',
  partial: '部分未答复',
};

export const isWaiting = (s: RequestStatus): boolean => s === 'pending' || s === 'sent';

export function searchStatusOf(statuses: readonly RequestStatus[]): SearchStatus {
  if (statuses.some(isWaiting)) return 'running';
  return statuses.every((s) => s === 'answered') ? 'complete' : 'partial';
}

export type FindingView = {
  id: string;
  requestId: string;
  debtorId: string;
  debtorName: string;
  kind: AssetKind;
  kindName: string;
  identifier: string;
  institution: string;
  institutionName: string;
  estimatedValue: string | null;
  description: string;
  details: Record<string, string>;
  foundAt: string;
};

export type SearchRequestView = {
  id: string;
  debtorId: string;
  debtorName: string;
  institution: string;
  institutionName: string;
  kinds: AssetKind[];
  status: RequestStatus;
  statusName: string;
  attempts: number;
  failureReason: string | null;
  answeredAt: string | null;
  findings: number;
};

export type SearchView = {
  id: string;
  caseId: string;
  status: SearchStatus;
  statusName: string;
  kinds: AssetKind[];
  startedBy: string;
  startedAt: string;
  requests: SearchRequestView[];
  findings: FindingView[];
};
