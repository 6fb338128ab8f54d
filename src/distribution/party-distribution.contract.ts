import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Strict, Text } from '../shared/contract.ts';
import { objectionStates } from './distribution.types.ts';

// What the party portal shows a party of the distribution plans (财产分配方案) of its case: each
// served plan's lines with the caller's own marked, its totals, and where its objections stand —
// not a plan the court has not served, nor the objections' reasons or the court's opinions.

const Money = (description: string) => Out({ description: `${description}（元）` });
const Day = (description: string) => Nullable(Out({ description }));
const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const partyDistribution = operation({
  operationId: 'getOwnCaseDistribution',
  summary: '本案的财产分配方案（当事人）',
  description:
    '当事人在当事人服务平台查看本案的财产分配方案（本案主持的参与分配，以及本案申请执行人参与的他案分配）：分配方案各行的债权人、受偿类别、债权数额、分配金额，执行费用与分配总额，本人所在的行（own 为 true）、向本人送达的日期和异议期间届满日，以及异议的件数和状态。只列出法院已向债权人送达的分配方案；尚未送达的方案属法院内部，不列出。不含债权人的证件号码、异议理由和法院的内部意见。',
  tags: ['参与分配'],
  signedIn: true,
  params: Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }) }),
  status: 200,
  response: Type.Object({
    items: Type.Array(
      Type.Object({
        id: Out({ description: '分配编号' }),
        status: OneOf(['planned', 'closed'] as const, { description: 'planned 分配方案已制作并送达；closed 已办结' }),
        statusName: Out({ description: '状态' }),
        debtorName: Out({ description: '被执行人' }),
        methodName: Out({ description: '受偿方式：按比例分配或按查封顺序清偿' }),
        plannedOn: Day('方案制作日期'),
        servedOn: Day('向本人送达分配方案的日期；本人不在方案中或尚未向本人送达的为 null'),
        objectionDueOn: Day('本人的异议期间届满日'),
        proceeds: Money('可供分配的执行款'),
        costs: Money('执行费用'),
        distributed: Money('分配给债权人的总额'),
        remainder: Money('退还被执行人的余款'),
        held: Money('因异议提存的金额'),
        lines: Type.Array(
          Type.Object({
            id: Out({ description: '债权编号' }),
            creditorName: Out({ description: '债权人' }),
            className: Out({ description: '受偿类别：优先受偿（权利及顺位）或普通债权（查封顺位或按比例）' }),
            claim: Money('债权数额'),
            allotted: Money('分配金额'),
            shortfall: Money('未受清偿'),
            own: Type.Boolean({ description: '是否为本人的债权' }),
          }),
        ),
        objections: Type.Object({
          count: Count('异议件数'),
          inDispute: Count('尚在争议中的件数（已提出异议或已提起分配方案异议之诉）'),
          states: Type.Array(Type.Object({ state: OneOf(objectionStates), stateName: Out({ description: '状态' }), count: Count('件数') })),
        }),
      }),
    ),
  }),
  errors: ['case-not-found'],
});
