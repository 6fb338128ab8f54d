// Credit discipline (失信惩戒): the words of the dishonest list (失信被执行人名单).

export const listingGrounds = [1, 2, 3, 4, 5, 6] as const;
/** 失信名单规定(2017) 第1条 第1–6项. */
export const listingGroundNames: Record<number, string> = {
  1: '有履行能力而拒不履行生效法律文书确定义务',
  2: '以伪造证据、暴力、威胁等方法妨碍、抗拒执行',
  3: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行',
  4: '违反财产报告制度',
  5: '违反限制消费令',
  6: '无正当理由拒不履行执行和解协议',
};

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
  recordedAt: string;
  recordedBy: string;
};
