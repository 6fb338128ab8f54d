import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, Out } from '../shared/contract.ts';
import { distributionStatuses, objectionStates } from './distribution.types.ts';

// Response shapes of distribution among creditors (参与分配). Money is yuan as a two-place decimal string.
const Money = (description: string) => Out({ description: `${description}（元）` });
const Day = (description: string) => Nullable(Out({ description }));

export const Distribution = Type.Object(
  {
    id: Out(),
    status: OneOf(distributionStatuses, { description: 'open 受理参与分配申请；planned 已制作分配方案；closed 已办结' }),
    debtorName: Out({ description: '被执行人' }),
    debtorKind: OneOf(['person', 'enterprise'] as const, { description: 'person 自然人或其他组织；enterprise 未移送破产的企业法人' }),
    proceeds: Money('可供分配的执行款'),
    costs: Money('执行费用'),
    costsPaid: Nullable(Money('方案中的执行费用')),
    remainder: Nullable(Money('退还被执行人的余款')),
    held: Money('因异议提存的金额'),
    documentId: Nullable(Out({ description: '财产分配方案文书编号' })),
    plannedOn: Day('方案制作日期'),
    openedOn: Out(),
    claims: Type.Array(
      Type.Object({
        id: Out(),
        creditorName: Out({ description: '债权人' }),
        basis: Out({ description: '执行依据或优先受偿权' }),
        sourceCaseId: Nullable(Out({ description: '债权人的执行案件' })),
        amount: Money('债权数额'),
        priority: Nullable(Type.Integer({ description: '优先受偿顺位' })),
        seizureRank: Nullable(Type.Integer({ description: '查封顺位' })),
        joinedOn: Out(),
        allocated: Nullable(Money('分配金额')),
        stage: Nullable(OneOf(['priority', 'ordinary'] as const)),
        shortfall: Nullable(Money('未受清偿')),
        servedOn: Day('方案送达日期'),
        objectionDueOn: Day('异议期间届满日'),
        paid: Money('已申请发放'),
      }),
    ),
    objections: Type.Array(
      Type.Object({
        id: Out(),
        claimId: Out(),
        creditorName: Out({ description: '异议人' }),
        targetClaimId: Out(),
        targetName: Out({ description: '被异议的债权人' }),
        disputed: Money('争议金额'),
        reason: Out(),
        objectedOn: Out(),
        notifiedOn: Day('通知其他债权人的日期'),
        answerDueOn: Day('反对意见期间届满日'),
        state: OneOf(objectionStates),
        stateName: Out(),
        outcomeOn: Day('处理结果日期'),
      }),
    ),
  },
  { $id: 'Distribution', title: '参与分配' },
);

export const PaidLines = Type.Object(
  {
    paid: Type.Array(
      Type.Object({
        claimId: Out(),
        creditor: Out(),
        payoutId: Out({ description: '发放或划转申请的编号（本院案款发放审批）' }),
        amount: Money('申请发放'),
        via: OneOf(['payout', 'transfer'] as const, { description: 'payout 向本案当事人发放；transfer 划入该债权人在本院的执行案件' }),
      }),
    ),
    unpaid: Type.Array(
      Type.Object({
        claimId: Out(),
        creditor: Out(),
        amount: Money('未发放'),
        reason: OneOf(['in-dispute', 'other-case'] as const, {
          description: 'in-dispute 争议提存；other-case 他院案件的债权人或没有执行案件的优先受偿债权人，不经本案发放审批，另行支付',
        }),
      }),
    ),
  },
  { $id: 'DistributionPayouts', title: '参与分配的发放' },
);

export const distributionSchemas = [Distribution, PaidLines];
