import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { serviceMethodNames, serviceMethods } from '../rules/document-service.ts';
import { documentKinds } from './documents.types.ts';

// The contract of the documents routes: params, headers, bodies and responses as TypeBox schemas
// (JSON Schema underneath), with Chinese summaries. Each route's entry is a Fastify `schema`.

const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const date = (description: string) => Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: `${description}（YYYY-MM-DD）` });
const literals = <T extends readonly string[]>(values: T) => Type.Union(values.map((v) => Type.Literal(v)));

export const CaseIdParams = Type.Object({ id: Type.String({ description: '案件 ID' }) });
export const DocumentIdParams = Type.Object({ id: Type.String({ description: '文书 ID' }) });
export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: '幂等键：同一键与同一请求内容返回首次结果' })),
});

export const Service = Type.Object({
  id: Type.String(),
  documentId: Type.String(),
  method: literals(serviceMethods),
  methodName: Type.String({ description: '送达方式名称，如 直接送达' }),
  servedOn: date('送达（或公告发出）日期'),
  deemedServedOn: date('视为送达日期；公告送达为发出公告之日起经过三十日'),
  recipient: Type.String({ description: '受送达人' }),
  recipientRole: nullable(Type.String({ description: '受送达人身份，如 被执行人、法定代表人、同住成年家属' })),
  address: nullable(Type.String({ description: '送达地址' })),
  note: nullable(Type.String({ description: '送达情况（留置送达、公告送达必填）' })),
  recordedAt: Type.String({ description: '登记时间（ISO 8601）' }),
  recordedBy: Type.String({ description: '登记人' }),
});

export const DocumentSchema = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  kind: literals(documentKinds),
  kindName: Type.String({ description: '文书种类名称，如 执行通知书' }),
  title: Type.String(),
  addressee: Type.String({ description: '文书所针对的当事人' }),
  fileName: Type.String({ description: '下载文件名（中文）' }),
  contentType: Type.String(),
  byteSize: Type.Integer({ description: '文件大小（字节）' }),
  sha256: Type.String({ description: '文件的 SHA-256（十六进制）' }),
  templateVersion: Type.String({ description: '生成所用模板版本' }),
  issuedOn: date('制作日期'),
  generatedAt: Type.String({ description: '生成时间（ISO 8601）' }),
  generatedBy: Type.String({ description: '制作人' }),
  downloadUrl: Type.String(),
  services: Type.Array(Service, { description: '送达记录' }),
});

export const DocumentList = Type.Object({ items: Type.Array(DocumentSchema) });

export const FirstNoticesBody = Type.Object({
  reportingDays: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 60, description: '报告财产令的报告期限（日），自收到本令之日起算；不填则用本院配置（默认5日）' }),
  ),
});

export const ServiceBody = Type.Object({
  method: literals(serviceMethods),
  servedOn: date('送达日期；公告送达填发出公告之日'),
  recipient: Type.String({ minLength: 1, maxLength: 100, description: '受送达人（签收人）' }),
  recipientRole: Type.Optional(nullable(Type.String({ maxLength: 50 }))),
  address: Type.Optional(nullable(Type.String({ maxLength: 200 }))),
  note: Type.Optional(
    nullable(Type.String({ maxLength: 1000, description: '送达情况：留置送达记明拒收事由和见证人或拍照录像，公告送达记明原因和经过' })),
  ),
});

export const RecordedServiceSchema = Type.Object({
  service: Service,
  reportDueOn: nullable(date('报告财产令的报告期限届满日（仅报告财产令）')),
});

export type FirstNoticesBodyType = Static<typeof FirstNoticesBody>;
export type ServiceBodyType = Static<typeof ServiceBody>;
export type IdempotencyHeadersType = Static<typeof IdempotencyHeaders>;

const tags = ['documents'];
const methodsText = serviceMethods.map((m) => `${m}=${serviceMethodNames[m]}`).join('，');

export const documentsContract = {
  firstNotices: {
    tags,
    summary: '制作执行通知书和报告财产令（每名被执行人各一份）',
    params: CaseIdParams,
    headers: IdempotencyHeaders,
    body: FirstNoticesBody,
    response: { 201: DocumentList, 200: DocumentList },
  },
  caseDocuments: { tags, summary: '案件的文书及送达记录', params: CaseIdParams, response: { 200: DocumentList } },
  document: { tags, summary: '文书详情及送达记录', params: DocumentIdParams, response: { 200: DocumentSchema } },
  file: {
    tags,
    summary: '下载文书（DOCX）；响应头 X-Content-SHA256 与 Repr-Digest 给出文件的 SHA-256',
    params: DocumentIdParams,
  },
  services: {
    tags,
    summary: `登记送达（${methodsText}）`,
    params: DocumentIdParams,
    headers: IdempotencyHeaders,
    body: ServiceBody,
    response: { 201: RecordedServiceSchema, 200: RecordedServiceSchema },
  },
} as const;
