import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { filingBody, loginAdmin } from './fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';
import { calculators } from '../../src/rules/calculators/index.ts';
import { fundsRoutes, handlingRoutes, type Json, type Route } from './hostile-routes.ts';
import { restrictionRoutes } from './hostile-routes-credit.ts';
import { dormantRoutes } from './hostile-routes-dormant.ts';

// Hostile input on every write route, from a table: NUL bytes, lone surrogates, bidirectional
// overrides, invisible-only and overlong texts in every text field; numbers and arrays where text
// belongs (money, usernames); year-0000 dates; lists of 5,000; JSON nested 10,000 deep. Every answer
// is a 4xx problem+json, never a 5xx, and nothing is written.

let app: TestApp;
const auth: Record<string, { authorization: string }> = {};
const cases: Record<string, { id: string; version: number }> = {};
let documentId = '';
let deadlineId = '';
let approvalId = '';
let reportOrderId = '';
let partyCaseId = '';
let institutionRequestId = '';

const hostileTexts: [string, (v: string) => Json][] = [
  ['a NUL byte', (v) => `${v}\u0000`],
  ['a lone surrogate', (v) => `${v}\ud800`],
  ['a right-to-left override', (v) => `\u202e${v}`],
  ['an escape character', (v) => `\u001b[31m${v}`],
  ['only invisible characters', () => '\u200b\u3000 '],
  ['100,000 characters', () => '执'.repeat(100_000)],
  ['a number', (v) => (/^\d+(\.\d+)?$/.test(v) ? Number(v) : 1000)],
  ['an array', (v) => [v]],
  ['an object', (v) => ({ value: v })],
];

/** Every string in a body, by its path: the fields a hostile value is put into. */
function stringPaths(v: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'string') return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringPaths(x, [...path, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringPaths(x, [...path, k]));
  return [];
}
function arrayPaths(v: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [path, ...v.flatMap((x, i) => arrayPaths(x, [...path, i]))];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => arrayPaths(x, [...path, k]));
  return [];
}
function at(v: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((o, k) => (o as Record<string | number, Json>)[k]!, v);
}
function replaced(body: Json, path: (string | number)[], value: Json): Json {
  const copy = structuredClone(body);
  if (path.length === 0) return value;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path.at(-1)!] = value;
  return copy;
}

async function counts() {
  const r = await sql<Record<string, string>>`select
    (select count(*) from cases) as cases, (select count(*) from case_parties) as parties, (select count(*) from events) as events,
    (select count(*) from users) as users, (select count(*) from sessions) as sessions,
    (select string_agg(id::text || ':' || version, ',' order by id) from cases) as versions`.execute(app.db);
  return r.rows[0]!;
}

const post = (route: Route, payload: string | Json, contentType = 'application/json') =>
  app.server.inject({
    method: 'POST',
    url: route.url(),
    headers: { ...(route.as ? auth[route.as] : {}), 'content-type': contentType },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });

function expectRefused(res: LightMyRequestResponse, what: string) {
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${what}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
  expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
  expect(res.json().requestId, what).toBe(res.headers['x-request-id']);
}

beforeAll(async () => {
  app = await createTestApp({ seedCases: 10 });
  auth.judge = await login(app, 'judge');
  auth.admin = await loginAdmin(app);
  auth.finance = await login(app, 'finance');
  const file = async () => {
    const res = await app.server.inject({ method: 'POST', url: '/api/v1/cases', headers: auth.judge, payload: filingBody() });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const step = (id: string, action: string, body: object) =>
    app.server.inject({ method: 'POST', url: `/api/v1/cases/${id}/${action}`, headers: auth.judge, payload: body });
  cases.filed = { id: await file(), version: 1 };
  cases.running = { id: await file(), version: 2 };
  await step(cases.running.id, 'start', {});
  cases.suspended = { id: await file(), version: 3 };
  await step(cases.suspended.id, 'start', {});
  await step(cases.suspended.id, 'suspend', { reason: '案外人异议' });
  // 终本 passes the gate on the case's records: filed three months back, its facts recorded first.
  const terminable = await app.server.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: auth.judge,
    payload: filingBody(terminableFiling),
  });
  expect(terminable.statusCode, terminable.body).toBe(201);
  const closedId = terminable.json().id as string;
  await step(closedId, 'start', {});
  await recordTerminationFacts(app, closedId);
  const closed = await step(closedId, 'close', {
    mode: 'current-procedure-terminated',
    closedOn: '2026-11-24',
    reason: '无财产可供执行',
    route: 'applicant-confirmed',
  });
  expect(closed.statusCode, closed.body).toBe(200);
  cases.closed = { id: closedId, version: (closed.json() as { version: number }).version };
  // A pending approval to decide and withdraw: a deferral of a case of its own.
  const deferring = await file();
  await step(deferring, 'start', {});
  const requested = await step(deferring, 'defer', { reason: '提供担保', until: '2027-05-26' });
  expect(requested.statusCode, requested.body).toBe(200);
  approvalId = (requested.json() as { approval: { id: string } }).approval.id;
  // A document to record the service of, and an open deadline to waive.
  const issued = await step(cases.suspended.id, 'first-notices', {});
  expect(issued.statusCode, issued.body).toBe(201);
  documentId = (issued.json() as { items: { id: string }[] }).items[0]!.id;
  reportOrderId = (issued.json() as { items: { id: string; kind: string }[] }).items.find((d) => d.kind === 'asset-report-order')!.id;
  // The party account of the seed, for the portal's lead route.
  auth.party = await login(app, 'party');
  const party = await app.db.selectFrom('users').select('party_identity').where('username', '=', 'party').executeTakeFirstOrThrow();
  partyCaseId = (
    await app.db
      .selectFrom('case_parties')
      .select('case_id')
      .where('id_number', '=', party.party_identity!)
      .where('role', '=', 'applicant')
      .executeTakeFirstOrThrow()
  ).case_id;
  const open = await app.db
    .selectFrom('deadlines')
    .select('id')
    .where('case_id', '=', cases.filed.id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  deadlineId = open!.id;
  // A search whose request to the (sandbox) ICBC waits for the bank's answer through the API.
  auth.icbc = await login(app, 'icbc');
  expect((await step(cases.suspended.id, 'asset-searches', { kinds: ['deposit'] })).statusCode).toBe(202);
  const inbox = await app.server.inject({ method: 'GET', url: '/api/v1/institution/requests', headers: auth.icbc });
  institutionRequestId = (inbox.json() as { items: { id: string }[] }).items[0]!.id;
});
afterAll(() => app?.close());

const officerId = async () =>
  (await app.db.selectFrom('users').select('id').where('username', '=', 'enforcer').executeTakeFirstOrThrow()).id;
let enforcer = '';
// The id in a route's path before the users are looked up (the coverage check needs only its shape).
const NO_USER = '00000000-0000-4000-8000-000000000000';

const routes = (): Route[] => [
  { name: 'sign-in', url: () => '/api/v1/auth/login', body: () => ({ username: 'judge', password: 'zhixing-demo' }), as: null },
  {
    name: 'a new user',
    url: () => '/api/v1/users',
    body: () => ({
      username: 'li.new',
      displayName: '李新',
      password: 'initial-pass-2026',
      role: 'clerk',
      courtCode: '粤0703',
      scope: 'court',
    }),
    as: 'admin',
  },
  {
    name: 'a password change',
    url: () => '/api/v1/auth/password',
    body: () => ({ currentPassword: 'zhixing-demo', newPassword: 'a-new-passphrase-2026' }),
    as: 'judge',
  },
  {
    name: 'a password reset',
    url: () => `/api/v1/users/${enforcer || NO_USER}/password`,
    body: () => ({ password: 'temp-pass-2026' }),
    as: 'admin',
  },
  {
    name: 'a court assignment',
    url: () => `/api/v1/users/${enforcer || NO_USER}/court`,
    body: () => ({ courtCode: '粤0703', scope: 'court' }),
    as: 'admin',
  },
  {
    name: 'a filing',
    url: () => '/api/v1/cases',
    body: () =>
      filingBody({ officerId: enforcer, thirdParties: [{ kind: 'person', name: '第三人甲', idNumber: '440703198503121230' }] }) as Json,
    as: 'judge',
  },
  ...(['start', 'suspend', 'defer', 'continue'] as const).map((t): Route => {
    const target = t === 'start' ? 'filed' : t === 'continue' ? 'suspended' : 'running';
    return {
      name: `${t} on a case`,
      url: () => `/api/v1/cases/${cases[target]!.id}/${t}`,
      body: () => ({ version: cases[target]!.version, reason: '当事人申请', ...(t === 'defer' ? { until: '2027-05-26' } : {}) }),
      as: 'judge',
    };
  }),
  {
    name: 'a closure',
    url: () => `/api/v1/cases/${cases.running!.id}/close`,
    body: () => ({ mode: 'fully-enforced', closedOn: '2026-11-25', reason: '已履行完毕', version: cases.running!.version }),
    as: 'judge',
  },
  {
    name: 'a resumption',
    url: () => `/api/v1/cases/${cases.closed!.id}/resume`,
    body: () => ({ filedOn: '2026-11-25', claimAmount: '1000.00', reason: '发现新的财产' }),
    as: 'judge',
  },
  {
    name: 'an officer',
    url: () => `/api/v1/cases/${cases.filed!.id}/officer`,
    body: () => ({ officerId: enforcer, version: 1 }),
    as: 'judge',
  },
  {
    name: 'revealing identities',
    url: () => `/api/v1/cases/${cases.filed!.id}/identities`,
    body: () => ({ reason: '核对被执行人身份' }),
    as: 'judge',
  },
  {
    name: 'first notices',
    url: () => `/api/v1/cases/${cases.running!.id}/first-notices`,
    body: () => ({ reportingDays: 5 }),
    as: 'judge',
    texts: false,
  },
  {
    name: 'a service',
    url: () => `/api/v1/documents/${documentId}/services`,
    body: () => ({
      method: 'direct',
      servedOn: '2026-11-25',
      recipient: '梁国强',
      recipientRole: '法定代表人',
      address: '江门市蓬江区',
      note: '当面签收',
    }),
    as: 'judge',
  },
  ...(['approve', 'reject', 'withdraw'] as const).map((d): Route => ({
    name: `${d} an approval`,
    url: () => `/api/v1/approvals/${approvalId}/${d}`,
    body: (): Json => (d === 'withdraw' ? { reason: '被执行人已履行' } : { opinion: '同意' }),
    as: 'judge',
  })),
  ...handlingRoutes({
    suspendedCase: () => cases.suspended!.id,
    runningCase: () => cases.running!.id,
    reportOrderId: () => reportOrderId,
    partyCaseId: () => partyCaseId,
    institutionRequestId: () => institutionRequestId,
    noId: NO_USER,
  }),
  ...dormantRoutes({ closedCase: () => cases.closed!.id, runningCase: () => cases.running!.id, noId: NO_USER }),
  ...fundsRoutes({ runningCase: () => cases.running!.id, noId: NO_USER }),
  ...restrictionRoutes({ runningCase: () => cases.running!.id, noId: NO_USER }),
  {
    name: 'a waiver',
    url: () => `/api/v1/deadlines/${deadlineId}/waive`,
    body: () => ({ reason: '被执行人已自动履行' }),
    as: 'judge',
  },
];

// Routes that take no body: nothing hostile to put in it.
const bodiless = new Set([
  '/api/v1/auth/logout',
  '/api/v1/auth/sessions/sign-out-others',
  '/api/v1/auth/sessions/{id}/sign-out',
  '/api/v1/users/{id}/disable',
  '/api/v1/users/{id}/enable',
  '/api/v1/evidence/{id}/verify',
  '/api/v1/auction-rounds/{id}/platform-result',
]);

it('covers every write route of the API document', async () => {
  const doc = (await app.server.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as { paths: Record<string, object> };
  const writes = Object.entries(doc.paths)
    .filter(([path, ops]) => 'post' in ops && !bodiless.has(path))
    .map(([path]) => path.replace(/\{\w+\}/g, '{id}'));
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const covered = new Set(
    [...routes(), ...Object.values(calculators).map((c) => ({ url: () => `/api/v1/rules/${c.name}` }))].map((r) =>
      r
        .url()
        .replace(uuid, '{id}')
        .replace(/\/\d+(?=\/)/g, '/{id}'),
    ),
  );
  expect(writes.filter((w) => !covered.has(w))).toEqual([]);
});

describe('hostile input on every write route', () => {
  const calculatorRoutes = Object.values(calculators).map((c): Route => ({
    name: `the ${c.name} calculator`,
    url: () => `/api/v1/rules/${c.name}`,
    body: () => (c.input.examples as Json[])[0]!,
    as: null,
  }));

  for (const route of [...routes(), ...calculatorRoutes]) {
    describe(route.name, () => {
      let before: Record<string, string>;
      beforeAll(async () => {
        enforcer ||= await officerId();
        before = await counts();
      });
      afterAll(async () => {
        // Nothing half-written: no case, party, event, user or session more, and no case changed.
        expect(await counts()).toEqual(before);
      });

      for (const [what, hostile] of route.texts === false ? [] : hostileTexts) {
        it(`refuses ${what} in every text field`, async () => {
          const body = route.body();
          const paths = stringPaths(body);
          expect(paths.length).toBeGreaterThan(0);
          for (const path of paths)
            expectRefused(await post(route, replaced(body, path, hostile(at(body, path) as string))), `${path.join('.')}: ${what}`);
        });
      }

      it('refuses a year-0000 date in every date field', async () => {
        const body = route.body();
        const dates = stringPaths(body).filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(at(body, p) as string));
        for (const path of dates) expectRefused(await post(route, replaced(body, path, '0000-01-01')), path.join('.'));
      });

      it('refuses 5,000 items in every list', async () => {
        const body = route.body();
        for (const path of arrayPaths(body)) {
          const list = at(body, path) as Json[];
          const item = list[0] ?? 'x';
          expectRefused(
            await post(
              route,
              replaced(
                body,
                path,
                Array.from({ length: 5000 }, () => structuredClone(item)),
              ),
            ),
            path.join('.'),
          );
        }
      });

      it('refuses JSON nested 10,000 deep, as the body and inside it, and a 2 MB body of nested arrays, without parsing it', async () => {
        const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
        expectRefused(await post(route, deep(10_000)), 'deep body');
        expectRefused(await post(route, JSON.stringify(route.body()).replace(/^\{/, `{"nested":${deep(10_000)},`)), 'deep field');
        const res = await post(route, deep(1_000_000));
        expectRefused(res, '2 MB of nesting');
        expect(res.json().code).toBe('json-too-deep');
      });

      it('refuses malformed JSON, a __proto__ key, a body too large and a body that is not JSON, each with its own code', async () => {
        expect((await post(route, '{"a": ')).json().code).toBe('invalid-json');
        expect((await post(route, '{"__proto__": {"admin": true}}')).json().code).toBe('invalid-json');
        const large = await post(route, JSON.stringify({ x: 'x'.repeat(((route.bodyLimitMb ?? 2) + 1) * 1024 * 1024) }));
        expectRefused(large, 'too large');
        expect(large.json()).toMatchObject({ status: 413, code: 'payload-too-large' });
        const text = await post(route, 'username=judge', 'text/plain');
        expectRefused(text, 'text/plain');
        expect(text.json()).toMatchObject({ status: 415, code: 'unsupported-media-type' });
      });
    });
  }
});

describe('hostile filters', () => {
  const params = ['court', 'status', 'officer', 'filedFrom', 'filedTo', 'party', 'cursor', 'limit'];
  const values = ['%00', '%E2%80%AE1101', '0000-01-01', 'x'.repeat(10_000), '-1', '1e309'];

  it.each(values)('refuses %s in every filter of the case list, never with a 5xx', async (value) => {
    for (const p of params) {
      const res = await app.server.inject({ method: 'GET', url: `/api/v1/cases?${p}=${value}`, headers: auth.judge });
      if (res.statusCode === 200) continue; // a number where a number belongs, e.g. limit=… within range
      expectRefused(res, `${p}=${value}`);
    }
  });

  it('refuses a repeated filter (an array where one value belongs) and a cursor dated in year 0000', async () => {
    expectRefused(
      await app.server.inject({ method: 'GET', url: '/api/v1/cases?status=filed&status=closed', headers: auth.judge }),
      'repeated',
    );
    const cursor = Buffer.from('0000-01-01|00000000-0000-4000-8000-000000000000').toString('base64url');
    const res = await app.server.inject({ method: 'GET', url: `/api/v1/cases?cursor=${cursor}`, headers: auth.judge });
    expectRefused(res, 'cursor 0000');
    expect(res.json().code).toBe('invalid-cursor');
  });

  it('refuses hostile court filters too', async () => {
    for (const q of ['name=%00', 'parent=%E2%80%AE', 'limit=0', 'offset=-1', 'level=district', 'province=' + 'x'.repeat(500)])
      expectRefused(await app.server.inject({ method: 'GET', url: `/api/v1/courts?${q}` }), q);
  });
});
