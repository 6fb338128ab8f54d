import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import * as op from './institutions.contract.ts';
import { addressedRequests, answerAddressed } from './institution-api.ts';

export async function institutionsRoutes(api: Api, ctx: AppContext) {
  api.get(
    '/institution/requests',
    { config: { permission: 'institution.answer' }, schema: schemaOf(op.listInstitutionRequests) },
    async (req, res) => send(res, req, op.listInstitutionRequests, await addressedRequests(ctx, who(req), req.query)),
  );

  api.post(
    '/institution/requests/:id/answer',
    { config: { permission: 'institution.answer' }, schema: schemaOf(op.answerInstitutionRequest) },
    async (req, res) => send(res, req, op.answerInstitutionRequest, await answerAddressed(ctx, who(req), req.params.id, req.body)),
  );
}
