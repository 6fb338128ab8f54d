import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Ref } from '../shared/contract.ts';

// The contract of the audit trail's verification over the API.
export const chainProblems = [
  'content-altered',
  'missing',
  'out-of-order',
  'head-mismatch',
  'truncated',
  'chain-vanished',
  'checkpoint-mismatch',
  'checkpoint-forged',
  'checkpoint-missing',
  'checkpoint-stale',
] as const;

export const ChainBreak = Type.Object(
  {
    courtCode: Out({ description: '法院代字；涉及全部检查点时为空' }),
    seq: Out({ description: '首个出错的事件序号' }),
    eventId: Nullable(Out({ description: '该事件的编号；事件缺失时为 null' })),
    problem: OneOf(chainProblems, {
      description:
        'content-altered 内容被改动；missing 事件缺失；out-of-order 顺序被打乱；head-mismatch 链头与最后一个事件不符；' +
        'truncated 链尾被截去、链头被移回；chain-vanished 整条链连同链头被删除；checkpoint-mismatch 检查点所记的事件被替换；' +
        'checkpoint-forged 检查点签名无效；checkpoint-missing 检查点缺失；checkpoint-stale 最新检查点过旧',
    }),
    detail: Type.Optional(Out({ description: '中文说明' })),
  },
  { $id: 'ChainBreak', title: '审计链断点' },
);

export const CaseMismatch = Type.Object(
  {
    courtCode: Out({ description: '法院代字' }),
    caseId: Out({ description: '案件编号（UUID）' }),
    caseNumber: Out({ description: '案号' }),
    field: Out({ description: '首个不符的字段，如 cases.claim_amount、case_parties' }),
    row: Out({ description: '数据中的值' }),
    events: Out({ description: '按事件重演应有的值' }),
  },
  { $id: 'CaseMismatch', title: '案件数据与事件不符' },
);

export const auditSchemas = [ChainBreak, CaseMismatch];

export const verifyAudit = operation({
  operationId: 'verifyAuditChains',
  summary: '校验审计事件哈希链、签名检查点及案件数据',
  description:
    '逐一重算当前用户辖区内各法院的审计事件哈希链并与签名检查点比对，报告第一个被改动、删除、打乱或截断的事件；' +
    '再按事件重演每件案件，与案件数据比对，报告首个不符的字段。`ok` 为 true 表示未发现问题。',
  tags: ['审计'],
  signedIn: true,
  status: 200,
  response: Type.Object({
    ok: Type.Boolean({ description: '是否完好' }),
    courts: Type.Integer({ description: '校验的法院数' }),
    events: Type.Integer({ description: '校验的事件数' }),
    breaks: Type.Array(Ref(ChainBreak)),
    checkpoints: Type.Object({
      count: Type.Integer({ description: '签名检查点数' }),
      newestAt: Nullable(Out({ description: '最新检查点的签名时间' })),
      signaturesChecked: Type.Boolean({ description: '是否校验了签名（配置了审计密钥）' }),
    }),
    cases: Type.Object({
      checked: Type.Integer({ description: '重演的案件数' }),
      mismatches: Type.Array(Ref(CaseMismatch)),
    }),
  }),
  errors: [],
});
