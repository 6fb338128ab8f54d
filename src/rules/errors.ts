import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Stable codes for malformed or out-of-domain calculator input, each with its Chinese title.
// Every one maps to HTTP 422; the one HTTP table (src/http/errors.ts) merges this one.
export const ruleErrors = {
  'invalid-input': [422, '输入内容不完整或格式不正确，请检查各项填写'],
  'invalid-date': [422, '日期格式不正确，请按“年-月-日”填写'],
  'invalid-amount': [422, '金额须为非负数，最多两位小数'],
  'calendar-year-missing': [422, '缺少该年度的法定节假日安排'],
  'period-length-invalid': [422, '期间长度须为正整数，且不能过长'],
  'delay-before-2014-rule': [422, '2014年8月1日以前的迟延履行期间适用旧规定，本计算器不予计算'],
  'starting-price-below-minimum': [422, '起拍价低于法定最低限度（一拍不得低于评估价或市场价的70%，二拍不得低于一拍起拍价的80%）'],
  'unknown-asset-kind': [422, '财产类型不正确'],
  'unknown-ground': [422, '失信情形不正确'],
  'claims-invalid': [422, '债权清单填写不正确：每项须有债权人名称和金额，顺位须为整数'],
  overpayment: [422, '清偿金额超过了应付的债务和迟延履行利息之和'],
  'until-before-deadline': [422, '计算截止日不能早于履行期限届满日'],
  'payment-after-until': [422, '清偿日期不能晚于计算截止日'],
  'date-order-invalid': [422, '日期先后顺序不正确（起始日不能晚于结束日）'],
  'seizure-rank-missing': [422, '被执行人为企业法人时，普通债权须填写查封顺位'],
  'extension-out-of-range': [422, '续行期限超出法定范围'],
  'grace-out-of-range': [422, '宽限期须为零至三个月（善意文明执行意见 第17条）'],
  'fine-out-of-range': [422, '罚款金额超出法定范围（对个人十万元以下，对单位五万元以上一百万元以下）'],
  'detention-out-of-range': [422, '拘留期限须为1至15日'],
  'calendar-data-invalid': [422, '节假日日历数据有误，请联系系统管理员'],
  'legal-representative-required': [422, '被执行人为单位的，须列明其法定代表人（限制消费规定 第3条第2款）'],
  'persons-of-a-person': [422, '被执行人为自然人的，只限制其本人，不能列明其他人员'],
  'unknown-lift-ground': [422, '解除情形须为 performed 履行完毕、security 提供担保或 consent 申请执行人同意（限制消费规定 第9条）'],
  'lifted-before-ordered': [422, '解除日期早于限制消费日期'],
  'lift-reason-required': [422, '以提供担保或申请执行人同意解除的，须写明事实和理由'],
  // Leaving the 终本案件库 (src/rules/pool-exit.ts).
  'exit-not-paid': [422, '执行款尚未足额到账，不能以履行完毕出库'],
  'exit-debtor-not-enterprise': [422, '移送破产审查的被执行人须为企业法人（民诉法解释 第511条）'],
  'exit-consent-required': [422, '移送破产审查须经申请执行人之一或者被执行人书面同意（民诉法解释 第511条）'],
  'exit-court-required': [422, '请填写受移送破产审查的人民法院'],
  'exit-ground-not-applicable': [422, '该终结执行情形仅适用于作为被执行人的公民（民事诉讼法 第268条）'],
  'unknown-restoration-ground': [
    422,
    '信用修复情形须为本院规定的情形之一（已履行部分并提出履行计划、达成和解、主动纠正失信行为、提供有效担保）',
  ],
  'restoration-evidence-required': [422, '须写明积极履行或纠正失信行为的事实和证据'],
  'commitment-too-short': [422, '须提交书面信用承诺，且不少于规定字数'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof ruleErrors> {}
}

export type RuleErrorCode = keyof typeof ruleErrors;
export const ruleErrorCodes = Object.keys(ruleErrors) as RuleErrorCode[];

export type RuleFailure = { ok: false; code: RuleErrorCode; detail: string };
export type RuleResult<T> = { ok: true; value: T } | RuleFailure;

export const fail = (code: RuleErrorCode, detail: string): RuleFailure => ({ ok: false, code, detail });
export const ok = <T>(value: T): RuleResult<T> => ({ ok: true, value });
