import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppContext } from '../platform/context.ts';
import { can } from '../access/access.types.ts';
import { principalForToken } from '../access/authenticate.ts';
import { accountRoutes } from '../access/accounts.routes.ts';
import { failure, type ErrorCode } from '../shared/result.ts';
import { accessRoutes } from '../access/access.routes.ts';
import { sessionToken } from './route-kit.ts';
import { courtsRoutes } from '../courts/courts.routes.ts';
import { casesRoutes } from '../cases/cases.routes.ts';
import { rulesRoutes } from '../rules/rules.routes.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { deadlinesRoutes } from '../deadlines/deadlines.routes.ts';
import { schedulerRoutes } from '../scheduler/scheduler.routes.ts';
import { platformRoutes } from './platform.routes.ts';
import { sendProblem } from './problem.ts';
import { JsonTooDeep, useJsonBodies } from './json-body.ts';
import { compileRequestSchema, RequestInvalid } from './request-validation.ts';
import { cachedSerializerFactory } from './serializers.ts';
import { loggerOptions, type LogOptions } from './logging.ts';
import { registerApiDocs } from './api-docs.ts';
import { documentsRoutes } from '../documents/documents.routes.ts';
import { approvalsRoutes } from '../approvals/approvals.routes.ts';
import { assetsRoutes } from '../assets/assets.routes.ts';
import { fundsRoutes } from '../funds/funds.routes.ts';
import { reconcileRoutes } from '../funds/reconcile.routes.ts';
import { statementExportRoutes } from '../funds/statement-export.routes.ts';
import { distributionRoutes } from '../distribution/distribution.routes.ts';
import { disposalRoutes } from '../disposal/disposal.routes.ts';
import { reportsRoutes } from '../reports/reports.routes.ts';
import { creditRoutes } from '../credit/credit.routes.ts';
import { restrictionRoutes } from '../credit/restriction.routes.ts';
import { correctionRoutes } from '../credit/correction.routes.ts';
import { restorationRoutes } from '../credit/restoration.routes.ts';
import { levelRoutes } from '../credit/levels.routes.ts';
import { dormantRoutes } from '../dormant/dormant.routes.ts';
import { dormantExitRoutes } from '../dormant/exit.routes.ts';
import { creditRegisterRoutes } from '../credit/register.routes.ts';
import { leadsRoutes } from '../leads/leads.routes.ts';
import { onsiteRoutes } from '../onsite/onsite.routes.ts';
import { terminationRoutes } from '../termination/termination.routes.ts';
import { searchesRoutes } from '../searches/searches.routes.ts';
import { institutionsRoutes } from '../institutions/institutions.routes.ts';
import { useSecurityHeaders } from './security-headers.ts';
import { serverTimeouts, unavailableFailure } from './resilience.ts';
import { RateLimited, useRateLimits } from './rate-limit.ts';
import { publicRoutes } from '../credit/public.routes.ts';

export type ServerOptions = { log?: LogOptions | false };

export async function buildServer(ctx: AppContext, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(opts.log),
    genReqId: () => randomUUID(),
    bodyLimit: 2 * 1024 * 1024,
    // Behind a reverse proxy: the client's address (sign-in throttling) and HTTPS (the cookie's
    // Secure flag) as the proxy tells them, and only when configured to believe it.
    trustProxy: ctx.config.trustProxy,
    ...serverTimeouts(ctx.config.http),
    schemaController: { compilersFactory: { buildSerializer: cachedSerializerFactory } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  await useSecurityHeaders(app);
  app.setValidatorCompiler(compileRequestSchema);
  useJsonBodies(app);
  app.decorateRequest('principal', null);
  // Registered before the permission hook: onRequest hooks run in order, and that hook reads the session cookie.
  await app.register(cookie);
  await useRateLimits(app);

  // Every API route must declare its permission and its contract; forgetting either is a start-up
  // error, not a hole (a response without a schema would be serialised without an allow-list).
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    if (!route.config?.permission) throw new Error(`route ${String(route.method)} ${route.url} declares no permission`);
    if (!route.schema?.response || !route.schema.summary)
      throw new Error(`route ${String(route.method)} ${route.url} declares no contract`);
  });

  app.addHook('onRequest', async (req, res) => {
    // Every answer names its request, so that a client's report finds the server's log line.
    res.header('x-request-id', req.id);
    const permission = req.routeOptions.config?.permission;
    if (!permission) return;
    const token = sessionToken(req);
    req.principal = token ? await principalForToken(ctx, token) : null;
    if (permission === 'anyone') return;
    const p = req.principal;
    const f = !p
      ? failure('unauthenticated')
      : !can(p, permission)
        ? failure('forbidden', p.mustChangePassword ? mustChange : undefined)
        : null;
    if (f) return sendProblem(res, req, f);
  });

  app.setErrorHandler((error: FastifyError, req, res) => handleError(error, req, res));

  await registerApiDocs(app);
  await app.register(
    async (api) => {
      await platformRoutes(api, ctx);
      await accessRoutes(api, ctx);
      await accountRoutes(api, ctx);
      await courtsRoutes(api, ctx);
      await casesRoutes(api, ctx);
      await rulesRoutes(api, ctx);
      await auditRoutes(api, ctx);
      await deadlinesRoutes(api, ctx);
      await schedulerRoutes(api, ctx);
      await documentsRoutes(api, ctx);
      await approvalsRoutes(api, ctx);
      await assetsRoutes(api, ctx);
      await fundsRoutes(api, ctx);
      await reconcileRoutes(api, ctx);
      await statementExportRoutes(api, ctx);
      await distributionRoutes(api, ctx);
      await disposalRoutes(api, ctx);
      await reportsRoutes(api, ctx);
      await creditRoutes(api, ctx);
      await publicRoutes(api, ctx);
      await restrictionRoutes(api, ctx);
      await correctionRoutes(api, ctx);
      await restorationRoutes(api, ctx);
      await creditRegisterRoutes(api, ctx);
      await levelRoutes(api, ctx);
      await dormantRoutes(api, ctx);
      await dormantExitRoutes(api, ctx);
      await leadsRoutes(api, ctx);
      await onsiteRoutes(api, ctx);
      await searchesRoutes(api, ctx);
      await institutionsRoutes(api, ctx);
      await terminationRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );

  // The web app, when built: any non-API path falls back to index.html for the client router.
  const dist = resolve(ctx.config.webDist);
  const web = existsSync(resolve(dist, 'index.html'));
  if (web) await app.register(fastifyStatic, { root: dist, wildcard: false });
  app.setNotFoundHandler((req, res) => {
    if (web && !req.url.startsWith('/api/')) return res.sendFile('index.html');
    return sendProblem(res, req, failure('not-found'));
  });
  return app;
}

const mustChange = '管理员为您设置了临时密码，请先修改密码（POST /api/v1/auth/password）';

// Fastify's own failures before a handler runs, each with its stable code.
const edgeCodes: Readonly<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid-json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad-request',
};

function handleError(error: FastifyError, req: FastifyRequest, res: FastifyReply) {
  if (error instanceof RequestInvalid) {
    const detail = error.errors.map((e) => e.message).join('；');
    return sendProblem(res, req, failure('validation-failed', detail, error.errors));
  }
  if (error instanceof JsonTooDeep) return sendProblem(res, req, failure('json-too-deep'));
  if (error instanceof RateLimited)
    return sendProblem(res, req, failure('rate-limited', `查询过于频繁，请于 ${error.retryAfterSeconds} 秒后再试`));
  const edge = edgeCodes[error.code];
  if (edge) return sendProblem(res, req, failure(edge));
  // The JSON parser's own refusals: a syntax error, a forbidden __proto__ or constructor key.
  if (error instanceof SyntaxError) return sendProblem(res, req, failure('invalid-json'));
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)
    return sendProblem(res, req, failure('bad-request'), error.statusCode);
  // The database is away (restart, failover, timeout): 503, which the client may retry.
  const unavailable = unavailableFailure(error);
  if (unavailable) return sendProblem(res, req, unavailable);
  req.log.error({ err: error, requestId: req.id }, 'unexpected error');
  return sendProblem(res, req, failure('internal'));
}
