// The reference price (参考价) of property to be auctioned or sold: the four methods in their legal
// order, the average of an online inquiry, the appraisal's clock with its extensions, and how
// long a result holds. Pure: the disposal use cases ask, the deadlines mechanism counts the days.
import { addDays, addMonths, compareDates, type LocalDate } from '../shared/dates.ts';
import { divRoundHalfUp, type Fen } from '../shared/money.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { nominalPeriodEnd } from './period.ts';

const S9 = '《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》';
const S9_VERSION = '2018年（2018-09-01施行）';

export const citations: readonly Citation[] = [
  { source: S9, version: S9_VERSION, article: '第1条', certainty: 'VERIFIED' },
  { source: S9, version: S9_VERSION, article: '第2条、第4–7条、第14条', certainty: 'VERIFIED' },
  { source: S9, version: S9_VERSION, article: '第10–13条', certainty: 'VERIFIED' },
  { source: S9, version: S9_VERSION, article: '第16条、第19条', certainty: 'VERIFIED' },
  { source: S9, version: S9_VERSION, article: '第27条', certainty: 'VERIFIED' },
  { source: S9, version: S9_VERSION, article: '第30条', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'reference-price',
  title: '财产处置参考价（确定方式的顺序、网络询价均值、评估期限、有效期）',
  citations,
  summary:
    '查封后30日内启动确定参考价；方式依次为当事人议价、定向询价、网络询价、委托评估（法律规定须评估或双方申请评估的，可径行委托评估；一方申请的可径行定向询价）。' +
    '网络询价的参考价为各平台有效结果的平均值，异议成立的结果不计入；委托评估应在30日内出具报告，可延期两次、每次不超过15日。' +
    '参考价有效期最长1年；有效期内发布一拍公告（或直接变卖）且成交不超过期满后6个月的，无须重新确定。确定参考价后10日内启动处置。',
};

export const referenceMethods = ['negotiation', 'directed-inquiry', 'online-inquiry', 'appraisal'] as const;
export type ReferenceMethod = (typeof referenceMethods)[number];
export const referenceMethodNames: Record<ReferenceMethod, string> = {
  negotiation: '当事人议价',
  'directed-inquiry': '定向询价',
  'online-inquiry': '网络询价',
  appraisal: '委托评估',
};

/** Days: start within 30 days of the seizure (第1条); dispose within 10 days of the price (第30条). */
export const START_WITHIN_DAYS = 30;
export const DISPOSE_WITHIN_DAYS = 10;
/** 第19条: the appraisal's report within 30 days, extended at most twice by at most 15 days. */
export const APPRAISAL_DAYS = 30;
export const APPRAISAL_EXTENSION_DAYS = 15;
export const MAX_APPRAISAL_EXTENSIONS = 2;

export type MethodContext = {
  /** The methods tried before, with whether each gave a price. */
  readonly tried: readonly { method: ReferenceMethod; priced: boolean }[];
  /** The law requires an appraisal, or both parties asked for one (第14条). */
  readonly appraisalRequired?: boolean;
  /** A party asked to go straight to a directed inquiry (第5条). */
  readonly directedRequested?: boolean;
};

/**
 * Whether `method` may be used now: each method only after the earlier ones were tried without a
 * price, except an appraisal the law requires or both parties ask for, and a directed inquiry a
 * party asks for. No method after one that gave a price.
 */
export function mayUseMethod(method: ReferenceMethod, c: MethodContext): RuleResult<true> {
  if (!referenceMethods.includes(method)) return fail('invalid-input', `未知的参考价确定方式：${String(method)}`);
  const priced = c.tried.find((t) => t.priced);
  if (priced) return fail('invalid-input', `已经以${referenceMethodNames[priced.method]}确定了参考价`);
  if (method === 'appraisal' && c.appraisalRequired) return ok(true);
  if (method === 'directed-inquiry' && c.directedRequested) return ok(true);
  const before = referenceMethods.slice(0, referenceMethods.indexOf(method));
  const missing = before.filter((m) => !c.tried.some((t) => t.method === m));
  if (missing.length)
    return fail(
      'invalid-input',
      `应先${missing.map((m) => referenceMethodNames[m]).join('、')}，未能确定参考价的，方可${referenceMethodNames[method]}`,
    );
  return ok(true);
}

export type PlatformResult = { readonly platform: string; readonly price: Fen; readonly challengeUpheld?: boolean };

/** 第13条: the average of the platforms' results, leaving out those whose challenge was upheld (half a fen up). */
export function onlineInquiryPrice(results: readonly PlatformResult[]): RuleResult<Fen> {
  if (results.some((r) => r.price <= 0n)) return fail('invalid-amount', '询价结果须大于零');
  const valid = results.filter((r) => !r.challengeUpheld);
  if (!valid.length) return fail('invalid-input', '没有有效的网络询价结果，应委托评估');
  const sum = valid.reduce((s, r) => s + r.price, 0n);
  return ok(divRoundHalfUp(sum, BigInt(valid.length)) as Fen);
}

/** 第19条: the day the appraisal report is due after `extensions` extensions of `days` each (≤ 15). */
export function appraisalDueOn(commissionedOn: LocalDate, extensions: readonly number[] = []): RuleResult<LocalDate> {
  if (extensions.length > MAX_APPRAISAL_EXTENSIONS) return fail('extension-out-of-range', `评估期限最多延长${MAX_APPRAISAL_EXTENSIONS}次`);
  if (extensions.some((d) => !Number.isSafeInteger(d) || d < 1 || d > APPRAISAL_EXTENSION_DAYS))
    return fail('extension-out-of-range', `每次延长不超过${APPRAISAL_EXTENSION_DAYS}日`);
  return ok(addDays(commissionedOn, APPRAISAL_DAYS + extensions.reduce((s, d) => s + d, 0)));
}

/** 第27条: the last day a result holds (one year), and whether a sale may still rest on it. */
export function referenceValidity(
  fixedOn: LocalDate,
  use: { firstNoticeOn?: LocalDate; soldOn?: LocalDate } = {},
): RuleResult<{ validUntil: LocalDate; stillUsable: boolean | null }> {
  const validUntil = nominalPeriodEnd(fixedOn, 1, 'year');
  const { firstNoticeOn, soldOn } = use;
  if (firstNoticeOn && compareDates(firstNoticeOn, fixedOn) < 0) return fail('date-order-invalid', '拍卖公告日不能早于参考价确定日');
  if (soldOn && firstNoticeOn && compareDates(soldOn, firstNoticeOn) < 0) return fail('date-order-invalid', '成交日不能早于拍卖公告日');
  if (!firstNoticeOn) return ok({ validUntil, stillUsable: null });
  const noticedInTime = compareDates(firstNoticeOn, validUntil) <= 0;
  const soldInTime = !soldOn || compareDates(soldOn, addMonths(validUntil, 6)) <= 0;
  return ok({ validUntil, stillUsable: noticedInTime && soldInTime });
}
