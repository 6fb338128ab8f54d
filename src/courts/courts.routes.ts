import type { AppContext } from '../platform/context.ts';
import { failure, success } from '../shared/result.ts';
import type { Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import type { CourtRow } from './court-directory.ts';
import * as contract from './courts.contract.ts';

export async function courtsRoutes(api: Api, ctx: AppContext) {
  const view = (c: CourtRow) => ({
    code: c.code,
    name: c.name,
    level: c.level,
    parentCode: c.parentId === null ? null : ctx.courts.byId(c.parentId)!.code,
    provinceCode: c.provinceCode,
    special: c.special,
  });

  api.get('/courts', { config: { permission: 'anyone' }, schema: schemaOf(contract.listCourts) }, async (req, res) => {
    const q = req.query;
    let list = ctx.courts.all;
    if (q.level) list = list.filter((c) => c.level === q.level);
    if (q.parent) {
      const parent = ctx.courts.byCode(q.parent);
      if (!parent) return send(res, req, contract.listCourts, failure('court-not-found', q.parent));
      list = list.filter((c) => c.parentId === parent.id);
    }
    if (q.province) {
      const high = ctx.courts.byCode(q.province) ?? ctx.courts.all.find((c) => c.level === 'high' && c.provinceCode === q.province);
      const code = high?.provinceCode ?? q.province;
      list = list.filter((c) => c.provinceCode === code && c.level !== 'supreme');
    }
    if (q.name) list = list.filter((c) => c.name.includes(q.name!) || c.code === q.name);
    const offset = q.offset ?? 0;
    const items = list.slice(offset, offset + (q.limit ?? 100)).map(view);
    return send(res, req, contract.listCourts, success({ total: list.length, items }));
  });

  api.get('/courts/:code', { config: { permission: 'anyone' }, schema: schemaOf(contract.getCourt) }, async (req, res) => {
    const court = ctx.courts.byCode(req.params.code);
    if (!court) return send(res, req, contract.getCourt, failure('court-not-found', req.params.code));
    const parent = court.parentId === null ? null : view(ctx.courts.byId(court.parentId)!);
    return send(res, req, contract.getCourt, success({ ...view(court), parent }));
  });
}
