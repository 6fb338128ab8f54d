import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, Out, Ref } from '../shared/contract.ts';
import { approvalDecisions, approvalKinds, approvalStates, stepRoles } from '../shared/approvals.ts';

// The shapes of approvals as they come out (src/approvals/approvals.contract.ts, and the case
// detail's `approvals`). Named models become components.schemas in the document.

const Decision = Type.Object(
  {
    decision: OneOf(approvalDecisions, { description: 'approve 同意；reject 不同意' }),
    decisionName: Out(),
    by: Out({ description: '审批人' }),
    at: Type.String({ format: 'date-time', description: '审批时间（UTC）' }),
    on: Out({ description: '审批日期' }),
    opinion: Nullable(Out({ description: '审批意见' })),
  },
  { description: '这一步的决定' },
);

const Step = Type.Object({
  role: OneOf(stepRoles, { description: '审批这一步的角色' }),
  roleName: Out(),
  title: Out({ description: '这一步，如 执行局长审批' }),
  decision: Nullable(Decision),
});

export const Approval = Type.Object(
  {
    id: Out({ description: '审批事项编号（UUID）' }),
    caseId: Nullable(Out({ description: '所涉案件' })),
    caseNumber: Nullable(Out({ description: '案号（待审批列表中给出）' })),
    kind: OneOf(approvalKinds, { description: 'case.defer 暂缓执行；case.close 结案；funds.hold 暂缓发放案款' }),
    kindName: Out(),
    summary: Out({ description: '待执行的事项，如 终结执行（结案日期 2026-11-26）' }),
    reason: Nullable(Out({ description: '提交理由' })),
    payload: Type.Record(Type.String(), Type.Unknown(), { description: '批准后执行的操作内容' }),
    state: OneOf(approvalStates, { description: 'pending 待审批；approved 已批准；rejected 未批准；withdrawn 已撤回' }),
    stateName: Out(),
    requestedBy: Type.Object({ id: Nullable(Out()), name: Out() }, { description: '提交人' }),
    requestedAt: Type.String({ format: 'date-time', description: '提交时间（UTC）' }),
    requestedOn: Out({ description: '提交日期' }),
    awaitingRole: Nullable(OneOf(stepRoles, { description: '待哪一角色审批（待审批时）' })),
    awaitingRoleName: Nullable(Out()),
    steps: Type.Array(Step, { description: '审批步骤，依次进行' }),
    decidedBy: Nullable(Out({ description: '作出最终决定的审批人（已批准或未批准时）' })),
    decidedOn: Nullable(Out({ description: '最终决定的日期' })),
  },
  { $id: 'Approval', title: '审批事项' },
);

/** The case detail's approvals: the request pending now, and the ones decided or withdrawn (newest first). */
export const CaseApprovals = Type.Object(
  { pending: Nullable(Ref(Approval)), decided: Type.Array(Ref(Approval)) },
  { description: '审批：待审批的事项和已处理的事项' },
);

export const approvalsSchemas = [Approval];
