import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Ref } from '../shared/contract.ts';

// The contract of the audit trail's verification over the API.
export const ChainBreak = Type.Object(
  {
    courtCode: Out({ description: '法院代字' }),
    seq: Out({ description: '首个出错的事件序号' }),
    eventId: Nullable(Out({ description: '该事件的编号；事件缺失时为 null' })),
    problem: OneOf(['content-altered', 'missing', 'out-of-order', 'head-mismatch'] as const, {
      description: 'content-altered 内容被改动；missing 事件缺失；out-of-order 顺序被打乱；head-mismatch 链头与最后一个事件不符',
    }),
  },
  { $id: 'ChainBreak', title: '审计链断点' },
);

export const auditSchemas = [ChainBreak];

export const verifyAudit = operation({
  operationId: 'verifyAuditChains',
  summary: '校验审计事件哈希链',
  description: '逐一重算当前用户辖区内各法院的审计事件哈希链，报告第一个被改动、删除或打乱的事件。`ok` 为 true 表示未发现断点。',
  tags: ['审计'],
  signedIn: true,
  status: 200,
  response: Type.Object({
    ok: Type.Boolean({ description: '是否完好' }),
    courts: Type.Integer({ description: '校验的法院数' }),
    events: Type.Integer({ description: '校验的事件数' }),
    breaks: Type.Array(Ref(ChainBreak)),
  }),
  errors: [],
});
