import { Type } from '@sinclair/typebox';
import { LocalDate, Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { serviceMethodNames, serviceMethods } from '../rules/document-service.ts';
import { documentKinds } from './documents.types.ts';

// The contract of the documents routes: the first notices, a case's documents, one document, its
// file (DOCX) and its service records. The creating routes take an Idempotency-Key (src/idempotency).

const tags = ['文书'];
const Day = (description: string) => Out({ description: `${description}（YYYY-MM-DD）` });
const CaseParams = Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64, description: '案件编号（UUID）' }) });
const DocumentParams = Strict({ id: Text({ title: '文书编号', minLength: 1, maxLength: 64, description: '文书编号（UUID）' }) });

export const Service = Type.Object(
  {
    id: Out(),
    documentId: Out(),
    method: OneOf(serviceMethods),
    methodName: Out({ description: '送达方式名称，如 直接送达' }),
    servedOn: Day('送达（或公告发出）日期'),
    deemedServedOn: Day('视为送达日期；公告送达为发出公告之日起经过三十日'),
    recipient: Out({ description: '受送达人' }),
    recipientRole: Nullable(Out({ description: '受送达人身份，如 被执行人、法定代表人、同住成年家属' })),
    address: Nullable(Out({ description: '送达地址' })),
    note: Nullable(Out({ description: '送达情况（留置送达、公告送达必填）' })),
    recordedAt: Out({ description: '登记时间（ISO 8601）' }),
    recordedBy: Out({ description: '登记人' }),
  },
  { $id: 'DocumentService', title: '送达记录' },
);

export const DocumentSchema = Type.Object(
  {
    id: Out(),
    caseId: Out(),
    kind: OneOf(documentKinds),
    kindName: Out({ description: '文书种类名称，如 执行通知书' }),
    title: Out(),
    addressee: Out({ description: '文书所针对的当事人' }),
    fileName: Out({ description: '下载文件名（中文）' }),
    contentType: Out(),
    byteSize: Type.Integer({ description: '文件大小（字节）' }),
    sha256: Out({ description: '文件的 SHA-256（十六进制）' }),
    templateVersion: Out({ description: '生成所用模板版本' }),
    issuedOn: Day('制作日期'),
    generatedAt: Out({ description: '生成时间（ISO 8601）' }),
    generatedBy: Out({ description: '制作人' }),
    downloadUrl: Out(),
    services: Type.Array(Ref(Service), { description: '送达记录' }),
  },
  { $id: 'Document', title: '文书' },
);

export const DocumentList = Type.Object({ items: Type.Array(Ref(DocumentSchema)) }, { $id: 'DocumentList', title: '文书列表' });
export const RecordedService = Type.Object(
  { service: Ref(Service), reportDueOn: Nullable(Day('报告财产令的报告期限届满日（仅报告财产令）')) },
  { $id: 'RecordedService', title: '已登记的送达' },
);

export const documentsSchemas = [Service, DocumentSchema, DocumentList, RecordedService];

export const firstNotices = operation({
  operationId: 'issueFirstNotices',
  summary: '制作执行通知书和报告财产令',
  description:
    '向每名被执行人各制作一份执行通知书和报告财产令（最高人民法院关于民事执行中财产调查若干问题的规定 第3条：执行通知书与报告财产令一并发出），每案一次。同一幂等键重试答复第一次的结果；不带幂等键或换用其他幂等键再次制作，答复 409 first-notices-issued。',
  tags,
  signedIn: true,
  params: CaseParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      reportingDays: Type.Optional(
        Type.Integer({
          title: '报告期限',
          minimum: 1,
          maximum: 60,
          description: '报告财产令的报告期限（日），自收到本令之日起算；不填则用本院配置（默认5日）',
        }),
      ),
    },
    { examples: [{ reportingDays: 5 }] },
  ),
  status: 201,
  response: Ref(DocumentList),
  responseDescription: '已制作',
  errors: [
    'case-not-found',
    'first-notices-issued',
    'instrument-on-closed-case',
    'instrument-data-missing',
    'invalid-reporting-days',
    'idempotency-key-reused',
  ],
});

export const caseDocuments = operation({
  operationId: 'listCaseDocuments',
  summary: '案件的文书及送达记录',
  description: '一件案件已制作的文书（执行通知书、报告财产令……）及每份文书的送达记录。',
  tags,
  signedIn: true,
  params: CaseParams,
  status: 200,
  response: Ref(DocumentList),
  errors: ['case-not-found'],
});

export const getDocument = operation({
  operationId: 'getDocument',
  summary: '文书详情及送达记录',
  description: '一份文书的登记内容（种类、受文人、文件大小和 SHA-256、模板版本）及其送达记录。',
  tags,
  signedIn: true,
  params: DocumentParams,
  status: 200,
  response: Ref(DocumentSchema),
  errors: ['document-not-found'],
});

export const documentFile = operation({
  operationId: 'downloadDocument',
  summary: '下载文书（DOCX）',
  description: '文书文件，与制作时的字节完全相同；响应头 X-Content-SHA256 与 Repr-Digest 给出文件的 SHA-256。下载记入个人信息查阅记录。',
  tags,
  signedIn: true,
  params: DocumentParams,
  status: 200,
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  response: Type.String({ format: 'binary', description: 'DOCX 文件' }),
  errors: ['document-not-found'],
});

const methodsText = serviceMethods.map((m) => `${m} ${serviceMethodNames[m]}`).join('，');

export const recordService = operation({
  operationId: 'recordDocumentService',
  summary: '登记送达',
  description: `登记文书的送达：送达方式（${methodsText}）、日期和受送达人。送达执行通知书和报告财产令推动案件的节点；报告财产令的报告期限自视为送达之日起算。同一幂等键重试答复第一次的登记。`,
  tags,
  signedIn: true,
  params: DocumentParams,
  headers: IdempotencyHeaders,
  body: Strict(
    {
      method: OneOf(serviceMethods, { title: '送达方式' }),
      servedOn: LocalDate({ title: '送达日期', description: '送达日期；公告送达填发出公告之日' }),
      recipient: Text({ title: '受送达人', minLength: 1, maxLength: 100, description: '受送达人（签收人）' }),
      recipientRole: Type.Optional(Nullable(Text({ title: '受送达人身份', maxLength: 50 }))),
      address: Type.Optional(Nullable(Text({ title: '送达地址', maxLength: 200 }))),
      note: Type.Optional(
        Nullable(
          Text({
            title: '送达情况',
            maxLength: 1000,
            multiline: true,
            description: '送达情况：留置送达记明拒收事由和见证人或拍照录像，公告送达记明原因和经过',
          }),
        ),
      ),
    },
    { examples: [{ method: 'direct', servedOn: '2026-11-26', recipient: '陈大明', recipientRole: '被执行人' }] },
  ),
  status: 201,
  response: Ref(RecordedService),
  responseDescription: '已登记',
  errors: [
    'document-not-found',
    'served-before-issued',
    'date-in-future',
    'service-recipient-required',
    'service-circumstances-required',
    'idempotency-key-reused',
  ],
});
