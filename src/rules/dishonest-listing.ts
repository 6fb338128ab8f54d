import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import type { Fen } from '../shared/money.ts';
import { addMonths, compareDates, type LocalDate } from '../shared/dates.ts';

const P7 = '《最高人民法院关于公布失信被执行人名单信息的若干规定》';
const P7_VERSION = '2017年修正（法释〔2017〕7号）';
const CIVIL_CODE = '《中华人民共和国民法典》';
const P9 = '《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》';

export const citations: readonly Citation[] = [
  { source: P7, version: P7_VERSION, article: '第1条', certainty: 'VERIFIED' },
  { source: P7, version: P7_VERSION, article: '第2条', certainty: 'VERIFIED' },
  { source: P7, version: P7_VERSION, article: '第3条', certainty: 'VERIFIED' },
  { source: P7, version: P7_VERSION, article: '第4条', certainty: 'VERIFIED' },
  { source: CIVIL_CODE, version: '2020年', article: '第17条', certainty: 'VERIFIED' },
  { source: CIVIL_CODE, version: '2020年', article: '第201条', certainty: 'VERIFIED' },
  { source: CIVIL_CODE, version: '2020年', article: '第202条', certainty: 'VERIFIED' },
  // 宽限期: the article number from memory (legal-rules.md §4).
  { source: P9, version: '法发〔2019〕35号', article: '第17条', certainty: 'VERIFIED-2nd' },
];

export const rule: RuleDoc = {
  id: 'dishonest-listing',
  title: '纳入失信被执行人名单审查与期限',
  citations,
  summary:
    '第1条第1项（有能力而拒不履行）无固定期限，但已提供充分有效担保或已查封财产足以清偿的不得纳入；' +
    '第2–6项纳入期限为二年，可延长一至三年，期限至届满年份的对应日（无对应日为月末日）。' +
    '未成年人不得纳入：纳入之日未满十八周岁的不得纳入，十八周岁生日当天已成年；自然人出生日期不明的暂不纳入。' +
    '可给予一至三个月宽限期（善意文明执行意见 第17条），期满仍未履行的予以公布；期限自公布之日起算。',
};

/** 失信名单规定(2017) 第1条 第1–6项. */
export const groundNames: Record<number, string> = {
  1: '有履行能力而拒不履行生效法律文书确定义务',
  2: '以伪造证据、暴力、威胁等方法妨碍、抗拒执行',
  3: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行',
  4: '违反财产报告制度',
  5: '违反限制消费令',
  6: '无正当理由拒不履行执行和解协议',
};

export type DishonestListingInput = {
  readonly ground: number; // 第1条 item 1..6
  readonly debtor: { readonly kind: 'person' | 'organization'; readonly birthDate?: LocalDate };
  readonly debt: Fen; // money still unperformed; zero for a non-money obligation
  readonly secured?: Fen; // value of security provided (第3条第1项)
  readonly seizedValue?: Fen; // value of property already seized, detained or frozen (第3条第2项)
  readonly listedOn: LocalDate;
  readonly extensionYears?: number; // 0..3, grounds 2–6 only (第2条)
  readonly asOf?: LocalDate;
};

export type ListingBar = 'debtor-is-minor' | 'age-unknown' | 'fully-secured' | 'seized-property-covers-debt';

export const BAR_LABELS: Readonly<Record<ListingBar, { readonly label: string; readonly article: string }>> = {
  'debtor-is-minor': { label: '被执行人为未成年人，不得纳入', article: '第4条' },
  'age-unknown': { label: '被执行人出生日期不明，须先核实是否成年', article: '第4条' },
  'fully-secured': { label: '已提供充分有效担保', article: '第3条第1项' },
  'seized-property-covers-debt': { label: '已查封、扣押、冻结的财产足以清偿债务', article: '第3条第2项' },
};

export type DishonestListing = {
  readonly allowed: boolean;
  readonly reasons: readonly ListingBar[]; // why listing is barred; empty when allowed
  readonly termYears: number | null; // null: no fixed term (ground 1) or not allowed
  readonly endsOn: LocalDate | null; // last day of the listing
  readonly inForce: boolean | null; // on asOf; null when asOf is not given
};

export const BASE_TERM_YEARS = 2;
export const MAX_EXTENSION_YEARS = 3;
const ADULT_AGE_YEARS = 18;

/** The 18th birthday; 29 February rolls back to 28 February as in 民法典 第202条. */
export const adultOn = (birthDate: LocalDate): LocalDate => addMonths(birthDate, ADULT_AGE_YEARS * 12);

export function checkDishonestListing(input: DishonestListingInput): RuleResult<DishonestListing> {
  const invalid = validate(input);
  if (invalid) return invalid;
  const extensionYears = input.extensionYears ?? 0;
  const reasons: ListingBar[] = [];

  // 第4条: never a minor. Without a birth date the bar cannot be ruled out, so listing waits.
  if (input.debtor.kind === 'person') {
    const { birthDate } = input.debtor;
    if (!birthDate) reasons.push('age-unknown');
    else if (compareDates(input.listedOn, adultOn(birthDate)) < 0) reasons.push('debtor-is-minor');
  }
  // 第3条 bars only ground 1 (ability to perform but refuses).
  if (input.ground === 1 && input.debt > 0n) {
    if (input.secured !== undefined && input.secured >= input.debt) reasons.push('fully-secured');
    if (input.seizedValue !== undefined && input.seizedValue >= input.debt) reasons.push('seized-property-covers-debt');
  }

  const allowed = reasons.length === 0;
  // 第2条: grounds 2–6 last 2 years (+1..3); counted from the next day to the matching date.
  const termYears = allowed && input.ground !== 1 ? BASE_TERM_YEARS + extensionYears : null;
  const endsOn = termYears === null ? null : addMonths(input.listedOn, termYears * 12);
  const inForce = input.asOf === undefined ? null : allowed && (endsOn === null || compareDates(input.asOf, endsOn) <= 0);
  return ok({ allowed, reasons, termYears, endsOn, inForce });
}

function validate(input: DishonestListingInput) {
  if (!Number.isInteger(input.ground) || input.ground < 1 || input.ground > 6) {
    return fail('unknown-ground', `纳入情形须为第1条第1至6项，收到 ${input.ground}`);
  }
  const { kind, birthDate } = input.debtor;
  if (kind !== 'person' && kind !== 'organization')
    return fail('invalid-input', '被执行人类型须为 person（自然人）或 organization（单位）');
  if (kind === 'organization' && birthDate) return fail('invalid-input', '单位没有出生日期');
  if (birthDate && compareDates(birthDate, input.listedOn) > 0) {
    return fail('date-order-invalid', `出生日期 ${birthDate} 晚于纳入日期 ${input.listedOn}`);
  }
  for (const [name, amount] of [
    ['debt', input.debt],
    ['secured', input.secured],
    ['seizedValue', input.seizedValue],
  ] as const) {
    if (amount !== undefined && amount < 0n) return fail('invalid-amount', `${name} 不能为负数`);
  }
  const ext = input.extensionYears ?? 0;
  if (!Number.isInteger(ext) || ext < 0 || ext > MAX_EXTENSION_YEARS) {
    return fail('extension-out-of-range', `延长年数须为 0 至 ${MAX_EXTENSION_YEARS} 年（第2条），收到 ${ext}`);
  }
  if (input.ground === 1 && ext > 0) return fail('extension-out-of-range', '第1项情形没有固定期限，不能延长');
  if (input.asOf && compareDates(input.asOf, input.listedOn) < 0) {
    return fail('date-order-invalid', `参照日 ${input.asOf} 早于纳入日期 ${input.listedOn}`);
  }
  return undefined;
}

// 宽限期 (P9, 《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》（法发〔2019〕35号）第17条,
// VERIFIED-2nd): the court may give one to three months before the listing is published. Whether and
// how long is the court's choice; the default (one month) is policy (ADR 0190), not yet a server setting.
export const MAX_GRACE_MONTHS = 3;
export const DEFAULT_GRACE_MONTHS = 1;

/** The codes a refusal answers with, by bar (stable API codes of src/credit). */
export const BAR_CODES = {
  'debtor-is-minor': 'minor',
  'age-unknown': 'age-unknown',
  'fully-secured': 'fully-secured',
  'seized-property-covers-debt': 'sufficient-seized-property',
} as const satisfies Record<ListingBar, string>;

export type ListingSchedule = { readonly publishOn: LocalDate; readonly termYears: number | null; readonly endsOn: LocalDate | null };

/**
 * When a decided listing is published and how long it lasts: a grace of 0 (none) to 3 months
 * (P9 第17条) from the decision; the bars (第3–4条) are judged on the decision day; the term
 * (第2条) runs from publication, when the debtor enters the list. Refuses a grace outside 0..3 months and whatever checkDishonestListing refuses.
 */
export function scheduleListing(
  input: Omit<DishonestListingInput, 'listedOn' | 'asOf'> & { readonly decidedOn: LocalDate; readonly graceMonths: number },
): RuleResult<ListingSchedule & DishonestListing> {
  const { graceMonths } = input;
  if (!Number.isInteger(graceMonths) || graceMonths < 0 || graceMonths > MAX_GRACE_MONTHS) {
    return fail('grace-out-of-range', `宽限期须为 0 至 ${MAX_GRACE_MONTHS} 个月，收到 ${graceMonths}`);
  }
  const publishOn = graceMonths === 0 ? input.decidedOn : addMonths(input.decidedOn, graceMonths);
  // The bars are judged on the decision day (a debtor who was a minor then is never listed by it).
  const checked = checkDishonestListing({ ...input, listedOn: input.decidedOn });
  if (!checked.ok) return checked;
  const { termYears } = checked.value;
  const endsOn = termYears === null ? null : addMonths(publishOn, termYears * 12);
  return ok({ ...checked.value, publishOn, endsOn });
}
