import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../support/test-app.ts';

// Every calculator of the public rules API, answered the same through HTTP (no sign-in) and the CLI.
const samples: Record<string, { input: unknown; expect: Record<string, unknown>; bad: unknown; badCode: string }> = {
  'case-number': {
    input: { caseNumber: '（2026）粤0703执123号' },
    expect: {
      valid: true,
      year: 2026,
      courtCode: '粤0703',
      typeCode: '执',
      category: 'implementation',
      enforcement: true,
      serial: 123,
      legacy: false,
      court: { name: '广东省江门市蓬江区人民法院', level: 'basic' },
    },
    bad: { caseNumber: 42 },
    badCode: 'validation-failed',
  },
  identity: {
    input: { value: '11010519491231002X' },
    expect: { valid: true, kind: 'resident-id', birthDate: '1949-12-31', sex: 'female', regionCode: '110105' },
    bad: {},
    badCode: 'validation-failed',
  },
  period: {
    input: { start: '2026-09-16', length: 15, unit: 'day' },
    // 15 days from 16 Sept end on 1 Oct, a National Day holiday: moved to the first workday after the break.
    expect: { end: '2026-10-08', shifted: true },
    bad: { start: '2026-02-30', length: 1, unit: 'day' },
    badCode: 'validation-failed',
  },
  'delay-interest': {
    input: { debt: '100000.00', deadline: '2025-01-01', payments: [], until: '2025-03-02' },
    expect: { doubledInterest: '1050.00', outstanding: '101050.00' },
    bad: { debt: '0.00', deadline: '2025-01-01', payments: [] },
    badCode: 'invalid-amount',
  },
  'auction-plan': {
    input: { referencePrice: '1000000.00', assetKind: 'immovable' },
    expect: {
      first: {
        minStartingPrice: '700000.00',
        startingPrice: '700000.00',
        depositMin: '35000.00',
        depositMax: '140000.00',
        announceDays: 30,
      },
    },
    bad: { referencePrice: '1000000.00', assetKind: 'immovable', firstStartingPrice: '600000.00' },
    badCode: 'starting-price-below-minimum',
  },
  'seizure-term': {
    input: { assetKind: 'deposit', start: '2026-03-01' },
    expect: { maxEnd: '2027-03-01', maxYears: 1 },
    bad: { assetKind: 'deposit', start: '2026-03-01', requestedEnd: '2026-02-01' },
    badCode: 'date-order-invalid',
  },
  distribution: {
    input: {
      proceeds: '1000.00',
      costs: '100.00',
      debtorKind: 'person',
      claims: [
        { id: 'a', amount: '600.00' },
        { id: 'b', amount: '300.00' },
        { id: 'c', amount: '300.00' },
      ],
    },
    expect: { remainder: '0.00' },
    bad: { proceeds: '1000.00', costs: '0.00', debtorKind: 'enterprise', claims: [{ id: 'a', amount: '600.00' }] },
    badCode: 'seizure-rank-missing',
  },
  'termination-check': {
    input: {
      filedOn: '2026-01-15',
      asOf: '2026-04-15',
      assets: 'none',
      steps: {
        enforcementNoticeServed: true,
        assetReportOrdered: true,
        assetReportVerified: true,
        consumptionRestricted: true,
        dishonestListedOrIneligible: true,
        onlineSearchDone: true,
        leadsVerified: true,
        onSiteInvestigated: true,
        applicantInterviewed: true,
      },
    },
    expect: { eligible: false, earliestDate: '2026-04-16' },
    bad: { filedOn: '2026-04-16', asOf: '2026-04-15', assets: 'none', steps: {} },
    badCode: 'date-order-invalid',
  },
  'dishonest-listing': {
    input: { ground: 2, debtor: { kind: 'person', birthDate: '1990-05-01' }, debt: '50000.00', listedOn: '2026-03-01' },
    expect: { allowed: true, endsOn: '2028-03-01' },
    bad: { ground: 1, debtor: { kind: 'person', birthDate: '1990-05-01' }, debt: '50000.00', listedOn: '2026-03-01', extensionYears: 1 },
    badCode: 'extension-out-of-range',
  },
  'payout-deadline': {
    input: { arrivedOn: '2026-09-01' },
    // 30 days end on 1 Oct (National Day): moved to the first workday after the holiday.
    expect: { payBy: '2026-10-08' },
    bad: { arrivedOn: '2026/09/01' },
    badCode: 'validation-failed',
  },
};

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app?.close());

const post = (name: string, payload: unknown) =>
  app.server.inject({ method: 'POST', url: `/api/v1/rules/${name}`, payload: payload as object });

const cli = (name: string, input: unknown) => {
  // A folder with no database: the CLI uses the bundled calendar, as the API does on an empty table.
  const cwd = mkdtempSync(join(tmpdir(), 'zx-rules-'));
  try {
    return {
      status: 0,
      out: execFileSync('node', [join(process.cwd(), 'bin/zhixing.mjs'), 'rules', name, '--json', JSON.stringify(input)], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '' },
      }),
    };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { status: err.status, out: err.stdout };
  }
};

describe('the public calculators API and CLI', () => {
  it('lists all ten calculators without sign-in', async () => {
    const res = await app.server.inject({ method: 'GET', url: '/api/v1/rules' });
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .items.map((c: { name: string }) => c.name)
        .sort(),
    ).toEqual(Object.keys(samples).sort());
  });

  for (const [name, s] of Object.entries(samples)) {
    it(`${name}: answers without sign-in, carries its legal basis, and the CLI prints the same JSON`, async () => {
      const res = await post(name, s.input);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject(s.expect);
      expect(body.basis.length).toBeGreaterThan(0);
      for (const b of body.basis) expect(Object.keys(b).sort()).toEqual(['article', 'source', 'version']);
      const c = cli(name, s.input);
      expect(c.status).toBe(0);
      expect(JSON.parse(c.out)).toEqual(body);
    });

    it(`${name}: out-of-domain input gets 422 problem+json with code ${s.badCode}, in the API and the CLI`, async () => {
      const res = await post(name, s.bad);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(s.badCode);
      const c = cli(name, s.bad);
      expect(c.status).toBe(2);
      expect(JSON.parse(c.out).code).toBe(s.badCode);
    });
  }

  it('answers a body that is not JSON at all with 400 invalid-json, like every other route', async () => {
    const res = await app.server.inject({
      method: 'POST',
      url: '/api/v1/rules/period',
      headers: { 'content-type': 'application/json' },
      payload: '{"start": "2026-01-01", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('invalid-json');
  });

  it.each([
    ['period', { start: '0000-01-01', length: 1, unit: 'day' }, 'start', 'invalid-date-value'],
    ['period', { start: '2026-01-01', length: '15', unit: 'day' }, 'length', 'wrong-type'],
    ['delay-interest', { debt: 100000, deadline: '2025-01-01' }, 'debt', 'wrong-type'],
    [
      'distribution',
      { proceeds: '1.00', costs: '0.00', debtorKind: 'person', claims: [{ id: 'a', amount: '1.00', priority: 0 }] },
      'claims[0].priority',
      'out-of-range',
    ],
    ['identity', { value: '1101051949\u202e1231002X' }, 'value', 'invalid-text'],
  ])(
    'refuses %s input the contract does not admit with 422 validation-failed, in Chinese, through the API and the CLI',
    async (name, input, field, code) => {
      const res = await post(name, input);
      expect(res.statusCode, res.body).toBe(422);
      const problem = res.json();
      expect(problem).toMatchObject({ code: 'validation-failed', errors: [{ field, code }] });
      expect(problem.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
      const c = cli(name, input);
      expect(c.status).toBe(2);
      expect(JSON.parse(c.out)).toMatchObject({ code: 'validation-failed', errors: [{ field, code }] });
    },
  );

  it('takes `true` or a rank of 1 and above as a distribution claim’s priority', async () => {
    const claims = [
      { id: 'bank', amount: '60.00', priority: true },
      { id: 'tax', amount: '30.00', priority: 2 },
      { id: 'A', amount: '40.00' },
    ];
    const res = await post('distribution', { proceeds: '100.00', costs: '0.00', debtorKind: 'person', claims });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().allocations).toEqual([
      { id: 'bank', amount: '60.00', stage: 'priority', shortfall: '0.00' },
      { id: 'tax', amount: '30.00', stage: 'priority', shortfall: '0.00' },
      { id: 'A', amount: '10.00', stage: 'ordinary', shortfall: '30.00' },
    ]);
  });

  it('answers 404 for a calculator that does not exist', async () => {
    const res = await post('lottery', {});
    expect(res.statusCode).toBe(404);
  });

  it('refuses a period that reaches a year the lunar conversion cannot compute (2100), naming the year', async () => {
    const res = await post('period', { start: '2099-12-25', length: 10, unit: 'day' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'calendar-year-missing', title: '缺少该年度的法定节假日安排' });
    expect(res.json().detail).toContain('2100');
  });

  it('computes 2027 provisionally, then uses the published arrangement once it is set, without a restart', async () => {
    const first = await post('period', { start: '2026-12-25', length: 15, unit: 'day' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ end: '2027-01-11', provisional: { years: [2027] } });

    // As `zhixing calendar set 2027` does: the row, a new calendar version and an audit event.
    const { setCalendarYear } = await import('../../src/platform/statutory-calendar.ts');
    const court = app.courts.byCode('最高法')!;
    const published = { holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-11'], makeUpWorkdays: [] };
    await setCalendarYear(app, app.clock.now(), court.id, 2027, published, '国办发明电〔2026〕示例');

    const second = await post('period', { start: '2026-12-25', length: 15, unit: 'day' });
    expect(second.json()).toMatchObject({ end: '2027-01-12', provisional: null });
    const events = await app.db.selectFrom('events').select('action').where('action', '=', 'calendar.year-set').execute();
    expect(events.length).toBeGreaterThan(0);
  });
});
