import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppContext } from '../platform/context.ts';
import { can } from '../access/access.types.ts';
import { principalForToken } from '../access/authenticate.ts';
import { problemOf, statusOf } from './errors.ts';
import { failure } from '../shared/result.ts';
import { accessRoutes } from '../access/access.routes.ts';
import { SESSION_COOKIE, sessionToken } from './route-kit.ts';
import { courtsRoutes } from '../courts/courts.routes.ts';
import { casesRoutes } from '../cases/cases.routes.ts';
import { rulesRoutes } from '../rules/rules.routes.ts';
import { auditRoutes } from '../audit/audit.routes.ts';
import { replyIfDatabaseUnavailable, serverTimeouts } from './resilience.ts';

export async function buildServer(ctx: AppContext, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    bodyLimit: 2 * 1024 * 1024,
    ...serverTimeouts(ctx.config.http),
  });
  app.decorateRequest('principal', null);
  // Registered before the permission hook: onRequest hooks run in order, and that hook reads the session cookie.
  await app.register(cookie);

  // Every API route must declare its permission; forgetting one is a start-up error, not a hole.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.config?.permission)
      throw new Error(`route ${route.method} ${route.url} declares no permission`);
  });

  app.addHook('onRequest', async (req, res) => {
    const permission = req.routeOptions.config?.permission;
    if (!permission) return;
    const token = sessionToken(req);
    req.principal = token ? await principalForToken(ctx, token) : null;
    if (permission === 'anyone') return;
    const f = !req.principal ? failure('unauthenticated') : !can(req.principal, permission) ? failure('forbidden') : null;
    if (f) return res.code(statusOf(f.code)).type('application/problem+json').send(problemOf(f, req.url));
  });

  app.setErrorHandler((error: Error & { validation?: unknown[]; statusCode?: number; code?: string }, req, res) => {
    if (error.validation) {
      const f = failure('validation-failed', error.message);
      return res.code(400).type('application/problem+json').send(problemOf(f, req.url));
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error.statusCode === 400 && error instanceof SyntaxError)) {
      // The calculators answer every malformed input with 422 (the rules API's convention).
      if (req.url.startsWith('/api/v1/rules/')) {
        const f = failure('invalid-input', '请求内容不是合法的 JSON');
        return res.code(422).type('application/problem+json').send(problemOf(f, req.url));
      }
      return res
        .code(400)
        .type('application/problem+json')
        .send(problemOf(failure('invalid-json'), req.url));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const f = failure('validation-failed', error.message);
      return res
        .code(error.statusCode)
        .type('application/problem+json')
        .send({ ...problemOf(f, req.url), status: error.statusCode });
    }
    // The database is away (restart, failover, timeout): 503, which the client may retry.
    const unavailable = replyIfDatabaseUnavailable(error, req, res);
    if (unavailable) return unavailable;
    req.log.error(error);
    return res
      .code(500)
      .type('application/problem+json')
      .send(problemOf(failure('internal'), req.url));
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Zhixing 执行 API',
        version: '1.0.0',
        description: '人民法院执行案件管理平台接口。金额为元（两位小数字符串），日期为 YYYY-MM-DD。',
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(
    async (api) => {
      api.get('/health', { config: { permission: 'anyone' }, schema: { tags: ['platform'] } }, async (req, res) => {
        try {
          await ctx.db.selectFrom('courts').select('id').limit(1).execute();
          return { status: 'ok', database: ctx.handle.kind };
        } catch (error) {
          return (
            replyIfDatabaseUnavailable(error, req, res) ||
            res
              .code(503)
              .type('application/problem+json')
              .send(problemOf(failure('database-unavailable')))
          );
        }
      });
      api.get('/openapi.json', { config: { permission: 'anyone' }, schema: { hide: true } }, async () => app.swagger());
      await accessRoutes(api, ctx);
      await courtsRoutes(api, ctx);
      await casesRoutes(api, ctx);
      await rulesRoutes(api, ctx);
      await auditRoutes(api, ctx);
    },
    { prefix: '/api/v1' },
  );

  // The web app, when built: any non-API path falls back to index.html for the client router.
  const dist = resolve(ctx.config.webDist);
  if (existsSync(resolve(dist, 'index.html'))) {
    await app.register(fastifyStatic, { root: dist, wildcard: false });
    app.setNotFoundHandler((req, res) => {
      if (req.url.startsWith('/api/'))
        return res
          .code(404)
          .type('application/problem+json')
          .send(problemOf(failure('not-found'), req.url));
      return res.sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((req, res) =>
      res
        .code(404)
        .type('application/problem+json')
        .send(problemOf(failure('not-found'), req.url)),
    );
  }
  return app;
}
