import type { AppContext } from '../platform/context.ts';
import { checkHealth } from '../platform/check-health.ts';
import { schemaOf, send } from './operation.ts';
import { health, openapiDocument } from './platform.contract.ts';
import type { Api } from './route-kit.ts';

export async function platformRoutes(api: Api, ctx: AppContext) {
  api.get('/health', { config: { permission: 'anyone' }, schema: schemaOf(health) }, async (req, res) =>
    send(res, req, health, await checkHealth(ctx)),
  );
  api.get('/openapi.json', { config: { permission: 'anyone' }, schema: schemaOf(openapiDocument) }, async () => api.swagger());
}
