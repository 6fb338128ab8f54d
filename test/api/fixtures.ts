import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { makeCreditCode, makeResidentId } from '../../src/rules/identity.ts';
import { localDateAt, type LocalDate } from '../../src/shared/dates.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { login, type TestApp } from '../support/test-app.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { nextInSequence } from '../support/sequences.ts';

// Shared by the API tests: valid filings, a clock the test can move, row counts and problem checks.

/** A valid resident ID number, different on every call. */
export function newIdNumber(region = '440703'): string {
  const personSeq = nextInSequence('fixture-person');
  const birth = `19${String(60 + (personSeq % 40)).padStart(2, '0')}-0${1 + (personSeq % 9)}-1${personSeq % 10}` as LocalDate;
  return makeResidentId(region, birth, (personSeq * 7) % 1000);
}

/** A valid unified social credit code, different on every call. */
export function newCreditCode(region = '440703'): string {
  const firmSeq = nextInSequence('fixture-firm');
  return makeCreditCode({ authority: '9', organisationType: '1', region, subject: String(30_000_000 + firmSeq * 13) });
}

export type FilingBody = Record<string, unknown> & { title: Record<string, unknown>; applicants: unknown[]; debtors: unknown[] };

/** A complete, valid filing for POST /api/v1/cases; override any field. */
export function filingBody(overrides: Partial<FilingBody> & Record<string, unknown> = {}): FilingBody {
  return {
    courtCode: '粤0703',
    filedOn: '2026-11-20',
    claimAmount: '120000.00',
    title: {
      documentNumber: '（2026）粤0703民初1234号',
      issuer: '广东省江门市蓬江区人民法院',
      effectiveOn: '2026-10-09',
      performanceDeadline: '2026-10-19',
      obligations: [{ kind: 'money', amount: '120000.00', description: '借款合同纠纷：给付借款本金' }],
    },
    applicants: [{ kind: 'person', name: '陈小红', idNumber: newIdNumber() }],
    debtors: [{ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode(), legalRepresentative: '梁国强' }],
    ...overrides,
  };
}

/** A clock the test moves by hand: the only thing we fake. */
export type MovableClock = Clock & { advance(ms: number): void; set(iso: string): void };

export function movableClock(iso: string): MovableClock {
  let instant = new Date(iso).getTime();
  return {
    now: () => new Date(instant),
    today: () => localDateAt(new Date(instant)),
    advance: (ms) => {
      instant += ms;
    },
    set: (to) => {
      instant = new Date(to).getTime();
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** How many cases, events and case-number sequence rows the database holds. */
export async function rowCounts(app: TestApp): Promise<{ cases: number; events: number; parties: number }> {
  const r = await sql<{ cases: string; events: string; parties: string }>`
    select (select count(*) from cases) as cases, (select count(*) from events) as events, (select count(*) from case_parties) as parties`.execute(
    app.db,
  );
  const row = r.rows[0]!;
  return { cases: Number(row.cases), events: Number(row.events), parties: Number(row.parties) };
}

/** Asserts a problem+json answer with this status and stable code, and returns its body. */
export function expectProblem(res: LightMyRequestResponse, status: number, code: string): Record<string, unknown> {
  expect(res.headers['content-type'], res.body).toMatch(/^application\/problem\+json/);
  const body = res.json();
  expect({ status: res.statusCode, code: body.code }, res.body).toEqual({ status, code });
  expect(body.status).toBe(status);
  expect(typeof body.title).toBe('string');
  return body;
}

/** The serial of a case number: （2026）粤0703执123号 → 123. */
export function serialOf(caseNumber: string): number {
  const m = /(\d+)号$/.exec(caseNumber);
  if (!m) throw new Error(`not a case number: ${caseNumber}`);
  return Number(m[1]);
}

type Auth = { authorization: string };

/** A small client over server.inject for one signed-in user. */
export function client(app: TestApp, auth: Auth | null) {
  const headers = auth ?? {};
  return {
    get: (url: string) => app.server.inject({ method: 'GET', url, headers }),
    post: (url: string, payload?: unknown) =>
      app.server.inject({
        method: 'POST',
        url,
        headers,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      }),
  };
}

export const enc = encodeURIComponent;

export const ADMIN_PASSWORD = 'admin-test-password';

// createTestApp seeds the demo users but not `admin` (ensureAdmin runs only on an empty database,
// before the seed, in the CLI); create it the way the CLI does, through the real use case.
export async function loginAdmin(app: TestApp): Promise<Auth> {
  const created = await createUser(app, systemPrincipal(app, '系统'), {
    username: 'admin',
    displayName: '系统管理员',
    password: ADMIN_PASSWORD,
    role: 'administrator',
    courtCode: '最高法',
    scope: 'subtree',
  });
  if (!created.ok && created.code !== 'duplicate-username') throw new Error(`cannot create admin: ${created.code}`);
  return login(app, 'admin', ADMIN_PASSWORD);
}

/** The bureau head (陈建华, `head`) approves the case's pending request (暂缓执行, 终结执行, 不予执行: src/approvals). */
export async function approvePending(app: TestApp, caseId: string, opinion = '同意'): Promise<void> {
  const head = client(app, await login(app, 'head'));
  const pending = (await head.get(`/api/v1/cases/${caseId}`)).json<{ approvals: { pending: { id: string } | null } }>().approvals.pending;
  if (!pending) throw new Error(`approvePending: case ${caseId} has no pending approval`);
  const res = await head.post(`/api/v1/approvals/${pending.id}/approve`, { opinion });
  if (res.statusCode !== 200) throw new Error(`approvePending: ${res.statusCode} ${res.body}`);
}
