// Consumption restriction (限制消费): the nine restricted items, who is restricted, when the order is
// lifted, and the request to spend on a restricted item. 限制消费规定(2015修正) 第1、3、8、9条.
import { compareDates, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';

const P8 = '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》';
const P8_VERSION = '2015年修正（法释〔2015〕17号）';
const S18 = '《最高人民法院关于限制被执行人高消费的若干规定》';

export const citations: readonly Citation[] = [
  { source: P8, version: P8_VERSION, article: '第3条第1款', certainty: 'VERIFIED' },
  // The unit's four kinds of persons and the private spending with personal money (legal-rules.md §4: a translation).
  { source: P8, version: P8_VERSION, article: '第3条第2款', certainty: 'VERIFIED-2nd' },
  // A listed 失信 debtor must also be restricted: from memory in legal-rules.md §4, so a setting.
  { source: P8, version: P8_VERSION, article: '第1条第2款', certainty: 'UNSURE' },
  // Spending needed for living or business, with the court's approval (commentary quoting the text).
  { source: P8, version: P8_VERSION, article: '第8条', certainty: 'VERIFIED-2nd' },
  { source: S18, version: '2010年（法释〔2010〕8号）', article: '第9条', certainty: 'VERIFIED' },
  // The 2015 wording of lifting is assumed unchanged (legal-rules.md §4).
  { source: P8, version: P8_VERSION, article: '第9条', certainty: 'UNSURE' },
  { source: S18, version: '2010年（法释〔2010〕8号）', article: '第5条', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'consumption-restriction',
  title: '限制消费令',
  citations,
  summary:
    '被限制消费的被执行人不得有第3条第1款所列九项高消费及非生活和工作必需的消费行为。被执行人为单位的，被执行人及其法定代表人、' +
    '主要负责人、影响债务履行的直接责任人员、实际控制人不得实施上述行为（第3条第2款），限制消费令至少须列明法定代表人；' +
    '上述人员因私消费以个人财产实施的，可以向执行法院申请，审查属实的应予准许；被执行人因生活或者经营必需而进行禁止的消费活动的，' +
    '应当申请并经批准（第8条）。限制消费令由院长签发（第5条）。被执行人提供确实有效的担保或者经申请执行人同意的，可以解除；' +
    '履行完毕生效法律文书确定的义务的，应当及时解除（第9条）。纳入失信被执行人名单的，同时采取限制消费措施（第1条第2款，条文未核实，可配置，默认采取）。' +
    '本规定未规定未成年人不得限制消费，故不作此项审查。',
};

/** 第3条第1款 第1–9项. */
export const restrictedItems = [
  'air-sleeper-cabin',
  'starred-hotel',
  'real-estate',
  'luxury-office',
  'non-business-vehicle',
  'travel',
  'private-school',
  'high-premium-insurance',
  'high-speed-rail',
] as const;
export type RestrictedItem = (typeof restrictedItems)[number];

export const restrictedItemNames: Readonly<Record<RestrictedItem, { readonly label: string; readonly article: string }>> = {
  'air-sleeper-cabin': { label: '乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位', article: '第3条第1款第1项' },
  'starred-hotel': { label: '在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费', article: '第3条第1款第2项' },
  'real-estate': { label: '购买不动产或者新建、扩建、高档装修房屋', article: '第3条第1款第3项' },
  'luxury-office': { label: '租赁高档写字楼、宾馆、公寓等场所办公', article: '第3条第1款第4项' },
  'non-business-vehicle': { label: '购买非经营必需车辆', article: '第3条第1款第5项' },
  travel: { label: '旅游、度假', article: '第3条第1款第6项' },
  'private-school': { label: '子女就读高收费私立学校', article: '第3条第1款第7项' },
  'high-premium-insurance': { label: '支付高额保费购买保险理财产品', article: '第3条第1款第8项' },
  'high-speed-rail': {
    label: '乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为',
    article: '第3条第1款第9项',
  },
};

/** Who an order restricts (第3条): the debtor itself, and for a unit its four kinds of persons. */
export const personRoles = ['debtor', 'legal-representative', 'principal', 'responsible-person', 'actual-controller'] as const;
export type PersonRole = (typeof personRoles)[number];
export const personRoleNames: Readonly<Record<PersonRole, string>> = {
  debtor: '被执行人本人',
  'legal-representative': '法定代表人',
  principal: '主要负责人',
  'responsible-person': '影响债务履行的直接责任人员',
  'actual-controller': '实际控制人',
};

export type RestrictedPerson = { readonly role: PersonRole; readonly name: string };

/**
 * The persons an order names. A natural-person debtor is restricted himself and no one else; a unit
 * is restricted together with its persons, of whom the legal representative must be named.
 */
export function restrictedPersons(
  debtor: { readonly kind: 'person' | 'organization'; readonly name: string },
  named: readonly RestrictedPerson[],
): RuleResult<readonly RestrictedPerson[]> {
  for (const p of named) {
    if (!(personRoles as readonly string[]).includes(p.role)) return fail('invalid-input', `被限制人员的身份不正确：${p.role}`);
    if (!p.name.trim()) return fail('invalid-input', '被限制人员须写明姓名');
  }
  if (debtor.kind === 'person') {
    if (named.some((p) => p.role !== 'debtor')) return fail('persons-of-a-person', '被执行人为自然人的，只限制其本人');
    return ok([{ role: 'debtor', name: debtor.name }]);
  }
  if (named.some((p) => p.role === 'debtor')) return fail('invalid-input', '被执行人为单位的，单位本身即被限制，被限制人员不列“本人”');
  if (!named.some((p) => p.role === 'legal-representative'))
    return fail('legal-representative-required', '被执行人为单位的，须列明其法定代表人');
  return ok(named.map((p) => ({ role: p.role, name: p.name.trim() })));
}

/** 第9条: the grounds on which an order is lifted, and whether the court must or may. */
export const liftGrounds = ['performed', 'security', 'consent'] as const;
export type LiftGround = (typeof liftGrounds)[number];
export const liftGroundNames: Readonly<Record<LiftGround, { readonly label: string; readonly article: string; readonly must: boolean }>> = {
  performed: { label: '被执行人履行完毕生效法律文书确定的义务', article: '第9条第2款', must: true },
  security: { label: '被执行人提供确实有效的担保', article: '第9条第1款', must: false },
  consent: { label: '经申请执行人同意', article: '第9条第1款', must: false },
};

export type LiftInput = {
  readonly ground: LiftGround;
  readonly orderedOn: LocalDate;
  readonly liftedOn: LocalDate;
  readonly unpaid: bigint; // money of the title still unperformed, in fen
  readonly reason: string;
};

/**
 * Whether an order may be lifted on `ground`: full performance is established only when nothing is
 * left unpaid (then the court must lift); security and consent need the facts written (可以解除).
 */
export function checkLifting(input: LiftInput): RuleResult<{ readonly established: boolean; readonly must: boolean }> {
  if (!(liftGrounds as readonly string[]).includes(input.ground)) return fail('unknown-lift-ground', `解除情形不正确：${input.ground}`);
  if (compareDates(input.liftedOn, input.orderedOn) < 0)
    return fail('lifted-before-ordered', `解除日期 ${input.liftedOn} 早于限制消费日期 ${input.orderedOn}`);
  if (input.ground !== 'performed' && !input.reason.trim()) return fail('lift-reason-required', '须写明担保或同意的事实');
  const established = input.ground !== 'performed' || input.unpaid <= 0n;
  return ok({ established, must: established && liftGroundNames[input.ground].must });
}

/** Why a restricted person asks to spend on a restricted item: 第3条第2款 or 第8条. */
export const spendingBases = ['personal-money', 'necessity'] as const;
export type SpendingBasis = (typeof spendingBases)[number];
export const spendingBasisNames: Readonly<Record<SpendingBasis, { readonly label: string; readonly article: string }>> = {
  'personal-money': { label: '单位的被限制人员因私消费，以个人财产支付', article: '第3条第2款' },
  necessity: { label: '因生活或者经营必需', article: '第8条' },
};

/**
 * The basis a request to spend rests on: a unit's person spending privately with personal money
 * (第3条第2款, granted if true), else a need of living or business (第8条, approved by the court).
 */
export const spendingBasisOf = (role: PersonRole): SpendingBasis => (role === 'debtor' ? 'necessity' : 'personal-money');

/** A restriction ordered on a 失信 listing (第1条第2款): whether the court's setting makes it automatic. */
export const DEFAULT_RESTRICT_ON_LISTING = true;

/** A period for the order's text: the order has none unless lifted, so it lasts while the duty is unperformed. */
export const orderPeriodText = '自本令送达之日起至生效法律文书确定的义务履行完毕或者本院解除限制消费令之日止';
