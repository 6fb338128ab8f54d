import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { caseDeadlinesOperation, courtDeadlinesOperation, myTodoOperation, waiveDeadlineOperation } from './deadlines.contract.ts';
import { caseDeadlines, courtDeadlines, myTodo } from './read-deadlines.ts';
import { waiveDeadlineById } from './waive-deadline.ts';

export async function deadlinesRoutes(api: Api, ctx: AppContext) {
  api.get('/cases/:id/deadlines', { config: { permission: 'case.read' }, schema: schemaOf(caseDeadlinesOperation) }, async (req, res) =>
    send(res, req, caseDeadlinesOperation, await caseDeadlines(ctx, who(req), req.params.id)),
  );

  api.get('/deadlines', { config: { permission: 'case.read' }, schema: schemaOf(courtDeadlinesOperation) }, async (req, res) =>
    send(res, req, courtDeadlinesOperation, await courtDeadlines(ctx, who(req), req.query)),
  );

  api.get('/me/todo', { config: { permission: 'case.read' }, schema: schemaOf(myTodoOperation) }, async (req, res) =>
    send(res, req, myTodoOperation, await myTodo(ctx, who(req), req.query)),
  );

  api.post('/deadlines/:id/waive', { config: { permission: 'case.close' }, schema: schemaOf(waiveDeadlineOperation) }, async (req, res) =>
    send(res, req, waiveDeadlineOperation, await waiveDeadlineById(ctx, who(req), req.params.id, req.body)),
  );
}
