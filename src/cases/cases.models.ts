import { Type } from '@sinclair/typebox';
import { List, LocalDate, Nullable, OneOf, Out, Ref, Strict, Text, Uuid, Yuan, YuanAmount } from '../shared/contract.ts';
import { caseStatuses, caseTypes, closureModes, issuerTypeNames, issuerTypes, termStates } from '../shared/vocabulary.ts';
import { documentTypeNames, documentTypes } from '../rules/identity-documents.ts';
import { CaseApprovals } from '../approvals/approvals.models.ts';

// The shapes of the cases contract (src/cases/cases.contract.ts): what a filing carries in, and
// what a case looks like coming out. Named models become components.schemas in the document.

export const MAX_PARTIES = 200;
export const MAX_THIRD_PARTIES = 100;
export const MAX_OBLIGATIONS = 50;
/** How many 委托代理人 a party may name in one filing. */
export const MAX_AGENTS = 5;

const documentTypeList = documentTypes.map((t) => `${t} ${documentTypeNames[t]}`).join('；');

const AgentIn = Strict(
  {
    kind: OneOf(['lawyer', 'other'] as const, { title: '代理人类型', description: 'lawyer 律师；other 其他代理人（近亲属、工作人员等）' }),
    name: Text({ title: '代理人姓名', minLength: 1, maxLength: 50 }),
    idNumber: Type.Optional(Nullable(Text({ title: '代理人身份证号码', maxLength: 32 }))),
    licenseNumber: Type.Optional(Nullable(Text({ title: '律师执业证号', maxLength: 32, description: '律师必填：17 位数字' }))),
    firm: Type.Optional(Nullable(Text({ title: '律师事务所', maxLength: 100 }))),
  },
  { title: '委托代理人' },
);

const PartyIn = Strict(
  {
    kind: OneOf(['person', 'organization'] as const, { title: '当事人类型', description: 'person 自然人；organization 单位' }),
    name: Text({ title: '当事人名称', minLength: 1, maxLength: 100 }),
    idType: Type.Optional(
      OneOf(documentTypes, {
        title: '证件类型',
        description: `自然人默认 resident-id，单位默认 credit-code。可选：${documentTypeList}`,
      }),
    ),
    idNumber: Type.Optional(
      Text({
        title: '证件号码',
        maxLength: 32,
        description: '自然人必填：所选证件的号码（居民身份证按 GB 11643 校验）；单位以组织机构代码或工商注册号登记时填此项',
      }),
    ),
    creditCode: Type.Optional(
      Text({ title: '统一社会信用代码', maxLength: 32, description: '单位以统一社会信用代码登记时必填（GB 32100）' }),
    ),
    legalRepresentative: Type.Optional(Nullable(Text({ title: '法定代表人', maxLength: 50 }))),
    address: Type.Optional(Nullable(Text({ title: '住所', maxLength: 200 }))),
    serviceAddress: Type.Optional(Nullable(Text({ title: '送达地址', maxLength: 200 }))),
    addressConfirmedOn: Type.Optional(
      Nullable(LocalDate({ title: '送达地址确认日期', description: '当事人签署送达地址确认书的日期；填写时须同时填写送达地址' })),
    ),
    phone: Type.Optional(Nullable(Text({ title: '联系电话', maxLength: 30, description: '手机号码，或带区号的固定电话' }))),
    agents: Type.Optional(List(AgentIn, { title: '委托代理人', maxItems: MAX_AGENTS })),
  },
  { title: '当事人' },
);

const ObligationIn = Strict(
  {
    kind: OneOf(['money', 'act'] as const, { title: '义务类型', description: 'money 给付金钱；act 行为义务' }),
    amount: Type.Optional(Yuan({ title: '给付金额', description: '金钱义务必填：金额（元）' })),
    description: Type.Optional(Text({ title: '义务内容', maxLength: 500, multiline: true })),
  },
  { title: '义务' },
);

const example = {
  courtCode: '粤0703',
  type: 'first',
  filedOn: '2026-11-20',
  claimAmount: '120000.00',
  title: {
    documentNumber: '（2026）粤0703民初1234号',
    issuer: '广东省江门市蓬江区人民法院',
    issuerType: 'court-judgment',
    effectiveOn: '2026-10-09',
    performanceDeadline: '2026-10-19',
    obligations: [{ kind: 'money', amount: '120000.00', description: '借款合同纠纷：给付借款本金' }],
  },
  cause: '民间借贷纠纷',
  appliedOn: '2026-11-18',
  applicants: [
    {
      kind: 'person',
      name: '陈小红',
      idNumber: '440703198503121230',
      phone: '13800138000',
      serviceAddress: '广东省江门市蓬江区建设路18号',
      addressConfirmedOn: '2026-11-18',
      agents: [{ kind: 'lawyer', name: '李明', licenseNumber: '14407201910123456', firm: '广东江信律师事务所' }],
    },
  ],
  debtors: [{ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: '91440703MA4UX3K74M', legalRepresentative: '梁国强' }],
};

export const FilingBody = Strict(
  {
    courtCode: Text({ title: '执行法院', minLength: 1, maxLength: 20, description: '法院代字，如 粤0703' }),
    type: Type.Optional(
      OneOf(caseTypes, { title: '案件类型', default: 'first', description: 'first 首次执行；resumed 恢复执行；preservation 财产保全执行' }),
    ),
    filedOn: LocalDate({ title: '立案日期' }),
    claimAmount: Yuan({ title: '申请执行标的' }),
    cause: Type.Optional(Nullable(Text({ title: '案由', maxLength: 60, description: '如 民间借贷纠纷、买卖合同纠纷' }))),
    appliedOn: Type.Optional(Nullable(LocalDate({ title: '申请执行日期', description: '申请执行书提交之日；不晚于立案日期' }))),
    officerId: Type.Optional(Uuid({ title: '承办人', description: '承办人的用户编号（本院执行法官或执行员），可不填' })),
    title: Strict(
      {
        documentNumber: Text({ title: '执行依据文书号', minLength: 1, maxLength: 200 }),
        issuer: Text({ title: '作出执行依据的机构', minLength: 1, maxLength: 200 }),
        issuerType: Type.Optional(
          OneOf(issuerTypes, {
            title: '执行依据种类',
            description: `不填时：文书号为人民法院案号的按 court-judgment，否则 other。可选：${issuerTypes.map((t) => `${t} ${issuerTypeNames[t]}`).join('；')}`,
          }),
        ),
        effectiveOn: LocalDate({ title: '生效日期' }),
        performanceDeadline: Type.Optional(Nullable(LocalDate({ title: '履行期限' }))),
        obligations: List(ObligationIn, { title: '义务', maxItems: MAX_OBLIGATIONS }),
      },
      { title: '执行依据' },
    ),
    applicants: List(PartyIn, { title: '申请执行人', maxItems: MAX_PARTIES }),
    debtors: List(PartyIn, { title: '被执行人', maxItems: MAX_PARTIES }),
    thirdParties: Type.Optional(List(PartyIn, { title: '第三人', maxItems: MAX_THIRD_PARTIES })),
  },
  { title: '立案申请', examples: [example] },
);

export const Filed = Type.Object(
  {
    id: Out({ description: '案件编号（UUID）' }),
    caseNumber: Out({ description: '案号，如（2026）粤0703执123号' }),
    status: OneOf(['filed'] as const),
    warnings: Type.Optional(
      Type.Array(
        Type.Object({
          field: Out({ description: '所涉字段，如 title.documentNumber' }),
          code: Out(),
          message: Out({ description: '中文说明' }),
        }),
        {
          description: '提示，不影响立案：如执行依据文书号不是人民法院案号、身份证号码的地址码不在区划数据中',
        },
      ),
    ),
  },
  { $id: 'Filed', title: '立案结果' },
);

const CourtRef = Type.Object({ code: Out({ description: '法院代字' }), name: Out({ description: '法院名称' }) });
const CaseLink = Type.Object({ id: Out({ description: '案件编号（UUID）' }), caseNumber: Out({ description: '案号' }) });
const Status = OneOf(caseStatuses, {
  description: 'filed 已立案；in-progress 执行中；suspended 中止执行；deferred 暂缓执行；closed 已结案',
});
const ClosureMode = OneOf(closureModes, { description: '结案方式' });

export const CaseListItem = Type.Object(
  {
    id: Out(),
    caseNumber: Out(),
    court: CourtRef,
    type: OneOf(caseTypes),
    status: Status,
    statusName: Out({ description: '状态的中文名称' }),
    closureMode: Nullable(ClosureMode),
    filedOn: Out({ description: '立案日期' }),
    claimAmount: YuanAmount({ description: '申请执行标的（元）' }),
    applicants: Out({ description: '申请执行人名称，以顿号分隔' }),
    debtors: Out({ description: '被执行人名称，以顿号分隔' }),
    officerName: Nullable(Out({ description: '承办人' })),
    term: Nullable(
      Type.Object(
        {
          dueOn: Out({ description: '执行期限届满日（中止、暂缓的期间已扣除）' }),
          state: OneOf(termStates, {
            description: 'overdue 已超期；due-soon 30 日内届满；running 期限内；paused 中止或暂缓，停止计算；met 已结案；waived 不适用',
          }),
        },
        { description: '执行期限（立案之日起6个月内执结）；执保案件等没有执行期限的为 null' },
      ),
    ),
  },
  { $id: 'CaseListItem', title: '案件（列表项）' },
);

export const CasePage = Type.Object(
  {
    items: Type.Array(Ref(CaseListItem)),
    nextCursor: Nullable(Out({ description: '下一页的游标（默认排序时）；为 null 时已到末页或用了其他排序' })),
    hasMore: Type.Optional(Type.Boolean({ description: '其后是否还有案件' })),
    page: Type.Integer({ description: '页码' }),
    limit: Type.Integer({ description: '每页条数' }),
  },
  { $id: 'CasePage', title: '案件列表（一页）' },
);

export const PartyView = Type.Object(
  {
    id: Type.Optional(Out({ description: '当事人编号（UUID）：发放案款时指明收款的当事人' })),
    role: OneOf(['applicant', 'debtor', 'third-party'] as const, { description: '申请执行人、被执行人或第三人' }),
    kind: OneOf(['person', 'organization'] as const),
    name: Out(),
    idType: OneOf(documentTypes, { description: '证件类型' }),
    idTypeName: Out({ description: '证件类型的中文名称' }),
    idNumber: Type.Optional(Out({ description: '证件号码（无权查看全文者见脱敏形式）' })),
    creditCode: Type.Optional(Out({ description: '统一社会信用代码（无权查看全文者见脱敏形式）' })),
    legalRepresentative: Type.Optional(Nullable(Out({ description: '法定代表人' }))),
    address: Nullable(Out({ description: '住所' })),
    serviceAddress: Nullable(Out({ description: '送达地址' })),
    addressConfirmedOn: Nullable(Out({ description: '送达地址确认书签署日期；为 null 时没有确认记录' })),
    phone: Nullable(Out({ description: '联系电话（无权查看全文者见脱敏形式）' })),
    agents: Type.Array(
      Type.Object({
        kind: OneOf(['lawyer', 'other'] as const),
        name: Out(),
        idNumber: Nullable(Out({ description: '身份证号码（无权查看全文者见脱敏形式）' })),
        licenseNumber: Nullable(Out({ description: '律师执业证号' })),
        firm: Nullable(Out({ description: '律师事务所' })),
      }),
      { description: '委托代理人' },
    ),
    // What the number itself says, present only beside a number shown in full.
    birthDate: Type.Optional(Nullable(Out({ description: '出生日期（由身份证号码得出）' }))),
    sex: Type.Optional(Nullable(OneOf(['male', 'female'] as const, { description: '性别（由身份证号码得出）' }))),
    regionCode: Type.Optional(Nullable(Out({ description: '行政区划代码（由证件号码得出）' }))),
    registrationAuthority: Type.Optional(Nullable(Out({ description: '登记管理部门（由信用代码得出）' }))),
    organisationType: Type.Optional(Nullable(Out({ description: '机构类别（由信用代码得出）' }))),
  },
  { $id: 'PartyView', title: '当事人' },
);

const ObligationView = Type.Object({
  kind: OneOf(['money', 'act'] as const),
  amount: Type.Optional(YuanAmount({ description: '给付金额（元），金钱义务才有' })),
  description: Out(),
});

export const CaseDetail = Type.Object(
  {
    id: Out({ description: '案件编号（UUID）' }),
    caseNumber: Out({ description: '案号' }),
    court: CourtRef,
    type: OneOf(caseTypes),
    typeCode: Out({ description: '案件类型代字：执、执恢、执保' }),
    status: Status,
    statusName: Out(),
    deferredUntil: Nullable(Out({ description: '暂缓执行期限的最后一日（暂缓执行且指定了期限时；期满次日由每日任务恢复执行）' })),
    filedOn: Out({ description: '立案日期' }),
    appliedOn: Nullable(Out({ description: '申请执行日期' })),
    cause: Nullable(Out({ description: '案由' })),
    claimAmount: YuanAmount({ description: '申请执行标的（元）' }),
    officer: Nullable(Type.Object({ id: Out(), name: Nullable(Out()) }, { description: '承办人' })),
    closure: Nullable(
      Type.Object({ mode: ClosureMode, modeName: Out(), closedOn: Nullable(Out()), reason: Nullable(Out()) }, { description: '结案情况' }),
    ),
    resumedFrom: Nullable(Type.Object({ id: Out(), caseNumber: Nullable(Out()) }, { description: '本案恢复执行自哪一案件' })),
    resumedBy: Type.Array(CaseLink, { description: '由本案恢复执行而立的案件' }),
    title: Nullable(
      Type.Object(
        {
          documentNumber: Out(),
          issuer: Out(),
          issuerType: OneOf(issuerTypes, { description: '执行依据种类' }),
          issuerTypeName: Out(),
          originalCase: Nullable(
            Type.Object(
              { caseNumber: Out({ description: '原审案号（规范写法）' }), court: Nullable(CourtRef) },
              { description: '人民法院作出的执行依据：原审案号及其法院' },
            ),
          ),
          effectiveOn: Out(),
          performanceDeadline: Nullable(Out()),
          obligations: Type.Array(ObligationView),
        },
        { description: '执行依据' },
      ),
    ),
    applicants: Type.Array(Ref(PartyView)),
    debtors: Type.Array(Ref(PartyView)),
    thirdParties: Type.Array(Ref(PartyView)),
    version: Type.Integer({ description: '版本号：修改案件时可带上，以防覆盖他人的修改' }),
    // Approvals (src/approvals): the request pending now (so nobody files a second), and who approved what, when.
    approvals: CaseApprovals,
  },
  { $id: 'CaseDetail', title: '案件详情' },
);

export const TimelineEvent = Type.Object(
  {
    id: Out(),
    seq: Out({ description: '本院审计事件序号' }),
    at: Type.String({ format: 'date-time', description: '发生时间（UTC，ISO 8601）' }),
    actor: Out({ description: '操作人' }),
    action: Out({ description: '事件，如 case.filed、case.start、case.closed' }),
    changes: Nullable(Type.Record(Type.String(), Type.Unknown(), { description: '本次变更的内容' })),
  },
  { $id: 'TimelineEvent', title: '流程记录' },
);

export const casesSchemas = [Filed, CaseListItem, CasePage, PartyView, CaseDetail, TimelineEvent];
