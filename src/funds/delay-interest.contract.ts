import { Type } from '@sinclair/typebox';
import { LocalDate, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';

// The contract of a case's 迟延履行期间的加倍部分债务利息 (src/funds/delay-interest-view.ts): to the
// officer on the 案款 tab and to the case's parties in the portal. Money is yuan as a two-place string.

const Money = (description: string) => Out({ description: `${description}（元）` });
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });

export const DelayInterest = Type.Object(
  {
    caseId: Out(),
    caseNumber: Out({ description: '案号' }),
    asOf: Day('计算至'),
    deadline: Day('履行期限届满日：自次日起计算迟延履行期间（法释〔2014〕8号 第2条）'),
    deadlineSource: OneOf(['performance-deadline', 'effective-on'] as const, {
      description: 'performance-deadline：执行依据确定的履行期限；effective-on：执行依据未确定履行期间，自生效之日起计算（第2条）',
    }),
    dayCount: OneOf(['exclusive', 'inclusive'] as const, { description: '天数算法（本院设置）：exclusive 算尾不算头，inclusive 两头都算' }),
    dailyRate: Out({ description: '日利率：万分之一点七五（第1条）' }),
    status: OneOf(['no-money-debt', 'not-due', 'accruing', 'settled'] as const, {
      description:
        'no-money-debt：执行依据无金钱给付义务；not-due：履行期限尚未届满；accruing：仍在计息；settled：金钱债务已清偿，利息不再增加',
    }),
    base: Money('计算基数：执行依据确定的金钱债务（不含一般债务利息）'),
    baseParts: Type.Array(
      Type.Object({
        description: Out({ description: '执行依据确定的金钱给付义务' }),
        amount: Money('金额'),
        included: Type.Boolean({ description: '是否计入基数' }),
        note: Out({ description: '计入或不计入的理由' }),
      }),
    ),
    collected: Money('截至计算日到达案款账户的款项（到账、扣划、拍卖变卖价款）'),
    doubledInterest: Money('加倍部分债务利息（截至计算日）'),
    interestPaid: Money('已以执行款清偿的加倍部分债务利息'),
    interestOutstanding: Money('尚未清偿的加倍部分债务利息'),
    outstandingPrincipal: Money('尚未清偿的金钱债务（执行款先抵金钱债务，第4条）'),
    outstandingTotal: Money('尚未清偿的金钱债务与加倍部分债务利息之和'),
    dailyAccrual: Money('仍在计息时每日增加的利息'),
    surplus: Money('超出金钱债务与加倍部分债务利息的款项'),
    segments: Type.Array(
      Type.Object({
        from: Day('履行期限届满日'),
        to: Day('停止计息日：清偿之日，或计算日'),
        base: Money('该段计息本金'),
        days: Type.Integer({ description: '迟延天数' }),
        interest: Money('该段利息'),
        closedBy: OneOf(['collection', 'as-of'] as const, { description: 'collection：该部分已清偿；as-of：尚未清偿，计至计算日' }),
      }),
    ),
    collections: Type.Array(
      Type.Object({
        on: Day('清偿日（到账、扣划之日）'),
        amount: Money('当日款项（超出部分见 surplus）'),
        toPrincipal: Money('抵金钱债务'),
        toInterest: Money('抵加倍部分债务利息'),
      }),
    ),
  },
  { $id: 'DelayInterest', title: '迟延履行期间的加倍部分债务利息' },
);

export const delayInterestSchemas = [DelayInterest];

const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const Query = Strict({ asOf: Type.Optional(LocalDate({ title: '计算至', description: '计算截止日（YYYY-MM-DD），默认今日' })) });

const description =
  '加倍部分债务利息 = 尚未清偿的生效法律文书确定的金钱债务（不含一般债务利息）× 日万分之一点七五 × 迟延履行期间（法释〔2014〕8号 第1条）；' +
  '自履行期限届满之日起计算，未确定履行期间的自生效之日起计算（第2条）；每笔到达案款账户的款项（到账、扣划、拍卖变卖价款）所清偿的部分自该日停止计息（第3条）；' +
  '执行款先清偿金钱债务，再清偿加倍部分债务利息（第4条）。诉讼费用是否计入基数、天数算法为本院设置。';

export const caseDelayInterest = operation({
  operationId: 'getCaseDelayInterest',
  summary: '迟延履行利息',
  description,
  tags: ['案款'],
  signedIn: true,
  params: CaseParams,
  querystring: Query,
  status: 200,
  response: Ref(DelayInterest),
  errors: ['case-not-found', 'delay-before-2014-rule'],
});

export const partyDelayInterest = operation({
  operationId: 'getOwnCaseDelayInterest',
  summary: '本案迟延履行利息（当事人）',
  description: `当事人（申请执行人、被执行人）查看本案的迟延履行利息。${description}`,
  tags: ['案款'],
  signedIn: true,
  params: CaseParams,
  querystring: Query,
  status: 200,
  response: Ref(DelayInterest),
  errors: ['case-not-found', 'delay-before-2014-rule'],
});
