import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { reply } from '../http/route-kit.ts';
import { calculators } from './calculators/index.ts';
import { calculatorContext } from './calculators/context.ts';

// The public calculators: no sign-in, the same JSON as `zhixing rules <name> --json`.
export async function rulesRoutes(api: FastifyInstance, ctx: AppContext) {
  const calcCtx = calculatorContext(ctx.courts, ctx.calendar);
  // One indexed read per calculation: a year set with `zhixing calendar set` applies at once.
  api.get('/rules', { config: { permission: 'anyone' }, schema: { tags: ['rules'], summary: '计算器列表' } }, async () => ({
    items: Object.values(calculators).map((c) => ({ name: c.name, title: c.title })),
  }));
  for (const calc of Object.values(calculators)) {
    api.post(
      `/rules/${calc.name}`,
      {
        config: { permission: 'anyone' },
        schema: { tags: ['rules'], summary: calc.title, body: { type: 'object', additionalProperties: true } },
      },
      async (req, res) => {
        await ctx.calendar.refresh();
        return reply(res, req, calc.run(req.body, calcCtx));
      },
    );
  }
}
