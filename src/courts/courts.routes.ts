import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { failure } from '../shared/result.ts';
import { reply } from '../http/route-kit.ts';
import type { CourtRow } from './court-directory.ts';
import { formerCode, formerCodesOf } from './former-codes.ts';

type Query = { level?: string; parent?: string; province?: string; name?: string; q?: string; limit?: number; offset?: number };

// The former codes of a court, as the API shows them (陕0118 ← 陕0125 户县, until 2018-12-31).
const formerCodesView = (code: string) => formerCodesOf(code).map((f) => ({ code: f.code, name: f.name, until: f.until }));

export async function courtsRoutes(api: FastifyInstance, ctx: AppContext) {
  const view = (c: CourtRow) => ({
    code: c.code,
    name: c.name,
    level: c.level,
    parentCode: c.parentId === null ? null : ctx.courts.byId(c.parentId)!.code,
    provinceCode: c.provinceCode,
    special: c.special,
    formerCodes: formerCodesView(c.code),
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
            q: { type: 'string', maxLength: 50, description: '法院选择器：按名称、代字或原代字查找' },
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
      if (q.q) list = search(list, q.q.trim());
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
      const code = req.params.code;
      const parentView = (c: CourtRow) => (c.parentId === null ? null : view(ctx.courts.byId(c.parentId)!));
      const court = ctx.courts.byCode(code);
      if (court) return { ...view(court), parent: parentView(court), formerCode: null };
      // A superseded code answers with the court that carries it on, marked as former.
      const former = formerCode(code);
      const successor = former && ctx.courts.byCode(former.successor);
      if (!former || !successor) return reply(res, req, failure('court-not-found', code));
      return {
        ...view(successor),
        parent: parentView(successor),
        formerCode: { code: former.code, name: former.name, until: former.until, successor: successor.code },
      };
    },
  );
}

// A court picker's search: an exact code or former code first, then codes and names containing the text.
function search(list: readonly CourtRow[], text: string): CourtRow[] {
  if (!text) return [...list];
  const successor = formerCode(text)?.successor;
  const rank = (c: CourtRow) =>
    c.code === text || c.code === successor
      ? 0
      : c.code.startsWith(text)
        ? 1
        : c.name.includes(text)
          ? 2
          : formerCodesOf(c.code).some((f) => f.name.includes(text))
            ? 3
            : 9;
  return list
    .map((c) => [rank(c), c] as const)
    .filter(([r]) => r < 9)
    .sort((a, b) => a[0] - b[0])
    .map(([, c]) => c);
}
