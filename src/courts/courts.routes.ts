import type { AppContext } from '../platform/context.ts';
import { failure, success } from '../shared/result.ts';
import type { Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import type { CourtRow } from './court-directory.ts';
import * as contract from './courts.contract.ts';
import { formerCode, formerCodesOf } from './former-codes.ts';

// The former codes of a court, as the API shows them (陕0118 ← 陕0125 户县, until 2018-12-31).
const formerCodesView = (code: string) => formerCodesOf(code).map((f) => ({ code: f.code, name: f.name, until: f.until }));

export async function courtsRoutes(api: Api, ctx: AppContext) {
  const view = (c: CourtRow) => ({
    code: c.code,
    name: c.name,
    level: c.level,
    parentCode: c.parentId === null ? null : ctx.courts.byId(c.parentId)!.code,
    provinceCode: c.provinceCode,
    special: c.special,
    formerCodes: formerCodesView(c.code),
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
    if (q.q) list = search(list, q.q.trim());
    const offset = q.offset ?? 0;
    const items = list.slice(offset, offset + (q.limit ?? 100)).map(view);
    return send(res, req, contract.listCourts, success({ total: list.length, items }));
  });

  api.get('/courts/:code', { config: { permission: 'anyone' }, schema: schemaOf(contract.getCourt) }, async (req, res) => {
    const code = req.params.code;
    const parentView = (c: CourtRow) => (c.parentId === null ? null : view(ctx.courts.byId(c.parentId)!));
    const court = ctx.courts.byCode(code);
    if (court) return send(res, req, contract.getCourt, success({ ...view(court), parent: parentView(court), formerCode: null }));
    // A superseded code answers with the court that carries it on, marked as former.
    const former = formerCode(code);
    const successor = former && ctx.courts.byCode(former.successor);
    if (!former || !successor) return send(res, req, contract.getCourt, failure('court-not-found', code));
    return send(
      res,
      req,
      contract.getCourt,
      success({
        ...view(successor),
        parent: parentView(successor),
        formerCode: { code: former.code, name: former.name, until: former.until, successor: successor.code },
      }),
    );
  });
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
