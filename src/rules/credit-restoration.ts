// Credit restoration (信用修复): the early deletion of a listing with a term when the debtor actively
// performs or corrects its behaviour (失信名单规定(2017) 第2条第2款), under the repair policy of the
// 2019 善意文明执行意见 and the 2025 guidance on the 民营经济促进法. No SPC text gives the concrete
// conditions: the grounds and the written commitment's minimum length are the court's settings.
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';

const P7 = '《最高人民法院关于公布失信被执行人名单信息的若干规定》';
const P9 = '《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》';
const P19 = '《最高人民法院关于贯彻落实〈中华人民共和国民营经济促进法〉的指导意见》';

export const citations: readonly Citation[] = [
  { source: P7, version: '2017年修正（法释〔2017〕7号）', article: '第2条第2款', certainty: 'VERIFIED' },
  // Credit incentives and repair are to be explored; no article fixes conditions (legal-rules.md §4).
  { source: P9, version: '法发〔2019〕35号', article: '信用修复（条号未核实）', certainty: 'VERIFIED-2nd' },
  // 失信等级动态调整 and mutual recognition of repair results; no thresholds given (legal-rules.md §4).
  { source: P19, version: '2025年', article: '信用修复（条号未核实）', certainty: 'VERIFIED-2nd' },
  // The grounds and the written 信用承诺 follow local practice (e.g. 绵竹法院), not a national text.
  {
    source: '《绵竹市人民法院失信被执行人信用修复办法》（地方法院规定，名称据 http://www.mztoday.gov.cn/show/88633.html）',
    version: '各院规定',
    article: '适用情形与书面信用承诺（条文号未核实）',
    certainty: 'UNSURE',
  },
];

export const rule: RuleDoc = {
  id: 'credit-restoration',
  title: '信用修复（提前删除失信信息）',
  citations,
  summary:
    '被执行人积极履行义务或主动纠正失信行为的，人民法院可以决定提前删除失信信息（失信名单规定 第2条第2款）。' +
    '适用于已公布或已决定（宽限期内）的名单，已删除或期限届满的不再修复。申请须写明修复情形和事实，并提交书面信用承诺。' +
    '默认情形（政策，可配置）：已履行部分并提出履行计划；与申请执行人达成和解；主动纠正失信行为（如如实申报财产）；提供有效担保。' +
    '信用承诺默认不少于 20 字（可配置）。具体条件无全国性规定，各院按本院办法调整。',
};

/** The default grounds (policy, ZHIXING_RESTORATION_GROUNDS): what the court accepts as active performance or correction. */
export const restorationGrounds = [
  'performed-in-part-with-plan',
  'settlement-reached',
  'behaviour-corrected',
  'security-provided',
] as const;
export type RestorationGround = (typeof restorationGrounds)[number];

export const restorationGroundNames: Readonly<Record<RestorationGround, string>> = {
  'performed-in-part-with-plan': '积极履行：已履行部分义务并提出履行计划',
  'settlement-reached': '与申请执行人达成执行和解协议',
  'behaviour-corrected': '主动纠正失信行为（如如实申报财产）',
  'security-provided': '提供有效担保',
};

/** The written 信用承诺's minimum length in characters by default (policy, ZHIXING_RESTORATION_COMMITMENT_MIN). */
export const DEFAULT_COMMITMENT_MIN_LENGTH = 20;
export const MAX_TEXT_LENGTH = 2000;

/** The listing states a restoration applies to: in force (published) or decided and in its grace. */
export const restorableStatuses = ['decided', 'published'] as const;

export type RestorationInput = {
  readonly ground: string;
  readonly commitment: string;
  readonly evidence: string;
};

export type RestorationPolicy = { readonly grounds: readonly RestorationGround[]; readonly commitmentMinLength: number };

export const defaultRestorationPolicy: RestorationPolicy = {
  grounds: restorationGrounds,
  commitmentMinLength: DEFAULT_COMMITMENT_MIN_LENGTH,
};

/** Whether a listing in this state may be restored (第2条第2款: a listing still in force or in its grace). */
export const isRestorable = (status: string): boolean => (restorableStatuses as readonly string[]).includes(status);

/** Whether a request may be filed: a ground the court accepts, the facts and the written commitment. */
export function checkRestoration(
  input: RestorationInput,
  policy: RestorationPolicy = defaultRestorationPolicy,
): RuleResult<{ ground: RestorationGround; commitment: string; evidence: string }> {
  const ground = policy.grounds.find((g) => g === input.ground);
  if (!ground)
    return fail('unknown-restoration-ground', `修复情形须为：${policy.grounds.map((g) => restorationGroundNames[g]).join('；')}`);
  const evidence = input.evidence.trim();
  if (!evidence) return fail('restoration-evidence-required', '须写明履行或纠正的事实和证据');
  const commitment = input.commitment.trim();
  if ([...commitment].length < policy.commitmentMinLength)
    return fail('commitment-too-short', `信用承诺须不少于 ${policy.commitmentMinLength} 字，收到 ${[...commitment].length} 字`);
  return ok({ ground, commitment: commitment.slice(0, MAX_TEXT_LENGTH), evidence: evidence.slice(0, MAX_TEXT_LENGTH) });
}

/** Parses the setting's comma-separated list; refuses an unknown or empty one. */
export function parseRestorationGrounds(text: string): RuleResult<RestorationGround[]> {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(restorationGrounds as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length) return fail('invalid-input', `未知的修复情形：${unknown.join(',') || '（空）'}`);
  return ok([...new Set(names)] as RestorationGround[]);
}
