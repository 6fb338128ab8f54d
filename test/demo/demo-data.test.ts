import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, filingBody } from '../api/fixtures.ts';
import { verifyAuditTrail } from '../../src/audit/verify-trail.ts';
import { parseCaseNumber } from '../../src/rules/case-number.ts';
import { validateCreditCode, validateResidentId } from '../../src/rules/identity.ts';
import { addDays, isoInstant, localDateAt, toInstant, type LocalDate } from '../../src/shared/dates.ts';
import { caseStatuses, caseTypes, closureModes } from '../../src/shared/vocabulary.ts';
import { demoCaseload } from '../../src/demo/seed.ts';

// The demo is a court's caseload as it would look after two years of work in the system: what a
// clerk, a bureau head or a reviewer opening the demo must find true of it.

const COUNT = 300; // what every browser test file seeds
const today = localDateAt(toInstant(TEST_NOW));
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ seedCases: COUNT });
});
afterAll(() => app?.close());

const cases = () =>
  app.db
    .selectFrom('cases')
    .leftJoin('case_titles', 'case_titles.case_id', 'cases.id')
    .select([
      'cases.id',
      'case_number',
      'cases.court_id',
      'year',
      'type',
      'type_code',
      'serial',
      'status',
      'closure_mode',
      'filed_on',
      'created_at',
    ])
    .select(['officer_id', 'resumed_from_id', 'claim_amount', 'document_number', 'issuer'])
    .where('cases.created_at', '<', toInstant(TEST_NOW)) // the demo's own, not a test's filing
    .execute();

describe('case numbers', () => {
  it('run from 1 without gaps in each court, year and type, in the order the cases were filed', async () => {
    const groups = new Map<string, Awaited<ReturnType<typeof cases>>>();
    for (const c of await cases())
      groups.set(`${c.court_id}|${c.year}|${c.type_code}`, [...(groups.get(`${c.court_id}|${c.year}|${c.type_code}`) ?? []), c]);
    expect(groups.size).toBeGreaterThan(5);
    for (const list of groups.values()) {
      const bySerial = [...list].sort((a, b) => a.serial - b.serial);
      expect(bySerial.map((c) => c.serial)).toEqual(bySerial.map((_, i) => i + 1));
      const filed = bySerial.map((c) => isoInstant(c.created_at));
      expect(filed).toEqual([...filed].sort());
      for (const c of bySerial) expect(parseCaseNumber(c.case_number).serial).toBe(c.serial);
    }
  });

  it('go on after the demo: the next filing of the home court gets the next number', async () => {
    const last = await app.db
      .selectFrom('cases')
      .select((eb) => eb.fn.max('serial').as('serial'))
      .where('court_id', '=', app.courts.byCode('粤0703')!.id)
      .where('year', '=', 2026)
      .where('type_code', '=', '执')
      .executeTakeFirstOrThrow();
    const judge = client(app, await login(app, 'judge'));
    const res = await judge.post('/api/v1/cases', filingBody());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().caseNumber).toBe(`（2026）粤0703执${Number(last.serial) + 1}号`);
  });
});

describe('the caseload', () => {
  it('has every status, closure mode and case type, 执恢 cases linked to a 终本 original and keeping its 承办人', async () => {
    const all = await cases();
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(caseStatuses));
    expect(new Set(all.flatMap((c) => (c.closure_mode ? [c.closure_mode] : [])))).toEqual(new Set(closureModes));
    expect(new Set(all.map((c) => c.type))).toEqual(new Set(caseTypes));
    const resumed = all.filter((c) => c.type === 'resumed');
    expect(resumed.length).toBeGreaterThanOrEqual(5);
    for (const r of resumed) {
      const original = all.find((c) => c.id === r.resumed_from_id)!;
      expect(original.closure_mode).toBe('current-procedure-terminated');
      expect(r.officer_id).toBe(original.officer_id);
      expect(r.document_number).toBe(original.document_number);
    }
  });

  it('has 承办人 on most cases, amounts from a few hundred yuan to tens of millions, persons, organisations and third parties', async () => {
    const all = await cases();
    expect(all.filter((c) => c.officer_id).length / all.length).toBeGreaterThan(0.75);
    const yuan = all.map((c) => Number(c.claim_amount) / 100);
    expect(Math.min(...yuan)).toBeLessThan(1_000);
    expect(Math.max(...yuan)).toBeGreaterThan(10_000_000);
    const parties = await app.db
      .selectFrom('case_parties')
      .select(['role', 'kind', 'id_number', 'credit_code', 'legal_representative'])
      .execute();
    expect(new Set(parties.map((p) => `${p.role}/${p.kind}`)).size).toBe(6);
    for (const p of parties) {
      if (p.kind === 'person') expect(validateResidentId(p.id_number!)).toMatchObject({ valid: true, warnings: [] });
      else expect([validateCreditCode(p.credit_code!).valid, Boolean(p.legal_representative)]).toEqual([true, true]);
    }
  });

  it('enforces court judgments under court case numbers and awards and deeds under their own document numbers', async () => {
    const all = await cases();
    const kinds = { court: 0, arbitration: 0, labour: 0, notarial: 0 };
    for (const c of all) {
      if (c.issuer!.endsWith('人民法院')) {
        const n = parseCaseNumber(c.document_number!);
        expect(n.valid, c.document_number!).toBe(true);
        expect(['民初', '民终', '财保']).toContain(n.typeCode);
        expect(c.issuer).toMatch(/^广东省.+人民法院$/);
        kinds.court += 1;
      } else if (c.issuer!.endsWith('劳动人事争议仲裁委员会')) {
        expect(c.document_number).toMatch(/^.劳人仲案字〔20\d\d〕\d+号$/);
        kinds.labour += 1;
      } else if (c.issuer!.endsWith('仲裁委员会')) {
        expect(c.document_number).toMatch(/^（20\d\d）.仲案字第\d{4}号$/);
        kinds.arbitration += 1;
      } else {
        expect(c.issuer).toMatch(/公证处$/);
        expect(c.document_number).toMatch(/^（20\d\d）粤.证字第\d+号$/);
        kinds.notarial += 1;
      }
    }
    expect(Object.values(kinds).every((n) => n > 0)).toBe(true);
    expect(all.find((c) => c.issuer === '江门仲裁委员会')?.document_number).toMatch(/^（20\d\d）江仲案字第\d{4}号$/);
  });

  it('has cases past their six-month 执行期限 as of the demo’s today, and a few due within the month', async () => {
    const running = await app.db
      .selectFrom('deadlines')
      .select(['due_on', 'state', 'paused_since'])
      .where('node', '=', 'enforcement-period')
      .where('state', 'in', ['open', 'overdue'])
      .where('paused_since', 'is', null)
      .execute();
    expect(running.filter((d) => d.due_on < today).length).toBeGreaterThanOrEqual(3);
    expect(running.filter((d) => d.due_on >= today && d.due_on <= addDays(today, 30)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('timelines', () => {
  it('tell each case’s history at its real dates, in order, up to the demo’s today, with no 导入 event', async () => {
    const judge = client(app, await login(app, 'judge'));
    const home = (await cases()).filter((c) => c.court_id === app.courts.byCode('粤0703')!.id);
    expect(await app.db.selectFrom('events').select('id').where('action', '=', 'case.imported').execute()).toEqual([]);
    for (const c of home.filter((c) => c.status === 'closed').slice(0, 30)) {
      const items = (await judge.get(`/api/v1/cases/${c.id}/timeline`)).json().items as { at: string; action: string }[];
      expect(items.length).toBeGreaterThan(1);
      expect(items[0]!.action).toBe('case.filed');
      expect(items.map((e) => e.action)).toContain('case.closed');
      const days = items.map((e) => localDateAt(toInstant(e.at)));
      expect(days).toEqual([...days].sort());
      expect(days[0]).toBe(c.filed_on);
      expect(days.every((d) => d < today)).toBe(true);
    }
  });

  it('verify: every court’s chain is whole and every case’s rows agree with its events', async () => {
    const report = await verifyAuditTrail(app.db, {});
    expect(report.breaks).toEqual([]);
    expect(report.cases.mismatches).toEqual([]);
    expect(report.cases.checked).toBeGreaterThanOrEqual(COUNT);
  });
});

it('is deterministic: the same size and day give the same caseload, and it is what the database holds', async () => {
  const show = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
  const a = demoCaseload(app, COUNT, today);
  expect(show(demoCaseload(app, COUNT, today))).toBe(show(a));
  expect(show(demoCaseload(app, COUNT, addDays(today, -1) as LocalDate))).not.toBe(show(a));
  const stored = await app.db
    .selectFrom('cases')
    .select(['case_number', 'applicant_names', 'filed_on', 'claim_amount'])
    .where('created_at', '<', toInstant(TEST_NOW))
    .execute();
  const expected = a.map((c) => ({
    case_number: c.caseNumber,
    applicant_names: c.applicants.map((p) => p.name).join('、'),
    filed_on: c.filedAt.on,
    claim_amount: c.claimAmount,
  }));
  const key = (r: { case_number: string }) => r.case_number;
  expect(stored.map((r) => ({ ...r, claim_amount: BigInt(r.claim_amount) })).sort((x, y) => (key(x) < key(y) ? -1 : 1))).toEqual(
    expected.sort((x, y) => (key(x) < key(y) ? -1 : 1)),
  );
});

describe('approvals', () => {
  it('every deferral, 终结执行 and 不予执行 of the demo was asked for by its officer and approved by the bureau head first', async () => {
    const steps = await app.db
      .selectFrom('events')
      .select(['case_id', 'action', 'changes', 'actor_name', 'occurred_at'])
      .where('action', 'in', ['case.defer', 'case.closed'])
      .where('occurred_at', '<', toInstant(TEST_NOW))
      .execute();
    const needing = steps.filter((e) => {
      const mode = (e.changes as { closureMode?: { after: string } }).closureMode?.after;
      return e.action === 'case.defer' || mode === 'terminated' || mode === 'refused';
    });
    expect(needing.length).toBeGreaterThan(2);
    const requests = await app.db.selectFrom('approval_requests').selectAll().execute();
    const decisions = await app.db.selectFrom('approval_decisions').selectAll().execute();
    for (const e of needing) {
      const approval = (e.changes as { approval?: { approvalId: string; approvedBy: string; requestedBy: string } }).approval;
      expect(approval, `${e.action} without its approval`).toBeDefined();
      const r = requests.find((x) => x.id === approval!.approvalId)!;
      expect(r.state).toBe('approved');
      expect(r.case_id).toBe(e.case_id);
      expect(r.requested_by_name).not.toBe(approval!.approvedBy);
      const d = decisions.find((x) => x.request_id === r.id)!;
      expect(d.decided_by_name).toBe('陈建华（执行局长）');
      expect(d.role).toBe('bureau-head');
      expect(isoInstant(d.decided_at)).toBe(isoInstant(e.occurred_at));
      expect(r.requested_at.getTime()).toBeLessThanOrEqual(d.decided_at.getTime());
    }
  });

  it('a deferred case holds its deferral’s last day, after the demo’s today', async () => {
    const deferred = await app.db.selectFrom('cases').select(['deferred_until']).where('status', '=', 'deferred').execute();
    expect(deferred.length).toBeGreaterThan(0);
    for (const c of deferred) expect(c.deferred_until! > today).toBe(true);
  });
});
