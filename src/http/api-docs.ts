import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TSchema } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { fieldCodes } from '../shared/validation-messages.ts';
import { MAX_JSON_DEPTH } from './json-body.ts';
import { FieldErrorSchema, ProblemSchema } from './problem.ts';
import { SESSION_COOKIE } from './route-kit.ts';
import { Health } from './platform.contract.ts';
import { accessSchemas } from '../access/access.contract.ts';
import { courtsSchemas } from '../courts/courts.contract.ts';
import { casesSchemas } from '../cases/cases.contract.ts';
import { auditSchemas } from '../audit/audit.contract.ts';
import { rulesSchemas } from '../rules/rules.contract.ts';
import { deadlinesSchemas } from '../deadlines/deadlines.contract.ts';
import { schedulerSchemas } from '../scheduler/scheduler.contract.ts';
import { documentsSchemas } from '../documents/documents.contract.ts';
import { approvalsSchemas } from '../approvals/approvals.contract.ts';
import { assetsSchemas } from '../assets/assets.contract.ts';
import { fundsSchemas } from '../funds/funds.contract.ts';
import { delayInterestSchemas } from '../funds/delay-interest.contract.ts';
import { distributionSchemas } from '../distribution/distribution.contract.ts';
import { disposalSchemas } from '../disposal/disposal.contract.ts';
import { reportsSchemas } from '../reports/reports.contract.ts';
import { creditSchemas } from '../credit/credit.contract.ts';
import { registerSchemas } from '../credit/register.contract.ts';
import { levelSchemas } from '../credit/levels.contract.ts';
import { dormantSchemas } from '../dormant/dormant.contract.ts';
import { exitSchemas } from '../dormant/exit.contract.ts';
import { leadsSchemas } from '../leads/leads.contract.ts';
import { onsiteSchemas } from '../onsite/onsite.contract.ts';
import { terminationSchemas } from '../termination/termination.contract.ts';
import { searchesSchemas } from '../searches/searches.contract.ts';
import { institutionsSchemas } from '../institutions/institutions.contract.ts';

// The OpenAPI 3.1 document at /api/v1/openapi.json and the interactive one at /docs, written for
// a developer at a bank or a registry who connects to the platform.

const fieldCodeList = Object.entries(fieldCodes)
  .map(([code, title]) => `\`${code}\`（${title}）`)
  .join('、');

const description = `人民法院执行案件管理平台（执行）接口。

**登录**：API 客户端以 \`POST /api/v1/auth/login\`（请求内容带 \`"token": true\`）取得令牌，之后每个请求带 \`Authorization: Bearer <token>\`；浏览器只用 HttpOnly 会话 Cookie \`${SESSION_COOKIE}\`，登录答复中没有令牌。健康检查、法院名录和法律计算器无需登录。

**约定**：请求和响应均为 JSON（\`Content-Type: application/json\`），文本为 UTF-8。金额为元，用**字符串**表示，最多两位小数（如 \`"120000.00"\`），不接受数字；日期为 \`YYYY-MM-DD\`（1900 年及以后）；编号为 UUID。请求中的文本均有长度上限，不得含控制字符、改变文字方向的字符或无效编码，不得只有空白；列表均有项数上限；JSON 嵌套不得超过 ${MAX_JSON_DEPTH} 层。请求体中不接受未列出的字段。

**错误**：失败时答复 \`application/problem+json\`（RFC 9457）：\`code\` 为稳定的错误代码，\`title\` 为可直接展示的中文标题，\`requestId\` 为请求编号（与响应头 \`x-request-id\` 相同，报告问题时请提供）。请求内容不符合要求时答复 422 \`validation-failed\`，\`errors\` 逐字段列出 \`field\`（如 \`debtors[0].idNumber\`）、\`code\` 和中文 \`message\`。字段错误代码：${fieldCodeList}；业务校验另有 \`invalid-id-number\`、\`invalid-credit-code\`、\`date-in-future\` 等，见各接口的错误答复。JSON 格式错误答复 400 \`invalid-json\`，请求过大 413 \`payload-too-large\`，内容类型不受支持 415 \`unsupported-media-type\`。

**幂等**：立案等创建类接口接受请求头 \`Idempotency-Key\`：同一用户以同一键重试相同内容，答复第一次的结果而不重复办理；内容不同答复 409 \`idempotency-key-reused\`。

**分页**：案件列表和期限列表按游标分页：答复中的 \`nextCursor\` 作为下一次请求的 \`cursor\`，为 null 时已到末页。`;

const tags = [
  { name: '平台', description: '健康检查与接口文档' },
  { name: '登录与账户', description: '登录、退出、当前用户、用户管理' },
  { name: '法院', description: '全国法院名录与层级（法院代字）' },
  { name: '案件', description: '执行立案、案件列表与详情、流程节点、结案、恢复执行' },
  { name: '计算器', description: '法律计算器：期间、迟延履行利息、拍卖、分配等，每项答复附法律依据；无需登录' },
  { name: '审计', description: '审计事件哈希链校验' },
  { name: '期限', description: '流程节点期限：案件的期限、法院的期限列表、我的待办、免除期限' },
  { name: '文书', description: '执行通知书、报告财产令等文书的制作、下载和送达登记' },
  { name: '财产报告', description: '被执行人的财产报告、核查，以及对拒绝报告、虚假报告、逾期报告的罚款、拘留' },
  { name: '失信惩戒', description: '失信被执行人名单：纳入决定（院长审核签发）、宽限期、公布、删除及其通知' },
  { name: '终本案件库', description: '终结本次执行程序的案件：终本案件库及其筛选、终本后每六个月的复查记录和结果告知' },
  { name: '失信信息公开', description: '公开查询已公布的失信被执行人（无需登录，限制频率），以及联合惩戒单位同步名单变动' },
  { name: '财产线索', description: '申请执行人提交（当事人服务）或承办人登记的财产线索，7日内（紧急的3日内）核查及其结果' },
  { name: '现场执行', description: '现场执行记录、证据文件（上传时核对 SHA-256）、下载、保管链和完整性校验' },
  { name: '终结本次执行程序', description: '终本条件审查（按案件自身的记录逐项给出依据或还须做什么）、约谈申请执行人、被执行人下落及查找' },
  { name: '审批', description: '审批：暂缓执行、终结执行、不予执行等须经审批的事项；待审批列表、同意、不同意、撤回' },
  { name: '财产', description: '财产登记、查封扣押冻结（含轮候）、续行、解除、扣划，以及查封登记簿' },
  { name: '处置', description: '参考价（议价、定向询价、网络询价、委托评估）、网络司法拍卖（一拍、二拍及其结果）、变卖和以物抵债' },
  {
    name: '案款',
    description: '一案一账号的案款账户与复式记账明细、到账登记、收款账户确认、发放申请及承办人—执行局长—财务人员的逐级审批、银行回复',
  },
  {
    name: '参与分配',
    description: '参与分配：债权人申请参与分配、分配方案的制作与送达、异议与反对意见期间、异议之诉期间争议金额的提存、无争议款项的发放',
  },
  {
    name: '网络查控',
    description: '网络查控：向银行、不动产登记、车辆管理、证券登记结算、网络支付平台等协助执行单位查询被执行人的财产，查询状态与查到的财产',
  },
  { name: '协助执行单位', description: '协助执行单位接口：本单位收到的查询请求，提交答复（查询结果；以后还有冻结、扣划回执）' },
  { name: '每日任务', description: '每日任务（超期标记、届满提醒、暂缓届满等）及其运行记录' },
];

/** Every named schema of the document (components.schemas), registered once at the root. */
export const namedSchemas: readonly TSchema[] = [
  ProblemSchema,
  FieldErrorSchema,
  Health,
  ...accessSchemas,
  ...courtsSchemas,
  ...approvalsSchemas,
  ...casesSchemas,
  ...rulesSchemas,
  ...auditSchemas,
  ...deadlinesSchemas,
  ...schedulerSchemas,
  ...documentsSchemas,
  ...assetsSchemas,
  ...fundsSchemas,
  ...delayInterestSchemas,
  ...distributionSchemas,
  ...disposalSchemas,
  ...reportsSchemas,
  ...creditSchemas,
  ...registerSchemas,
  ...levelSchemas,
  ...dormantSchemas,
  ...exitSchemas,
  ...leadsSchemas,
  ...onsiteSchemas,
  ...searchesSchemas,
  ...institutionsSchemas,
  ...terminationSchemas,
];

type Parameter = { description?: string; schema?: { title?: string; description?: string } };
type Paths = Record<string, Record<string, { parameters?: Parameter[] }>>;

// A parameter's words live on its schema (title, description); the document shows them on the
// parameter itself, where Swagger UI and client generators read them.
function describeParameters(paths: Paths | undefined): void {
  for (const methods of Object.values(paths ?? {}))
    for (const op of Object.values(methods))
      for (const p of op.parameters ?? []) {
        const words = [p.schema?.title, p.schema?.description].filter(Boolean);
        if (!p.description && words.length) p.description = words.join('：');
      }
}

export async function registerApiDocs(app: FastifyInstance): Promise<void> {
  for (const s of namedSchemas) app.addSchema(s);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Zhixing 执行 API', version: '1.0.0', description },
      tags,
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: '登录接口答复的令牌' },
          cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: '浏览器会话 Cookie' },
        },
      },
    },
    transformObject: (doc) => {
      const openapi = 'openapiObject' in doc ? doc.openapiObject : doc.swaggerObject;
      describeParameters(openapi.paths as Paths | undefined);
      return openapi;
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
}
