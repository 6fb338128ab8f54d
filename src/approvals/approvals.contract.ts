import { Type } from '@sinclair/typebox';
import { operation, Ref, Strict, Text } from '../shared/contract.ts';
import { Approval } from './approvals.models.ts';

// The contract of the approvals context (审批): the inbox, a case's approvals, and deciding or
// withdrawing a request. Requests are filed by the actions that need them (e.g. POST
// /cases/{id}/defer); the shapes are in approvals.models.ts.
export { approvalsSchemas } from './approvals.models.ts';

const tags = ['审批'];
const Params = Strict({ id: Text({ title: '审批事项编号', minLength: 1, maxLength: 64, description: '审批事项编号（UUID）' }) });
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const Items = Type.Object({ items: Type.Array(Ref(Approval)) });
const Opinion = (title: string) => Text({ title, minLength: 1, maxLength: 500, multiline: true });
const Decided = Type.Object({
  id: Type.String(),
  state: Type.String({ description: 'pending（转下一步）、approved、rejected 或 withdrawn' }),
  stateName: Type.String(),
});

export const approvalInbox = operation({
  operationId: 'listPendingApprovals',
  summary: '待审批',
  description: '本院等待当前用户的角色审批的事项（如执行局长审批暂缓执行、终结执行、不予执行），按提交先后。',
  tags,
  signedIn: true,
  status: 200,
  response: Items,
  errors: [],
});

export const caseApprovals = operation({
  operationId: 'listCaseApprovals',
  summary: '案件的审批事项',
  description: '一件案件的全部审批事项，按提交先后，含每一步的审批人、日期和意见。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Items,
  errors: ['case-not-found'],
});

const decideErrors = [
  'approval-not-found',
  'approval-decided',
  'approval-self-decision',
  'approval-wrong-role',
  'approval-out-of-scope',
] as const;

export const approve = operation({
  operationId: 'approveApproval',
  summary: '同意',
  description:
    '审批当前一步：同意。最后一步同意时，在同一事务中执行所审批的操作（如暂缓执行、结案）；案件情况已变化、操作不再适用的，答复 409 `approval-stale`，什么也不改变；终结本次执行程序在最后一步再次审查终本条件，未满足的答复 409 `termination-conditions-unmet`。提交人不能审批本人的事项；只有这一步的角色、本院人员可以审批；已处理的事项不能再审批。',
  tags,
  signedIn: true,
  params: Params,
  body: Strict({ opinion: Type.Optional(Opinion('审批意见')) }, { examples: [{ opinion: '同意暂缓执行' }] }),
  status: 200,
  response: Decided,
  errors: [...decideErrors, 'approval-stale', 'termination-conditions-unmet'],
});

export const reject = operation({
  operationId: 'rejectApproval',
  summary: '不同意',
  description: '审批当前一步：不同意，须写明意见。事项结束，案件不作改变。',
  tags,
  signedIn: true,
  params: Params,
  body: Strict({ opinion: Opinion('审批意见') }, { examples: [{ opinion: '担保材料不全，不同意暂缓' }] }),
  status: 200,
  response: Decided,
  errors: [...decideErrors, 'opinion-required'],
});

export const withdraw = operation({
  operationId: 'withdrawApproval',
  summary: '撤回审批',
  description: '提交人撤回尚未审批完成的事项；案件不作改变。',
  tags,
  signedIn: true,
  params: Params,
  body: Strict(
    { reason: Type.Optional(Text({ title: '撤回理由', maxLength: 500, multiline: true })) },
    { examples: [{ reason: '被执行人已提供担保，改为直接办理' }] },
  ),
  status: 200,
  response: Decided,
  errors: ['approval-not-found', 'approval-decided', 'approval-not-requester'],
});
