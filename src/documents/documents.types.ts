import type { ServiceMethod } from '../rules/document-service.ts';

export const documentKinds = [
  'enforcement-notice',
  'asset-report-order',
  'distribution-plan',
  'payout-approval-form',
  'consumption-restriction-order',
  'termination-ruling',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindNames: Record<DocumentKind, string> = {
  'enforcement-notice': '执行通知书',
  'asset-report-order': '报告财产令',
  'distribution-plan': '财产分配方案',
  'payout-approval-form': '执行款发放审批表',
  'consumption-restriction-order': '限制消费令',
  'termination-ruling': '终结本次执行程序裁定书',
};

export type ServiceView = {
  id: string;
  documentId: string;
  method: ServiceMethod;
  methodName: string;
  servedOn: string;
  deemedServedOn: string;
  recipient: string;
  recipientRole: string | null;
  address: string | null;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
};

export type DocumentView = {
  id: string;
  caseId: string;
  kind: DocumentKind;
  kindName: string;
  title: string;
  addressee: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  templateVersion: string;
  issuedOn: string;
  generatedAt: string;
  generatedBy: string;
  downloadUrl: string;
  services: ServiceView[];
};
