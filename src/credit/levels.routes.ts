import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './levels.contract.ts';
import { readDisciplineLevels } from './discipline-levels.ts';

// 分级惩戒 (ADR 0210): the levels of a case's debtors.
export async function levelRoutes(api: Api, ctx: AppContext) {
  api.get('/cases/:id/discipline-levels', { config: { permission: 'case.read' }, schema: schemaOf(op.listLevels) }, async (req, res) =>
    send(res, req, op.listLevels, await readDisciplineLevels(ctx, who(req), req.params.id)),
  );
}
