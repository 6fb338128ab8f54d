import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { reply, who } from '../http/route-kit.ts';
import { fileCaseIn } from './file-case.ts';
import { caseTimeline, getCase, listCases, type CaseFilters } from './read-cases.ts';
import { assignOfficer, closeCase, transitionCase, type Closure } from './change-case.ts';
import { resumeCaseIn, type Resumption } from './resume-case.ts';
import { replyIdempotent } from '../idempotency/idempotency.http.ts';
import { IdempotencyHeaders } from '../idempotency/idempotency.contract.ts';
import { closureModes } from './cases.types.ts';
import type { Transition } from './lifecycle.ts';

const party = {
  type: 'object',
  required: ['kind', 'name'],
  properties: {
    kind: { type: 'string', enum: ['person', 'organization'] },
    name: { type: 'string', minLength: 1, maxLength: 100 },
    idNumber: { type: 'string', description: '自然人：公民身份号码（GB 11643）' },
    creditCode: { type: 'string', description: '单位：统一社会信用代码（GB 32100）' },
    legalRepresentative: { type: ['string', 'null'] },
  },
} as const;

const yuan = { type: 'string', description: '金额（元），两位小数，如 "120000.00"' } as const;
const date = { type: 'string', description: 'YYYY-MM-DD' } as const;

const filingSchema = {
  type: 'object',
  required: ['courtCode', 'filedOn', 'claimAmount', 'title', 'applicants', 'debtors'],
  properties: {
    courtCode: { type: 'string', description: '法院代字，如 粤0703' },
    type: { type: 'string', enum: ['first', 'resumed', 'preservation'], default: 'first' },
    filedOn: date,
    claimAmount: yuan,
    officerId: { type: 'string' },
    title: {
      type: 'object',
      required: ['documentNumber', 'issuer', 'effectiveOn', 'obligations'],
      properties: {
        documentNumber: { type: 'string' },
        issuer: { type: 'string' },
        effectiveOn: date,
        performanceDeadline: { type: ['string', 'null'] },
        obligations: {
          type: 'array',
          items: {
            type: 'object',
            required: ['kind'],
            properties: { kind: { type: 'string', enum: ['money', 'act'] }, amount: yuan, description: { type: 'string' } },
          },
        },
      },
    },
    applicants: { type: 'array', items: party },
    debtors: { type: 'array', items: party },
    thirdParties: { type: 'array', items: party },
  },
} as const;

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;
const versioned = {
  version: { type: 'integer', minimum: 1, description: '乐观锁版本号（可选）' },
  reason: { type: 'string', maxLength: 500 },
};
// 暂缓执行's last day, at most one year on (民诉法解释 第467条); the daily sweep continues the case after it.
const deferral = { until: { type: 'string', description: '暂缓执行期限的最后一日 YYYY-MM-DD（可选，最长一年）' } };

export async function casesRoutes(api: FastifyInstance, ctx: AppContext) {
  api.post(
    '/cases',
    {
      config: { permission: 'case.file' },
      schema: { tags: ['cases'], summary: '执行立案', body: filingSchema, headers: IdempotencyHeaders },
    },
    async (req, res) => replyIdempotent(ctx, req, res, who(req), 201, (tx) => fileCaseIn(tx, ctx, who(req), req.body)),
  );

  api.get<{ Querystring: CaseFilters }>(
    '/cases',
    {
      config: { permission: 'signed-in' },
      schema: {
        tags: ['cases'],
        summary: '案件列表（游标分页）',
        querystring: {
          type: 'object',
          properties: {
            court: { type: 'string' },
            status: { type: 'string' },
            officer: { type: 'string' },
            filedFrom: date,
            filedTo: date,
            party: { type: 'string', description: '当事人名称或证件号码' },
            cursor: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
          },
        },
      },
    },
    async (req, res) => reply(res, req, await listCases(ctx, who(req), req.query)),
  );

  api.get<{ Params: { id: string } }>(
    '/cases/:id',
    { config: { permission: 'signed-in' }, schema: { tags: ['cases'], summary: '案件详情', params: idParams } },
    async (req, res) => reply(res, req, await getCase(ctx, who(req), req.params.id)),
  );

  api.get<{ Params: { id: string } }>(
    '/cases/:id/timeline',
    { config: { permission: 'signed-in' }, schema: { tags: ['cases'], summary: '案件流程记录', params: idParams } },
    async (req, res) => reply(res, req, await caseTimeline(ctx, who(req), req.params.id)),
  );

  for (const t of ['start', 'suspend', 'defer', 'continue'] as Transition[]) {
    api.post<{ Params: { id: string }; Body: { version?: number; reason?: string; until?: string } }>(
      `/cases/:id/${t}`,
      {
        config: { permission: 'case.progress' },
        schema: {
          tags: ['cases'],
          params: idParams,
          body: { type: 'object', properties: { ...versioned, ...(t === 'defer' ? deferral : {}) } },
        },
      },
      async (req, res) => reply(res, req, await transitionCase(ctx, who(req), req.params.id, t, req.body ?? {})),
    );
  }

  api.post<{ Params: { id: string }; Body: Closure }>(
    '/cases/:id/close',
    {
      config: { permission: 'case.close' },
      schema: {
        tags: ['cases'],
        summary: '结案',
        params: idParams,
        body: {
          type: 'object',
          required: ['mode', 'closedOn', 'reason'],
          properties: { mode: { type: 'string', enum: [...closureModes] }, closedOn: date, ...versioned },
        },
      },
    },
    async (req, res) => reply(res, req, await closeCase(ctx, who(req), req.params.id, req.body)),
  );

  api.post<{ Params: { id: string }; Body: Resumption }>(
    '/cases/:id/resume',
    {
      config: { permission: 'case.file' },
      schema: {
        tags: ['cases'],
        summary: '恢复执行（立执恢案件）',
        params: idParams,
        headers: IdempotencyHeaders,
        body: {
          type: 'object',
          required: ['filedOn', 'claimAmount', 'reason'],
          properties: { filedOn: date, claimAmount: yuan, reason: { type: 'string' } },
        },
      },
    },
    async (req, res) => replyIdempotent(ctx, req, res, who(req), 201, (tx) => resumeCaseIn(tx, ctx, who(req), req.params.id, req.body)),
  );

  api.post<{ Params: { id: string }; Body: { officerId: string; version?: number } }>(
    '/cases/:id/officer',
    {
      config: { permission: 'case.assign' },
      schema: {
        tags: ['cases'],
        summary: '指定承办人',
        params: idParams,
        body: { type: 'object', required: ['officerId'], properties: { officerId: { type: 'string' }, version: { type: 'integer' } } },
      },
    },
    async (req, res) => reply(res, req, await assignOfficer(ctx, who(req), req.params.id, req.body.officerId, req.body.version)),
  );
}
