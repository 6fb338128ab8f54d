import type { Citation } from '../rules/citation.ts';
import { citations as payoutCitations, DEFAULT_PAYOUT_DAYS } from '../rules/payout-deadline.ts';
import { citations as deletionCitations, DELETION_WORKDAYS } from '../rules/listing-deletion.ts';
import {
  citations as correctionCitations,
  CORRECTION_WORKDAYS,
  RECONSIDERATION_DECISION_DAYS,
  REVIEW_DAYS,
} from '../rules/listing-correction.ts';
import { dormantResearchNode } from './dormant-node.ts';
import { dormantFindReviewNode } from './dormant-find-node.ts';
import type { CaseFactAction, NodeDefinition } from './deadlines.types.ts';

// The process nodes whose deadlines the platform keeps. Adding a node is adding a row here: the
// use cases that establish it call openDeadline/meetDeadline by its id, or name the case facts
// (opensOn, metBy, pausedBy) and the case use cases apply it without a code path of its own.

const P11 = '《最高人民法院关于人民法院办理执行案件若干期限的规定》';
const P11_VERSION = '法发〔2006〕35号（2007-01-01施行）';
const S2 = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》';
const S2_VERSION = '2022年修正（2022-04-10施行）';
const S3 = '《最高人民法院关于人民法院执行工作若干问题的规定（试行）》';
const S3_VERSION = '1998年（2020年修正）';

const S6 = '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》';
const S6_VERSION = '2020年修正';
const S5 = '《最高人民法院关于民事执行中财产调查若干问题的规定》';
const S5_VERSION = '法释〔2017〕8号（2020年修正）';
const S9 = '《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》';
const S9_VERSION = '2018年（2018-09-01施行）';
const P23 = '2017年全国法院执行工作第三方评估（立案后5日内发出执行通知、启动网络查控）';

function correctionNode(id: string, title: string, period: { length: number; unit: 'day' | 'workday' }): NodeDefinition {
  return {
    id,
    title,
    basis: correctionCitations.map(({ source, version, article, certainty }) => ({ source, version, article, certainty })),
    period,
    caseTypes: ['first', 'resumed', 'preservation'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [1],
    backfill: false,
    perSubject: true,
  };
}

const cite = (source: string, version: string, article: string): Citation => ({ source, version, article, certainty: 'VERIFIED' });

/**
 * 网络查控 within 5 days of filing: no rule fixes the number of days (legal-rules.md §2: S5 第1条、
 * 第13条 make the search mandatory; the 5 days are the 2017 third-party assessment's practice, P23,
 * UNSURE as a rule), so it is the court's setting, ZHIXING_ASSET_SEARCH_DAYS (src/platform/config.ts).
 */
export const DEFAULT_ASSET_SEARCH_DAYS = 5;
const assetSearchPeriod: { length: number; unit: 'day' } = { length: DEFAULT_ASSET_SEARCH_DAYS, unit: 'day' };

/** The court's setting for the 网络查控 deadline, applied once at start (src/platform/bootstrap.ts). */
export function setAssetSearchDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 365) throw new Error(`ZHIXING_ASSET_SEARCH_DAYS must be 1–365 days, got ${days}`);
  assetSearchPeriod.length = days;
}

/**
 * 执行款 paid out within 30 days of arrival (src/rules/payout-deadline.ts, its citations), fewer if
 * the court sets ZHIXING_PAYOUT_DAYS; 暂存款 claimed within 3 days, a local rule (legal-rules.md §7,
 * P12 Jiayu: UNSURE as a national rule), ZHIXING_UNMATCHED_CLAIM_DAYS.
 */
export const DEFAULT_UNMATCHED_CLAIM_DAYS = 3;
const payoutPeriod: { length: number; unit: 'day' } = { length: DEFAULT_PAYOUT_DAYS, unit: 'day' };
const claimPeriod: { length: number; unit: 'day' } = { length: DEFAULT_UNMATCHED_CLAIM_DAYS, unit: 'day' };
const P12_LOCAL = '地方法院执行款管理规定（如嘉鱼县人民法院：暂存款3日内认领至案件账户）';

/** The court's settings for the funds deadlines, applied once at start (src/platform/bootstrap.ts). */
export function setFundsDeadlineDays(s: { payoutDays: number; unmatchedClaimDays: number }): void {
  for (const [name, v] of [
    ['ZHIXING_PAYOUT_DAYS', s.payoutDays],
    ['ZHIXING_UNMATCHED_CLAIM_DAYS', s.unmatchedClaimDays],
  ] as const)
    if (!Number.isInteger(v) || v < 1 || v > DEFAULT_PAYOUT_DAYS)
      throw new Error(`${name} must be 1–${DEFAULT_PAYOUT_DAYS} days, got ${v}`);
  payoutPeriod.length = s.payoutDays;
  claimPeriod.length = s.unmatchedClaimDays;
}

export const deadlineNodes: readonly NodeDefinition[] = [
  {
    // 有财产可供执行的案件，一般应当在立案之日起6个月内执结；中止、暂缓的期间不计入。
    id: 'enforcement-period',
    title: '执行期限（立案之日起6个月内执结）',
    basis: [cite(P11, P11_VERSION, '第1条'), cite(S3, S3_VERSION, '第63条')],
    period: { length: 6, unit: 'month' },
    caseTypes: ['first', 'resumed'],
    opensOn: ['case.filed'],
    metBy: ['case.closed'],
    pausedBy: ['case.suspend', 'case.defer'],
    onCaseClosed: 'met',
    remindDaysBefore: [30, 7],
    backfill: true,
    perSubject: false,
  },
  {
    // 执行案件立案后，应当在7日内确定承办人。
    id: 'officer-assignment',
    title: '确定承办人（立案后7日内）',
    basis: [cite(P11, P11_VERSION, '第2条')],
    period: { length: 7, unit: 'day' },
    caseTypes: ['first', 'resumed', 'preservation'],
    opensOn: ['case.filed'],
    metBy: ['case.officer-assigned'],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [2],
    backfill: false,
    perSubject: false,
  },
  {
    // 人民法院应当在收到申请执行书或者移交执行书后10日内发出执行通知；met by the documents
    // mechanism when the 执行通知书 is issued (meetDeadline(…, { node: 'enforcement-notice' })).
    id: 'enforcement-notice',
    title: '发出执行通知（立案后10日内）',
    basis: [cite(S2, S2_VERSION, '第480条'), cite(S3, S3_VERSION, '第22条')],
    period: { length: 10, unit: 'day' },
    caseTypes: ['first', 'resumed'],
    opensOn: ['case.filed'],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [3],
    backfill: false,
    perSubject: false,
  },
  {
    // 查封、扣押、冻结期限届满前续行（民诉法解释 第485条），届满未续行的失效（查封规定 第27条）。
    // Opened by src/assets for each term of a seizure in effect (subject: seizure id and term
    // number); due on the term's last day; met by a renewal, waived by a release or a lapse.
    id: 'seizure-renewal',
    title: '查封、扣押、冻结期限届满（届满前办理续行）',
    basis: [cite(S2, S2_VERSION, '第485条'), cite(S6, S6_VERSION, '第27条')],
    period: 'given',
    caseTypes: ['first', 'resumed', 'preservation'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    // 终本: the seizure stays valid and renewable in the pool (终本规定 第10条, UNSURE: legal-rules.md §3).
    keptByDormancy: true,
    remindDaysBefore: [30, 7],
    backfill: false,
    perSubject: true,
  },
  {
    // 被执行人应当在报告财产令载明的期限内报告财产：opened (per 报告财产令, subject = the order's
    // document id) when the order is first served, with the due date the order states; met when
    // the debtor's report on that order is recorded (src/reports).
    id: 'asset-report',
    title: '被执行人报告财产（报告财产令载明的期限）',
    basis: [cite(S5, S5_VERSION, '第4条'), cite(S5, S5_VERSION, '第5条')],
    period: 'given',
    caseTypes: ['first', 'resumed'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [1],
    backfill: false,
    perSubject: true,
  },
  {
    // 申请执行人提供明确、具体的财产线索的，人民法院应当在7日内调查核实；情况紧急的，应当在3日内
    // 调查核实 (subject = the lead; the due date from src/rules/asset-lead.ts). Met by its outcome.
    id: 'lead-verification',
    title: '核查财产线索（7日内，紧急的3日内）',
    basis: [cite(S5, S5_VERSION, '第2条')],
    period: 'given',
    caseTypes: ['first', 'resumed', 'preservation'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [1],
    backfill: false,
    perSubject: true,
  },
  {
    // 网络执行查控 is mandatory (S5 第1条、第13条); started within 5 days of filing in practice
    // (P23, UNSURE as a rule: a setting). Met by src/searches when the first search is started.
    id: 'asset-search',
    title: '网络查控（立案后启动）',
    basis: [cite(S5, S5_VERSION, '第1条、第13条'), { source: P23, version: '2017年', article: '评估指标', certainty: 'UNSURE' }],
    period: assetSearchPeriod,
    caseTypes: ['first', 'resumed'],
    opensOn: ['case.filed'],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [1],
    backfill: false,
    perSubject: false,
  },
  {
    // 人民法院查封、扣押、冻结财产后，对需要拍卖、变卖的财产，应当在30日内启动确定财产处置参考价程序
    // (S9 第1条). Opened by src/assets where a seal or seizure of a non-monetary asset takes effect
    // (subject: the seizure); met by src/disposal when a process starts; waived when the seizure ends.
    id: 'reference-price',
    title: '启动确定参考价（查封后30日内）',
    basis: [cite(S9, S9_VERSION, '第1条')],
    period: { length: 30, unit: 'day' },
    caseTypes: ['first', 'resumed'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [7],
    backfill: false,
    perSubject: true,
  },
  {
    // 评估机构应当在30日内出具评估报告，可申请延长两次、每次不超过15日 (S9 第19条). Subject: the
    // reference-price process and the extension count; an extension waives the row and opens the next.
    id: 'appraisal-report',
    title: '评估机构出具评估报告（30日内，可延长两次）',
    basis: [cite(S9, S9_VERSION, '第19条')],
    period: 'given',
    caseTypes: ['first', 'resumed'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [5],
    backfill: false,
    perSubject: true,
  },
  {
    // 人民法院应当在参考价确定后10日内启动财产变价程序 (S9 第30条). Subject: the reference-price
    // process; met by src/disposal when the first auction round is announced or a sale or 抵债 starts.
    id: 'disposal-start',
    title: '启动处置（参考价确定后10日内）',
    basis: [cite(S9, S9_VERSION, '第30条')],
    period: { length: 10, unit: 'day' },
    caseTypes: ['first', 'resumed'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [3],
    backfill: false,
    perSubject: true,
  },
  {
    // 债权人或者被执行人对分配方案有异议的，应当自收到分配方案之日起15日内书面提出 (S2 第509条).
    // Subject: the creditor's claim in the distribution; opened by src/distribution when the plan is
    // served on that creditor, met by the objection or when the window closes without one.
    id: 'distribution-objection',
    title: '对分配方案提出书面异议（收到之日起15日内）',
    basis: [cite(S2, S2_VERSION, '第509条')],
    period: { length: 15, unit: 'day' },
    caseTypes: ['first', 'resumed'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [3],
    backfill: false,
    perSubject: true,
  },
  {
    // 未提出异议的债权人、被执行人自收到通知之日起15日内未提出反对意见的，按异议人的意见办理
    // (S2 第509条第2款). Subject: the objection; opened by src/distribution with the notice date.
    id: 'distribution-answer',
    title: '对分配方案异议提出反对意见（收到通知之日起15日内）',
    basis: [cite(S2, S2_VERSION, '第509条')],
    period: { length: 15, unit: 'day' },
    caseTypes: ['first', 'resumed'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [3],
    backfill: false,
    perSubject: true,
  },
  {
    // 暂存款 (money on the court's account that names no case) is claimed to a case account within 3
    // days (local rule, UNSURE nationally: a setting). A court's deadline, not a case's (ADR 0160):
    // opened by src/funds when the line is recorded (subject: the 暂存款), met by the claim.
    id: 'unmatched-claim',
    title: '暂存款认领（到账后3日内）',
    basis: [{ source: P12_LOCAL, version: '地方规定', article: '暂存款认领条款', certainty: 'UNSURE' }],
    period: claimPeriod,
    caseTypes: ['first', 'resumed', 'preservation'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [1],
    backfill: false,
    perSubject: true,
  },
  {
    // 执行款到账通知之日起30日内发放 (src/rules/payout-deadline.ts): one per receipt (subject), opened
    // by src/funds with the receipt, met when payouts (first in, first out) have paid it out; a
    // lawful hold (延缓发放, approved) stops its clock and its end lets it run on with the days left.
    id: 'payout',
    title: '执行款发放（到账后30日内）',
    basis: payoutCitations.map(({ source, version, article, certainty }) => ({ source, version, article, certainty })),
    period: payoutPeriod,
    caseTypes: ['first', 'resumed', 'preservation'],
    opensOn: [],
    metBy: [],
    pausedBy: ['funds.hold'],
    onCaseClosed: 'waived',
    remindDaysBefore: [7],
    backfill: false,
    perSubject: true,
  },
  {
    // 删除失信信息 within three working days of its ground (src/rules/listing-deletion.ts): one per
    // published listing that ends (subject: the listing), opened by src/credit when it ends, met when
    // the last recipient acknowledges the deletion notice (ADR 0205).
    id: 'dishonest-deletion',
    title: '删除失信信息并通知各接收方（三个工作日内）',
    basis: deletionCitations.map(({ source, version, article, certainty }) => ({ source, version, article, certainty })),
    period: { length: DELETION_WORKDAYS, unit: 'workday' },
    caseTypes: ['first', 'resumed', 'preservation'],
    opensOn: [],
    metBy: [],
    pausedBy: [],
    onCaseClosed: 'waived',
    remindDaysBefore: [1],
    backfill: false,
    perSubject: true,
  },
  dormantResearchNode, // 终本 re-search, one per cycle (src/deadlines/dormant-node.ts)
  dormantFindReviewNode, // a re-search's find reviewed for resumption, one per cycle (src/deadlines/dormant-find-node.ts)
  // Correction of a listing and its 复议 (src/rules/listing-correction.ts, ADR 0211): one per request
  // (subject: the listing_corrections row), opened and met by src/credit.
  correctionNode('dishonest-correction-review', '审查失信信息纠正申请（十五日内）', { length: REVIEW_DAYS, unit: 'day' }),
  correctionNode('dishonest-correction', '纠正失信信息（理由成立后三个工作日内）', { length: CORRECTION_WORKDAYS, unit: 'workday' }),
  correctionNode('dishonest-reconsideration', '上一级法院对纠正申请复议作出决定（十五日内）', {
    length: RECONSIDERATION_DECISION_DAYS,
    unit: 'day',
  }),
];

const byId = new Map(deadlineNodes.map((n) => [n.id, n]));
if (byId.size !== deadlineNodes.length) throw new Error('two deadline nodes share an id');
for (const n of deadlineNodes) {
  if (n.period !== 'given' && (!Number.isInteger(n.period.length) || n.period.length < 1)) throw new Error(`node ${n.id}: bad length`);
  if (n.remindDaysBefore.some((d) => !Number.isInteger(d) || d < 0)) throw new Error(`node ${n.id}: bad reminder offset`);
}

export const nodeById = (id: string): NodeDefinition | undefined => byId.get(id);

/** The nodes a case fact acts on, for a quick "nothing to do" before any query. */
export const nodesReactingTo = (action: CaseFactAction): readonly NodeDefinition[] =>
  deadlineNodes.filter(
    (n) =>
      n.opensOn.includes(action) ||
      n.metBy.includes(action) ||
      (n.pausedBy as readonly string[]).includes(action) ||
      (action === 'case.continue' && n.pausedBy.length > 0) ||
      action === 'case.closed',
  );
