// On-site enforcement (现场执行): the record of a team's work at a place, and the evidence files
// taken there with their chain of custody (who uploaded, who viewed or downloaded, and that the
// stored bytes still hash to what was uploaded).

export { MAX_EVIDENCE_BYTES } from '../shared/evidence-limits.ts';
/** The smallest team: enforcement work is done by at least two officers of the court. */
export const MIN_TEAM = 2;

export const evidenceKinds = ['photo', 'video', 'document'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];
export const evidenceKindNames: Record<EvidenceKind, string> = { photo: '照片', video: '视频', document: '文件' };

/** Measures taken on the spot against those who obstruct enforcement (民诉法 第114条 and 第118–119条). */
export const spotMeasures = ['admonition', 'order-to-leave', 'repentance', 'fine', 'detention', 'other'] as const;
export type SpotMeasure = (typeof spotMeasures)[number];
export const spotMeasureNames: Record<SpotMeasure, string> = {
  admonition: '训诫',
  'order-to-leave': '责令退出',
  repentance: '责令具结悔过',
  fine: '罚款',
  detention: '拘留',
  other: '其他措施',
};

export const custodyActions = ['uploaded', 'viewed', 'downloaded', 'verified'] as const;
export type CustodyAction = (typeof custodyActions)[number];
export const custodyActionNames: Record<CustodyAction, string> = {
  uploaded: '上传',
  viewed: '查看',
  downloaded: '下载',
  verified: '校验',
};

export type TeamMember = { id: string; name: string };
export type PresentPerson = { name: string; role: string | null };
export type SpotSanction = { measure: SpotMeasure; measureName: string; subject: string; note: string | null };

export type EvidenceView = {
  id: string;
  recordId: string;
  kind: EvidenceKind;
  kindName: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  capturedAt: string;
  description: string | null;
  uploadedAt: string;
  uploadedBy: string;
  downloadUrl: string;
};

export type OnsiteRecordView = {
  id: string;
  caseId: string;
  startedAt: string;
  endedAt: string | null;
  place: string;
  actions: string;
  team: TeamMember[];
  present: PresentPerson[];
  sanctions: SpotSanction[];
  note: string | null;
  recordedAt: string;
  recordedBy: string;
  evidence: EvidenceView[];
};

export type CustodyEntry = {
  action: CustodyAction;
  actionName: string;
  at: string;
  by: string;
  outcome: 'unchanged' | 'changed' | null;
};
