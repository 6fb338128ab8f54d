import type { AppContext } from '../platform/context.ts';
import type { Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { success } from '../shared/result.ts';
import { calculators } from './calculators/index.ts';
import { calculatorContext } from './calculators/context.ts';
import { calculatorOperation, listCalculators } from './rules.contract.ts';

// The public calculators: no sign-in, the same JSON as `zhixing rules <name> --json`.
export async function rulesRoutes(api: Api, ctx: AppContext) {
  const calcCtx = calculatorContext(ctx.courts, ctx.calendar);
  api.get('/rules', { config: { permission: 'anyone' }, schema: schemaOf(listCalculators) }, async (req, res) =>
    send(res, req, listCalculators, success({ items: Object.values(calculators).map((c) => ({ name: c.name, title: c.title })) })),
  );
  for (const calc of Object.values(calculators)) {
    const op = calculatorOperation(calc);
    api.post(`/rules/${calc.name}`, { config: { permission: 'anyone' }, schema: schemaOf(op) }, async (req, res) => {
      // One indexed read per calculation: a year set with `zhixing calendar set` applies at once.
      await ctx.calendar.refresh();
      return send(res, req, op, calc.run(req.body, calcCtx));
    });
  }
}
