import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { buildServer } from '../../src/http/server.ts';
import { client, expectProblem, filingBody, loginAdmin } from './fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';

// Who may do what, on which court's cases: roles × routes, table-driven. A case of a court outside
// the user's scope answers 404 exactly like a case that does not exist, so existence never leaks.

type Route = 'list' | 'file' | 'read' | 'timeline' | 'start' | 'close' | 'resume' | 'officer' | 'create-user' | 'verify-audit' | 'reveal';
type Actor =
  'admin' | 'court-admin' | 'judge' | 'enforcer' | 'clerk' | 'head' | 'coordinator' | 'taishan' | 'party' | 'public' | 'anonymous';
// A status, or: 'empty' = 200 with no cases; 'out-of-scope' = 403 court-out-of-scope.
type Expect = 200 | 201 | 401 | 403 | 404 | 'empty' | 'out-of-scope';
// The court of the target case; for the party, 粤0703 means their own case there.
type Where = string;

const routes: Record<Route, string> = {
  list: 'lists the cases of',
  file: 'files a case into',
  read: 'opens a case of',
  timeline: 'reads the timeline of a case of',
  start: 'starts enforcement of a case of',
  close: 'closes a case of',
  resume: 'resumes a 终本-closed case of',
  officer: 'assigns an officer to a case of',
  'create-user': 'creates a user account at',
  'verify-audit': 'verifies the audit chains while working on',
  reveal: 'opens on purpose the full ID numbers of a case of',
};

const actors: Record<Actor, string> = {
  admin: 'the national administrator',
  'court-admin': 'the administrator of 粤0703',
  judge: 'the judge of 粤0703',
  enforcer: 'the enforcer of 粤0703',
  clerk: 'the clerk of 粤0703',
  head: 'the bureau head of 粤0703',
  coordinator: 'the 粤07 coordinator',
  taishan: 'the judge of 粤0781',
  party: 'the party',
  public: 'a public user',
  anonymous: 'someone not signed in',
};

const routeOrder = Object.keys(routes) as Route[];
const row = (...e: Expect[]) => Object.fromEntries(routeOrder.map((r, i) => [r, e[i]!])) as Record<Route, Expect>;
const all = (e: Expect) => row(...routeOrder.map(() => e));

//                                              list     file            read timeline start close resume officer user         audit reveal
const matrix: [Actor, Where, Record<Route, Expect>][] = [
  ['admin', '粤0703', /*                    */ row(200, 201, 200, 200, 200, 200, 201, 200, 201, 200, 200)],
  ['admin', '粤0781', /*                    */ row(200, 201, 200, 200, 200, 200, 201, 200, 201, 200, 200)],
  ['court-admin', '粤0703', /*              */ row(200, 201, 200, 200, 200, 200, 201, 200, 201, 200, 200)],
  ['court-admin', '粤0781', /*              */ row('empty', 'out-of-scope', 404, 404, 404, 404, 404, 404, 'out-of-scope', 200, 404)],
  ['judge', '粤0703', /*                    */ row(200, 201, 200, 200, 200, 200, 201, 200, 403, 403, 200)],
  ['judge', '粤0781', /*                    */ row('empty', 'out-of-scope', 404, 404, 404, 404, 404, 404, 403, 403, 404)],
  ['enforcer', '粤0703', /*                 */ row(200, 201, 200, 200, 200, 403, 201, 403, 403, 403, 200)],
  ['enforcer', '粤0781', /*                 */ row('empty', 'out-of-scope', 404, 404, 404, 403, 404, 403, 403, 403, 404)],
  ['clerk', '粤0703', /*                    */ row(200, 201, 200, 200, 403, 403, 201, 403, 403, 403, 200)],
  ['clerk', '粤0781', /*                    */ row('empty', 'out-of-scope', 404, 404, 403, 403, 404, 403, 403, 403, 404)],
  ['head', '粤0703', /*                     */ row(200, 403, 200, 200, 200, 200, 403, 200, 403, 200, 200)],
  ['head', '粤0781', /*                     */ row('empty', 403, 404, 404, 404, 404, 403, 404, 403, 200, 404)],
  ['coordinator', '粤0703', /*              */ row(200, 403, 200, 200, 403, 403, 403, 403, 403, 403, 200)],
  ['coordinator', '粤0781', /*              */ row(200, 403, 200, 200, 403, 403, 403, 403, 403, 403, 200)],
  ['coordinator', '粤0104', /*              */ row('empty', 403, 404, 404, 403, 403, 403, 403, 403, 403, 404)],
  ['taishan', '粤0781', /*                  */ row(200, 201, 200, 200, 200, 200, 201, 200, 403, 403, 200)],
  ['taishan', '粤0703', /*                  */ row('empty', 'out-of-scope', 404, 404, 404, 404, 404, 404, 403, 403, 404)],
  ['party', '粤0703', /*                    */ row(200, 403, 200, 200, 403, 403, 403, 403, 403, 403, 403)],
  ['party', '粤0781', /*                    */ row('empty', 403, 404, 404, 403, 403, 403, 403, 403, 403, 403)],
  ['public', '粤0703', /*                   */ all(403)],
  ['anonymous', '粤0703', /*                */ all(401)],
];

let app: TestApp;
const auth = new Map<Actor, { authorization: string } | null>();
let admin: ReturnType<typeof client>;
let partyIdentity: string;
let partyCaseId: string;
const officerOf = new Map<string, string>();
const sharedCase = new Map<string, string>();

beforeAll(async () => {
  app = await createTestApp({ seedCases: 120 });
  const adminAuth = await loginAdmin(app);
  admin = client(app, adminAuth);
  auth.set('admin', adminAuth);
  for (const a of ['court-admin', 'judge', 'enforcer', 'clerk', 'head', 'coordinator', 'taishan', 'party', 'public'] as const)
    auth.set(a, await login(app, a));
  auth.set('anonymous', null);
  const party = await app.db.selectFrom('users').select('party_identity').where('username', '=', 'party').executeTakeFirstOrThrow();
  partyIdentity = party.party_identity!;
  const own = await app.db.selectFrom('case_parties').select('case_id').where('id_number', '=', partyIdentity).executeTakeFirstOrThrow();
  partyCaseId = own.case_id;
  for (const [username, court] of [
    ['judge', '粤0703'],
    ['taishan', '粤0781'],
  ]) {
    const u = await app.db.selectFrom('users').select('id').where('username', '=', username!).executeTakeFirstOrThrow();
    officerOf.set(court!, u.id);
  }
  expect(app.courts.byCode('粤0104')?.name).toBe('广东省广州市越秀区人民法院');
});
afterAll(() => app?.close());

/** A case filed by the administrator, optionally started and closed by 终本. */
async function adminCase(court: string, state: 'filed' | '终本' = 'filed'): Promise<string> {
  // 终本 passes the gate on the case's records: filed three months back, its facts recorded first.
  const res = await admin.post('/api/v1/cases', filingBody({ courtCode: court, ...(state === '终本' ? terminableFiling : {}) }));
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  if (state === '终本') {
    expect((await admin.post(`/api/v1/cases/${id}/start`, {})).statusCode).toBe(200);
    await recordTerminationFacts(app, id);
    const closed = await admin.post(`/api/v1/cases/${id}/close`, {
      mode: 'current-procedure-terminated',
      closedOn: '2026-11-25',
      reason: '无财产可供执行',
      route: 'applicant-confirmed',
    });
    expect(closed.statusCode, closed.body).toBe(200);
  }
  return id;
}

async function caseFor(actor: Actor, where: Where, fresh: 'filed' | '终本' | null): Promise<string> {
  if (actor === 'party' && where === '粤0703') return partyCaseId;
  if (fresh && actor !== 'party') return adminCase(where, fresh);
  if (!sharedCase.has(where)) sharedCase.set(where, await adminCase(where));
  return sharedCase.get(where)!;
}

let userSeq = 0;

async function attempt(actor: Actor, where: Where, route: Route): Promise<LightMyRequestResponse> {
  const as = client(app, auth.get(actor)!);
  const court = where;
  switch (route) {
    case 'list':
      return as.get(`/api/v1/cases?court=${encodeURIComponent(court)}`);
    case 'file':
      return as.post('/api/v1/cases', filingBody({ courtCode: court }));
    case 'read':
      return as.get(`/api/v1/cases/${await caseFor(actor, where, null)}`);
    case 'timeline':
      return as.get(`/api/v1/cases/${await caseFor(actor, where, null)}/timeline`);
    case 'start':
      return as.post(`/api/v1/cases/${await caseFor(actor, where, 'filed')}/start`, {});
    case 'close':
      return as.post(`/api/v1/cases/${await caseFor(actor, where, 'filed')}/close`, {
        mode: 'cancelled',
        closedOn: '2026-11-26',
        reason: '移送管辖',
      });
    case 'resume':
      return as.post(`/api/v1/cases/${await caseFor(actor, where, '终本')}/resume`, {
        filedOn: '2026-11-26',
        claimAmount: '1000.00',
        reason: '发现财产',
      });
    case 'officer':
      return as.post(`/api/v1/cases/${await caseFor(actor, where, 'filed')}/officer`, {
        officerId: officerOf.get(court) ?? officerOf.get('粤0703'),
      });
    case 'create-user':
      userSeq += 1;
      return as.post('/api/v1/users', {
        username: `new-clerk-${userSeq}`,
        displayName: `新书记员${userSeq}`,
        password: 'a-long-password',
        role: 'clerk',
        courtCode: court,
        scope: 'court',
      });
    case 'verify-audit':
      return as.get('/api/v1/audit/verify');
    case 'reveal':
      return as.post(`/api/v1/cases/${await caseFor(actor, where, null)}/identities`, { reason: '核对当事人身份' });
  }
}

const codeOf: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'case-not-found' };

const verdict = (e: Expect) =>
  e === 200 || e === 201
    ? `allowed (${e})`
    : e === 'empty'
      ? 'sees none of them (200, empty list)'
      : e === 'out-of-scope'
        ? 'refused (403 court-out-of-scope)'
        : e === 401
          ? 'asked to sign in (401)'
          : e === 403
            ? 'refused (403 forbidden)'
            : 'answered as if the case did not exist (404)';

const place = (actor: Actor, where: Where) =>
  actor === 'party' ? (where === '粤0703' ? '粤0703 (a case of their own)' : `${where} (no case of theirs)`) : where;

const cells = matrix.flatMap(([actor, where, expected]) =>
  routeOrder.map((route) => ({
    name: `${actors[actor]} ${routes[route]} ${place(actor, where)} → ${verdict(expected[route])}`,
    actor,
    where,
    route,
    e: expected[route],
  })),
);

describe('who may do what on which court’s cases', () => {
  it.each(cells.map((c) => [c.name, c] as const))('%s', async (_name, { actor, where, route, e }) => {
    const res = await attempt(actor, where, route);
    const label = `got ${res.statusCode} ${res.body.slice(0, 200)}`;
    if (e === 'empty') {
      expect(res.statusCode, label).toBe(200);
      expect(res.json().items, label).toEqual([]);
    } else if (e === 'out-of-scope') {
      expectProblem(res, 403, 'court-out-of-scope');
    } else if (e >= 400) {
      expectProblem(res, e, codeOf[e]!);
    } else {
      expect(res.statusCode, label).toBe(e);
      if (route === 'list') expect(res.json().items.length, label).toBeGreaterThan(0);
      if (route === 'verify-audit') expect(res.json()).toMatchObject({ ok: true, breaks: [] });
      // Full ID numbers to the roles that handle cases, and to anyone who opened them on purpose.
      if ((route === 'read' || route === 'reveal') && actor !== 'party') {
        const c = res.json() as Record<'applicants' | 'debtors', { idNumber?: string; creditCode?: string }[]>;
        const masked = route === 'read' && ['admin', 'court-admin', 'coordinator'].includes(actor);
        for (const p of [...c.applicants, ...c.debtors]) expect(p.idNumber ?? p.creditCode, label).toMatch(masked ? /\*/ : /^[0-9A-Z]+$/);
      }
    }
  });
});

describe('what a refusal gives away', () => {
  it('answers a case of another court exactly as it answers a case that does not exist', async () => {
    const judge = client(app, auth.get('judge')!);
    const other = await adminCase('粤0781');
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const suffix of ['', '/timeline']) {
      const a = await judge.get(`/api/v1/cases/${other}${suffix}`);
      const b = await judge.get(`/api/v1/cases/${missing}${suffix}`);
      expect(a.statusCode).toBe(404);
      expect({ ...a.json(), instance: null, requestId: null }).toEqual({ ...b.json(), instance: null, requestId: null });
    }
    const start = await judge.post(`/api/v1/cases/${other}/start`, {});
    const startMissing = await judge.post(`/api/v1/cases/${missing}/start`, {});
    expect({ ...start.json(), instance: null, requestId: null }).toEqual({ ...startMissing.json(), instance: null, requestId: null });
    // and the refused write left the case untouched
    expect((await admin.get(`/api/v1/cases/${other}`)).json()).toMatchObject({ status: 'filed', version: 1 });
  });

  it('does not list cases of other courts to a court’s own staff', async () => {
    const judge = client(app, auth.get('judge')!);
    const res = await judge.get('/api/v1/cases?limit=200');
    expect(res.statusCode).toBe(200);
    expect(new Set(res.json().items.map((c: { court: { code: string } }) => c.court.code))).toEqual(new Set(['粤0703']));
  });
});

describe('the 粤07 coordinator', () => {
  it('sees the cases of every court under 江门中院 in one list, and none from elsewhere', async () => {
    await adminCase('粤0781');
    await adminCase('粤0104');
    const coordinator = client(app, auth.get('coordinator')!);
    const seen = new Set<string>();
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: { items: { court: { code: string } }[]; nextCursor: string | null } = (
        await coordinator.get(`/api/v1/cases?limit=200${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      for (const c of page.items) seen.add(c.court.code);
      cursor = page.nextCursor;
    }
    expect(seen.has('粤0703')).toBe(true);
    expect(seen.has('粤0781')).toBe(true);
    expect([...seen].every((code) => code.startsWith('粤07'))).toBe(true);
  });
});

describe('the party', () => {
  let party: ReturnType<typeof client>;
  beforeAll(() => {
    party = client(app, auth.get('party')!);
  });

  it('lists exactly the cases in which they are a party', async () => {
    const theirs = await app.db
      .selectFrom('case_parties')
      .select('case_id')
      .where((eb) => eb.or([eb('id_number', '=', partyIdentity), eb('credit_code', '=', partyIdentity)]))
      .execute();
    const res = await party.get('/api/v1/cases?limit=200');
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([...new Set(theirs.map((r) => r.case_id))].sort());
  });

  it('sees their own ID number in full and the other side’s masked', async () => {
    const c = (await party.get(`/api/v1/cases/${partyCaseId}`)).json();
    const everyone = [...c.applicants, ...c.debtors, ...c.thirdParties] as { idNumber?: string; creditCode?: string }[];
    const mine = everyone.filter((p) => p.idNumber === partyIdentity);
    expect(mine).toHaveLength(1);
    const others = everyone.filter((p) => p.idNumber !== partyIdentity);
    expect(others.length).toBeGreaterThan(0);
    for (const p of others) expect(p.idNumber ?? p.creditCode).toMatch(/^.{6}\*+.{4}$/);
    // staff of the court see the same case unmasked
    const staff = (await client(app, auth.get('judge')!).get(`/api/v1/cases/${partyCaseId}`)).json();
    for (const p of [...staff.applicants, ...staff.debtors] as { idNumber?: string; creditCode?: string }[])
      expect(p.idNumber ?? p.creditCode).not.toContain('*');
  });

  it('may not open a case of the same court in which they are not a party', async () => {
    const notTheirs = await app.db
      .selectFrom('cases')
      .select('id')
      .where('court_id', '=', app.courts.byCode('粤0703')!.id)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('case_parties')
              .select('id')
              .whereRef('case_parties.case_id', '=', 'cases.id')
              .where('id_number', '=', partyIdentity),
          ),
        ),
      )
      .executeTakeFirstOrThrow();
    expectProblem(await party.get(`/api/v1/cases/${notTheirs.id}`), 404, 'case-not-found');
    expectProblem(await party.get(`/api/v1/cases/${notTheirs.id}/timeline`), 404, 'case-not-found');
  });
});

describe('user accounts', () => {
  it('lets the court administrator create a user only for their own court', async () => {
    const courtAdmin = client(app, auth.get('court-admin')!);
    const body = { displayName: '新法官', password: 'a-long-password', role: 'judge', scope: 'court' };
    const ok = await courtAdmin.post('/api/v1/users', { ...body, username: 'new-judge-0703', courtCode: '粤0703' });
    expect(ok.statusCode, ok.body).toBe(201);
    expectProblem(
      await courtAdmin.post('/api/v1/users', { ...body, username: 'new-judge-0781', courtCode: '粤0781' }),
      403,
      'court-out-of-scope',
    );
    expectProblem(
      await courtAdmin.post('/api/v1/users', { ...body, username: 'new-judge-0703', courtCode: '粤0703' }),
      409,
      'duplicate-username',
    );
    const created = await app.db.selectFrom('users').select('username').where('username', 'like', 'new-judge-%').execute();
    expect(created.map((u) => u.username)).toEqual(['new-judge-0703']);
    // the new account signs in and works within its court
    const newJudge = client(app, await login(app, 'new-judge-0703', 'a-long-password'));
    expect((await newJudge.post('/api/v1/cases', filingBody())).statusCode).toBe(201);
  });
});

describe('routes and permissions', () => {
  it('refuses to start a server with an API route that declares no permission', async () => {
    const fresh = await buildServer(app);
    try {
      expect(() => fresh.get('/api/v1/forgotten', async () => 'open to all')).toThrow(/declares no permission/);
    } finally {
      await fresh.close();
    }
  });

  it('documents every API route in the OpenAPI description with a permission behind it', async () => {
    const doc = (await app.server.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const paths = Object.keys(doc.paths);
    for (const p of ['/api/v1/cases', '/api/v1/cases/{id}', '/api/v1/cases/{id}/close', '/api/v1/users', '/api/v1/audit/verify'])
      expect(paths).toContain(p);
  });
});
