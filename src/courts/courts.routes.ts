import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { failure } from '../shared/result.ts';
import { reply } from '../http/route-kit.ts';
import type { CourtRow } from './court-directory.ts';

type Query = { level?: string; parent?: string; province?: string; name?: string; limit?: number; offset?: number };

export async function courtsRoutes(api: FastifyInstance, ctx: AppContext) {
  const view = (c: CourtRow) => ({
    code: c.code,
    name: c.name,
    level: c.level,
    parentCode: c.parentId === null ? null : ctx.courts.byId(c.parentId)!.code,
    provinceCode: c.provinceCode,
    special: c.special,
  });

  api.get<{ Querystring: Query }>(
    '/courts',
    {
      config: { permission: 'anyone' },
      schema: {
        tags: ['courts'],
        summary: '法院名录（可按层级、上级法院、省份、名称筛选）',
        querystring: {
          type: 'object',
          properties: {
            level: { type: 'string', enum: ['supreme', 'high', 'intermediate', 'basic'] },
            parent: { type: 'string', description: '上级法院代字' },
            province: { type: 'string', description: '省级简称（粤）或两位区划代码（44）' },
            name: { type: 'string' },
            limit: { type: 'integer', minimum: 1, maximum: 5000, default: 100 },
            offset: { type: 'integer', minimum: 0, default: 0 },
          },
        },
      },
    },
    async (req, res) => {
      const q = req.query;
      let list = ctx.courts.all;
      if (q.level) list = list.filter((c) => c.level === q.level);
      if (q.parent) {
        const parent = ctx.courts.byCode(q.parent);
        if (!parent) return reply(res, req, failure('court-not-found', q.parent));
        list = list.filter((c) => c.parentId === parent.id);
      }
      if (q.province) {
        const high = ctx.courts.byCode(q.province) ?? ctx.courts.all.find((c) => c.level === 'high' && c.provinceCode === q.province);
        const code = high?.provinceCode ?? q.province;
        list = list.filter((c) => c.provinceCode === code && c.level !== 'supreme');
      }
      if (q.name) list = list.filter((c) => c.name.includes(q.name!) || c.code === q.name);
      const offset = q.offset ?? 0;
      const limit = q.limit ?? 100;
      return { total: list.length, items: list.slice(offset, offset + limit).map(view) };
    },
  );

  api.get<{ Params: { code: string } }>(
    '/courts/:code',
    {
      config: { permission: 'anyone' },
      schema: { tags: ['courts'], summary: '按代字查询法院', params: { type: 'object', properties: { code: { type: 'string' } } } },
    },
    async (req, res) => {
      const court = ctx.courts.byCode(req.params.code);
      if (!court) return reply(res, req, failure('court-not-found', req.params.code));
      return { ...view(court), parent: court.parentId === null ? null : view(ctx.courts.byId(court.parentId)!) };
    },
  );
}
