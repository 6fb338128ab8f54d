import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { reply, who } from '../http/route-kit.ts';
import { caseDeadlinesOperation, courtDeadlinesOperation, myTodoOperation, waiveDeadlineOperation } from './deadlines.contract.ts';
import { caseDeadlines, courtDeadlines, myTodo, type DeadlineFilters } from './read-deadlines.ts';
import { waiveDeadlineById } from './waive-deadline.ts';

const schemaOf = ({ response, ...o }: { response: unknown } & Record<string, unknown>) => ({ ...o, response: { 200: response } });

export async function deadlinesRoutes(api: FastifyInstance, ctx: AppContext) {
  api.get<{ Params: { id: string } }>(
    '/cases/:id/deadlines',
    { config: { permission: 'case.read' }, schema: schemaOf(caseDeadlinesOperation) },
    async (req, res) => reply(res, req, await caseDeadlines(ctx, who(req), req.params.id)),
  );

  api.get<{ Querystring: DeadlineFilters }>(
    '/deadlines',
    { config: { permission: 'case.read' }, schema: schemaOf(courtDeadlinesOperation) },
    async (req, res) => reply(res, req, await courtDeadlines(ctx, who(req), req.query)),
  );

  api.get<{ Querystring: { limit?: number } }>(
    '/me/todo',
    { config: { permission: 'case.read' }, schema: schemaOf(myTodoOperation) },
    async (req, res) => reply(res, req, await myTodo(ctx, who(req), req.query)),
  );

  api.post<{ Params: { id: string }; Body: { reason: string } }>(
    '/deadlines/:id/waive',
    { config: { permission: 'case.close' }, schema: schemaOf(waiveDeadlineOperation) },
    async (req, res) => reply(res, req, await waiveDeadlineById(ctx, who(req), req.params.id, req.body)),
  );
}
