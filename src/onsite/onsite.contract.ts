import { Type } from '@sinclair/typebox';
import { List, Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { custodyActions, evidenceKinds, MAX_EVIDENCE_BYTES, spotMeasures } from './onsite.types.ts';

// The contract of on-site enforcement (现场执行): records, their evidence files (uploaded with
// their SHA-256, checked by the server), downloads and the chain of custody.

const tags = ['现场执行'];
const Id = (title: string) => Strict({ id: Text({ title, minLength: 1, maxLength: 64, description: `${title}（UUID）` }) });
const CaseParams = Id('案件编号');
const EvidenceParams = Id('证据编号');
const RecordParams = Strict({
  id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }),
  recordId: Text({ title: '现场执行记录编号', minLength: 1, maxLength: 64, description: '现场执行记录编号（UUID）' }),
});
const Instant = (title: string) =>
  Text({
    title,
    maxLength: 40,
    pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$',
    description: `${title}（ISO 8601，带时区，如 2026-11-26T09:30:00+08:00）`,
  });
const At = (description: string) => Out({ description: `${description}（ISO 8601）` });
const MAX_BASE64 = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4;

export const Evidence = Type.Object(
  {
    id: Out(),
    recordId: Out({ description: '所属现场执行记录' }),
    kind: OneOf(evidenceKinds),
    kindName: Out({ description: '照片、视频、文件' }),
    fileName: Out(),
    contentType: Out(),
    byteSize: Type.Integer({ description: '文件大小（字节）' }),
    sha256: Out({ description: '上传时服务器核对的 SHA-256（十六进制）' }),
    capturedAt: At('拍摄或形成时间'),
    description: Nullable(Out()),
    uploadedAt: At('上传时间'),
    uploadedBy: Out({ description: '上传人' }),
    downloadUrl: Out(),
  },
  { $id: 'Evidence', title: '证据文件' },
);

export const OnsiteRecord = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    startedAt: At('开始时间'),
    endedAt: Nullable(At('结束时间')),
    place: Out({ description: '地点' }),
    actions: Out({ description: '执行情况（采取的措施）' }),
    team: Type.Array(Type.Object({ id: Out(), name: Out() }), { description: '执行人员' }),
    present: Type.Array(Type.Object({ name: Out(), role: Nullable(Out()) }), { description: '在场人员（当事人、见证人、协助人员）' }),
    sanctions: Type.Array(Type.Object({ measure: OneOf(spotMeasures), measureName: Out(), subject: Out(), note: Nullable(Out()) }), {
      description: '现场对妨害执行行为采取的措施',
    }),
    note: Nullable(Out()),
    recordedAt: At('登记时间'),
    recordedBy: Out({ description: '登记人' }),
    evidence: Type.Array(Ref(Evidence)),
  },
  { $id: 'OnsiteRecord', title: '现场执行记录' },
);

export const OnsiteRecordList = Type.Object(
  { items: Type.Array(Ref(OnsiteRecord)) },
  { $id: 'OnsiteRecordList', title: '现场执行记录列表' },
);

export const CustodyEntry = Type.Object(
  {
    action: OneOf(custodyActions),
    actionName: Out({ description: '上传、查看、下载、校验' }),
    at: At('时间'),
    by: Out({ description: '操作人' }),
    outcome: Nullable(OneOf(['unchanged', 'changed'] as const, { description: '校验结果：unchanged 未改变，changed 已改变' })),
  },
  { $id: 'EvidenceCustodyEntry', title: '保管记录' },
);

export const CustodyLog = Type.Object(
  { evidence: Ref(Evidence), items: Type.Array(Ref(CustodyEntry)) },
  { $id: 'EvidenceCustody', title: '证据保管链' },
);

export const EvidenceCheck = Type.Object(
  {
    outcome: OneOf(['unchanged', 'changed'] as const, { description: 'unchanged 文件未改变，changed 文件已改变' }),
    storedSha256: Out({ description: '上传时登记的 SHA-256' }),
    computedSha256: Out({ description: '现在对保存的文件重新计算的 SHA-256' }),
    byteSize: Type.Integer(),
    verifiedAt: At('校验时间'),
  },
  { $id: 'EvidenceCheck', title: '证据完整性校验' },
);

export const onsiteSchemas = [Evidence, OnsiteRecord, OnsiteRecordList, CustodyEntry, CustodyLog, EvidenceCheck];

export const createOnsiteRecord = operation({
  operationId: 'createOnsiteRecord',
  summary: '登记现场执行',
  description:
    '登记一次现场执行：执行人员（本院两名以上执行法官或执行员）、起止时间、地点、执行情况、在场人员及现场对妨害执行行为采取的措施。证据文件随后上传。同一幂等键重试答复第一次的登记。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      startedAt: Instant('开始时间'),
      endedAt: Type.Optional(Nullable(Instant('结束时间'))),
      place: Text({ title: '地点', minLength: 1, maxLength: 200 }),
      actions: Text({ title: '执行情况', minLength: 1, maxLength: 4000, multiline: true, description: '采取的措施和经过' }),
      team: List(Uuid({ title: '执行人员' }), { maxItems: 20, description: '执行人员的用户编号（本院执行法官或执行员，至少两名）' }),
      present: Type.Optional(
        List(
          Strict({
            name: Text({ title: '姓名', minLength: 1, maxLength: 100 }),
            role: Type.Optional(Nullable(Text({ title: '身份', maxLength: 50 }))),
          }),
          {
            maxItems: 50,
            description: '在场人员',
          },
        ),
      ),
      sanctions: Type.Optional(
        List(
          Strict({
            measure: OneOf(spotMeasures, { title: '措施' }),
            subject: Text({ title: '对象', minLength: 1, maxLength: 100 }),
            note: Type.Optional(Nullable(Text({ title: '情况', maxLength: 500 }))),
          }),
          { maxItems: 20, description: '现场对妨害执行行为采取的措施（训诫、责令退出、罚款、拘留……）' },
        ),
      ),
      note: Type.Optional(Nullable(Text({ title: '备注', maxLength: 1000, multiline: true }))),
    },
    {
      examples: [
        {
          startedAt: '2026-11-26T09:30:00+08:00',
          endedAt: '2026-11-26T11:00:00+08:00',
          place: '江门市蓬江区建设路88号恒泰建材仓库',
          actions: '查封仓库内钢材一批，张贴封条和公告',
          team: ['0b9d6c6e-4f0e-4c4b-9b8a-2f6d1c0a7e11', '1c8e7d5f-3a2b-4c1d-8e9f-0a1b2c3d4e5f'],
          present: [{ name: '梁国强', role: '被执行人法定代表人' }],
        },
      ],
    },
  ),
  status: 201,
  response: Ref(OnsiteRecord),
  responseDescription: '已登记',
  errors: [
    'case-not-found',
    'onsite-on-closed-case',
    'onsite-team-too-small',
    'onsite-team-member-invalid',
    'onsite-time-invalid',
    'idempotency-key-reused',
  ],
});

export const listOnsiteRecords = operation({
  operationId: 'listOnsiteRecords',
  summary: '案件的现场执行记录',
  description: '案件的现场执行记录及其证据文件（不含文件内容；查看详情和下载记入保管链）。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(OnsiteRecordList),
  errors: ['case-not-found'],
});

export const uploadEvidence = operation({
  operationId: 'uploadEvidence',
  summary: '上传证据文件',
  description: `为现场执行记录上传照片、视频或文件，内容为 Base64，单个文件不超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB。客户端声明文件的 SHA-256，服务器对收到的内容重新计算，不一致的拒收（evidence-hash-mismatch），不保存任何内容。上传记入保管链。`,
  tags,
  signedIn: true,
  params: RecordParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      kind: OneOf(evidenceKinds, { title: '证据种类' }),
      fileName: Text({ title: '文件名', minLength: 1, maxLength: 200 }),
      contentType: Text({
        title: '文件类型',
        minLength: 1,
        maxLength: 100,
        pattern: '^[A-Za-z0-9.+-]+/[A-Za-z0-9.+-]+$',
        description: '媒体类型，如 image/jpeg',
      }),
      sha256: Text({
        title: 'SHA-256',
        minLength: 64,
        maxLength: 64,
        pattern: '^[0-9a-fA-F]{64}$',
        description: '文件的 SHA-256（十六进制）',
      }),
      capturedAt: Instant('拍摄或形成时间'),
      description: Type.Optional(Nullable(Text({ title: '说明', maxLength: 500 }))),
      content: Text({ title: '文件内容', minLength: 1, maxLength: MAX_BASE64, description: '文件内容（Base64）' }),
    },
    {
      examples: [
        {
          kind: 'photo',
          fileName: '仓库封条.jpg',
          contentType: 'image/jpeg',
          sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
          capturedAt: '2026-11-26T09:05:00+08:00',
          content: 'YWJj',
        },
      ],
    },
  ),
  status: 201,
  response: Ref(Evidence),
  responseDescription: '已保存',
  errors: [
    'onsite-record-not-found',
    'evidence-hash-mismatch',
    'evidence-content-invalid',
    'evidence-too-large',
    'evidence-type-mismatch',
    'onsite-time-invalid',
    'idempotency-key-reused',
  ],
});

export const getEvidence = operation({
  operationId: 'getEvidence',
  summary: '证据文件详情',
  description: '证据文件的登记内容（种类、文件名、大小、SHA-256、拍摄时间、上传人）。每次查看记入保管链。',
  tags,
  signedIn: true,
  params: EvidenceParams,
  status: 200,
  response: Ref(Evidence),
  errors: ['evidence-not-found'],
});

export const evidenceFile = operation({
  operationId: 'downloadEvidence',
  summary: '下载证据文件',
  description: '证据文件，与上传时的字节相同；响应头 X-Content-SHA256 与 Repr-Digest 给出登记的 SHA-256。每次下载记入保管链。',
  tags,
  signedIn: true,
  params: EvidenceParams,
  status: 200,
  mediaType: 'application/octet-stream',
  response: Type.String({ format: 'binary', description: '文件内容' }),
  errors: ['evidence-not-found'],
});

export const evidenceCustody = operation({
  operationId: 'getEvidenceCustody',
  summary: '证据保管链',
  description: '证据文件的上传、每次查看、下载和校验：操作人和时间，按先后。',
  tags,
  signedIn: true,
  params: EvidenceParams,
  status: 200,
  response: Ref(CustodyLog),
  errors: ['evidence-not-found'],
});

export const verifyEvidence = operation({
  operationId: 'verifyEvidence',
  summary: '校验证据文件',
  description: '对保存的文件重新计算 SHA-256，与上传时登记的比较：unchanged 未改变，changed 已改变。校验记入保管链。',
  tags,
  signedIn: true,
  params: EvidenceParams,
  status: 200,
  response: Ref(EvidenceCheck),
  errors: ['evidence-not-found'],
});
