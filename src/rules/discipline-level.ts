import type { Citation, RuleDoc } from './citation.ts';
import { addMonths, compareDates, type LocalDate } from '../shared/dates.ts';
import type { Fen } from '../shared/money.ts';

// 分级分类惩戒: the level of discipline a debtor is under in one case. The SPC asks for 失信等级动态调整
// and 合理确定范围和力度 (P19, 2025, VERIFIED-2nd) but gives no levels or thresholds, so the levels and
// every threshold below are POLICY (ADR 0210), configurable, not law; the measures they rest on are law.

const P7 = '《最高人民法院关于公布失信被执行人名单信息的若干规定》';
const P8 = '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》';
const P9 = '《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》';
const P19 = '《最高人民法院关于贯彻落实〈中华人民共和国民营经济促进法〉的指导意见》';

export const citations: readonly Citation[] = [
  { source: P7, version: '2017年修正（法释〔2017〕7号）', article: '第1条', certainty: 'VERIFIED' },
  { source: P7, version: '2017年修正（法释〔2017〕7号）', article: '第2条', certainty: 'VERIFIED' },
  { source: P8, version: '2015年修正（法释〔2015〕17号）', article: '第1条', certainty: 'VERIFIED' },
  { source: P9, version: '法发〔2019〕35号', article: '第17条', certainty: 'VERIFIED-2nd' },
  // Read in a secondary source only (legal-rules.md §4); it names no levels, so these are UNSURE policy.
  { source: P19, version: '2025年', article: '失信等级动态调整（条文号待核实）', certainty: 'VERIFIED-2nd' },
];

export const rule: RuleDoc = {
  id: 'discipline-level',
  title: '失信惩戒分级（政策默认值）',
  citations,
  summary:
    '惩戒等级为政策而非法律（最高人民法院2025年指导意见：失信等级动态调整、合理确定范围和力度；未见具体等级），默认五级：' +
    '0 无惩戒；1 提醒（宽限期内）；2 限制消费；3 纳入失信名单；4 失信（延长期限或多次失信）。' +
    '本案现行措施定下限：宽限期内的纳入决定为1级，限制消费令为2级，已公布的失信名单为3级，延长期限的（第2条）为4级。' +
    '同一身份证件号码或统一社会信用代码在其他案件中近三年内被公布失信的，提高一级（至多4级；本案无措施的不提高）。' +
    '已履行应履行金额一半以上，或以第4项纳入后已报告财产的，降低一级，但不低于现行措施的下限；已在下限的，提示可依第2条第2款提前删除或依限制消费规定解除。' +
    '比例、年数、案件数均为可配置的政策参数。',
};

export const levelCodes = ['none', 'reminder', 'restricted', 'listed', 'listed-aggravated'] as const;
export type LevelCode = (typeof levelCodes)[number];

export const reasonCodes = [
  'no-measure',
  'grace',
  'restricted',
  'listed',
  'listing-extended',
  'repeat',
  'repeat-without-measure',
  'paid-share',
  'report-filed',
  'at-floor',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];
export type LevelReason = { readonly code: ReasonCode; readonly text: string; readonly article: string | null };

/** The policy: labels and thresholds, each a configurable default (ADR 0210), none of them law. */
export type DisciplinePolicy = {
  readonly labels: Readonly<Record<LevelCode, string>>;
  readonly repeatCases: number; // other cases with a published listing that raise one level
  readonly repeatYears: number; // how far back an ended listing elsewhere still counts
  readonly paidSharePercent: number; // share of what was owed, paid, that lowers one level
  readonly reportLowers: boolean; // a property report after a ground-4 listing lowers one level
};

export const DEFAULT_DISCIPLINE_POLICY: DisciplinePolicy = {
  labels: {
    none: '无惩戒',
    reminder: '提醒（宽限期内）',
    restricted: '限制消费',
    listed: '纳入失信名单',
    'listed-aggravated': '失信（延长期限或多次失信）',
  },
  repeatCases: 1,
  repeatYears: 3,
  paidSharePercent: 50,
  reportLowers: true,
};

export type LevelListing = {
  readonly ground: number; // 第1条 item 1..6
  readonly status: 'decided' | 'published';
  readonly decidedOn: LocalDate;
  readonly publishOn: LocalDate;
  readonly termYears: number | null; // null for ground 1 (no fixed term)
};

export type OtherListing = { readonly caseNumber: string; readonly publishedOn: LocalDate; readonly endedOn: LocalDate | null };

export type DisciplineFacts = {
  readonly asOf: LocalDate;
  readonly listings: readonly LevelListing[]; // live listings of the debtor in this case
  readonly restrictionsInForce: number; // ordered 限制消费令 of the debtor in this case
  readonly otherListings: readonly OtherListing[]; // published listings of the same identity in other cases
  readonly owed: Fen; // the claim of the case
  readonly paid: Fen; // received on the case's account
  readonly reportsOn: readonly LocalDate[]; // days the debtor's property reports were filed
};

export type DisciplineLevel = { readonly rank: number; readonly level: LevelCode; readonly reasons: readonly LevelReason[] };

const BASE_TERM_YEARS = 2; // 失信名单规定 第2条第1款
const yuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;

export function disciplineLevel(facts: DisciplineFacts, policy: DisciplinePolicy = DEFAULT_DISCIPLINE_POLICY): DisciplineLevel {
  const reasons: LevelReason[] = [];
  const floor = floorOf(facts, reasons);

  let rank = floor;
  const since = addMonths(facts.asOf, -12 * policy.repeatYears);
  const counted = facts.otherListings.filter((o) => o.endedOn === null || compareDates(o.endedOn, since) >= 0);
  const cases = [...new Set(counted.map((o) => o.caseNumber))];
  if (policy.repeatCases > 0 && cases.length >= policy.repeatCases) {
    const list = cases.slice(0, 3).join('、') + (cases.length > 3 ? `等${cases.length}案` : '');
    if (floor > 0) {
      rank = Math.min(floor + 1, levelCodes.length - 1);
      reasons.push({
        code: 'repeat',
        text: `近${policy.repeatYears}年内在其他案件中被纳入失信名单：${list}；多次失信，提高一级（政策）`,
        article: '失信名单规定 第2条',
      });
    } else
      reasons.push({
        code: 'repeat-without-measure',
        text: `在其他案件中被纳入失信名单：${list}；本案未采取措施，不据此提高等级`,
        article: null,
      });
  }

  const cooperation: LevelReason[] = [];
  if (facts.owed > 0n && facts.paid * 100n >= facts.owed * BigInt(policy.paidSharePercent)) {
    const share = (facts.paid * 100n) / facts.owed;
    cooperation.push({
      code: 'paid-share',
      text: `已履行 ${yuan(facts.paid)} 元，占应履行金额 ${yuan(facts.owed)} 元的 ${share > 100n ? 100n : share}%（达到 ${policy.paidSharePercent}%）`,
      article: null,
    });
  }
  const ground4 = facts.listings.filter((l) => l.ground === 4);
  const reported = facts.reportsOn.find((d) => ground4.some((l) => compareDates(d, l.decidedOn) >= 0));
  if (policy.reportLowers && reported)
    cooperation.push({
      code: 'report-filed',
      text: `以违反财产报告制度纳入后，已于 ${reported} 报告财产`,
      article: '失信名单规定 第1条第4项',
    });

  if (cooperation.length && floor > 0) {
    if (rank > floor) {
      rank -= 1;
      reasons.push(...cooperation.map((r) => ({ ...r, text: `${r.text}，降低一级（政策）` })));
    } else {
      reasons.push(...cooperation);
      reasons.push({
        code: 'at-floor',
        text: `积极履行，但等级不低于本案现行措施（${policy.labels[levelCodes[floor]!]}）；可依法提前删除失信信息或解除限制消费`,
        article: floor >= 3 ? '失信名单规定 第2条第2款' : '限制消费规定 第9条',
      });
    }
  }
  return { rank, level: levelCodes[rank]!, reasons };
}

/** The level the case's measures in force impose, with a reason for each measure. */
function floorOf(facts: DisciplineFacts, reasons: LevelReason[]): number {
  let floor = 0;
  for (const l of facts.listings) {
    if (l.status === 'decided') {
      reasons.push({
        code: 'grace',
        text: `已决定以第${l.ground}项纳入失信名单，宽限期至 ${l.publishOn} 届满后公布`,
        article: '善意文明执行意见 第17条',
      });
      floor = Math.max(floor, 1);
    } else if (l.termYears !== null && l.termYears > BASE_TERM_YEARS) {
      reasons.push({ code: 'listing-extended', text: `已公布失信名单，期限延长至 ${l.termYears} 年`, article: '失信名单规定 第2条' });
      floor = Math.max(floor, 4);
    } else {
      reasons.push({ code: 'listed', text: `已以第${l.ground}项公布失信名单`, article: `失信名单规定 第1条第${l.ground}项` });
      floor = Math.max(floor, 3);
    }
  }
  if (facts.restrictionsInForce > 0) {
    reasons.push({ code: 'restricted', text: '限制消费令在执行中', article: '限制消费规定 第1条' });
    floor = Math.max(floor, 2);
  }
  if (floor === 0) reasons.push({ code: 'no-measure', text: '本案未对其采取失信或限制消费措施', article: null });
  return floor;
}

/** Checks a policy read from settings; a message for the operator, or undefined when sound. */
export function policyProblem(p: DisciplinePolicy): string | undefined {
  if (!Number.isInteger(p.paidSharePercent) || p.paidSharePercent < 1 || p.paidSharePercent > 100) return '履行比例须为 1–100';
  if (!Number.isInteger(p.repeatYears) || p.repeatYears < 1 || p.repeatYears > 10) return '多次失信的回溯年数须为 1–10';
  if (!Number.isInteger(p.repeatCases) || p.repeatCases < 0 || p.repeatCases > 20) return '多次失信的案件数须为 0–20（0 不提高）';
  return undefined;
}
