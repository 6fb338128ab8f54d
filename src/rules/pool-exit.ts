// The ways a case leaves the 终本案件库 other than 恢复执行 (出清): the debtor has performed in full,
// an enterprise debtor is referred to bankruptcy review (执转破), or the execution is ruled 终结执行.
// Each way has its conditions; this rule checks them on the facts the caller gathered.
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';

const S1 = '《中华人民共和国民事诉讼法》';
const S1_VERSION = '2023年修正（2024-01-01施行）';
const S2 = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》';
const S2_VERSION = '2022年修正（2022-04-10施行）';
const P13 = '《最高人民法院关于执行案件移送破产审查若干问题的指导意见》';
const P7 = '《最高人民法院关于公布失信被执行人名单信息的若干规定》';

export const citations: readonly Citation[] = [
  // 终结执行: the statutory list (legal-rules.md §2 row 3).
  { source: S1, version: S1_VERSION, article: '第268条', certainty: 'VERIFIED' },
  // 终结执行 after the debtor is declared bankrupt.
  { source: S2, version: S2_VERSION, article: '第513条', certainty: 'VERIFIED' },
  // 执转破: an enterprise legal person, with the written consent of one applicant or of the debtor (§9).
  { source: S2, version: S2_VERSION, article: '第511条', certainty: 'VERIFIED' },
  { source: P13, version: '法发〔2017〕2号', article: '第2条', certainty: 'VERIFIED-2nd' },
  // Each way out ends the debtor's listings in this case: performed (第1项), suspended for bankruptcy (第5项), 终结执行 (第7项).
  { source: P7, version: '2017年修正', article: '第10条第1款第1、5、7项', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'pool-exit',
  title: '终本案件出库（履行完毕、移送破产审查、终结执行）',
  citations,
  summary:
    '终本案件除恢复执行外，还可因以下情形出终本案件库：被执行人全部履行完毕（执行款到账后未履行金额为零，或申请执行人书面确认已履行完毕）；' +
    '被执行人为企业法人，经申请执行人之一或者被执行人书面同意，移送被执行人住所地人民法院破产审查；' +
    '裁定终结执行（民事诉讼法第268条所列情形，或被执行人被宣告破产）。出库日不得早于终本之日，也不得晚于当日。' +
    '出库同时依失信名单规定第10条删除本案失信信息：履行完毕为第1项，移送破产为第5项，终结执行为第7项。',
};

export const paidEvidences = ['funds-received', 'applicant-confirmed'] as const;
export type PaidEvidence = (typeof paidEvidences)[number];

/** The grounds of 终结执行 (民事诉讼法 第268条; 民诉法解释 第513条). */
export const terminationGrounds = [
  'applicant-withdrew',
  'instrument-revoked',
  'debtor-died-no-estate',
  'maintenance-creditor-died',
  'debtor-destitute',
  'debtor-declared-bankrupt',
  'other',
] as const;
export type TerminationGround = (typeof terminationGrounds)[number];

export const terminationGroundNames: Readonly<Record<TerminationGround, { readonly label: string; readonly article: string }>> = {
  'applicant-withdrew': { label: '申请人撤销申请', article: '民事诉讼法第268条第1项' },
  'instrument-revoked': { label: '据以执行的法律文书被撤销', article: '民事诉讼法第268条第2项' },
  'debtor-died-no-estate': { label: '作为被执行人的公民死亡，无遗产可供执行，又无义务承担人', article: '民事诉讼法第268条第3项' },
  'maintenance-creditor-died': { label: '追索赡养费、扶养费、抚养费案件的权利人死亡', article: '民事诉讼法第268条第4项' },
  'debtor-destitute': {
    label: '作为被执行人的公民因生活困难无力偿还借款，无收入来源，又丧失劳动能力',
    article: '民事诉讼法第268条第5项',
  },
  'debtor-declared-bankrupt': { label: '被执行人被宣告破产', article: '民诉法解释第513条' },
  other: { label: '人民法院认为应当终结执行的其他情形', article: '民事诉讼法第268条第6项' },
};

export type ExitFacts =
  | { readonly kind: 'paid'; readonly evidence: PaidEvidence; readonly outstandingFen: bigint }
  | {
      readonly kind: 'bankruptcy';
      readonly debtorIsOrganization: boolean;
      readonly consent: boolean;
      readonly receivingCourt: string;
    }
  | { readonly kind: 'terminated'; readonly ground: TerminationGround; readonly debtorIsPerson: boolean };

/**
 * Whether the facts allow the exit. Payment in full is a fact of the ledger or the applicant's
 * written word; 执转破 needs an enterprise debtor, a consent and the court it goes to; the grounds
 * of 终结执行 that concern a natural person (death, destitution) need one.
 */
export function checkPoolExit(f: ExitFacts): RuleResult<true> {
  switch (f.kind) {
    case 'paid':
      if (f.evidence === 'funds-received' && f.outstandingFen > 0n)
        return fail('exit-not-paid', `执行款尚未足额到账，未履行金额 ${f.outstandingFen} 分`);
      return ok(true);
    case 'bankruptcy':
      if (!f.debtorIsOrganization) return fail('exit-debtor-not-enterprise', '移送破产审查的被执行人须为企业法人');
      if (!f.consent) return fail('exit-consent-required', '移送破产审查须经申请执行人之一或者被执行人书面同意');
      if (!f.receivingCourt.trim()) return fail('exit-court-required', '请填写受移送的人民法院');
      return ok(true);
    case 'terminated':
      if ((f.ground === 'debtor-died-no-estate' || f.ground === 'debtor-destitute') && !f.debtorIsPerson)
        return fail('exit-ground-not-applicable', '该终结执行情形仅适用于作为被执行人的公民');
      return ok(true);
  }
}
