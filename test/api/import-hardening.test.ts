import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { importCases, type ImportLine, type ImportReport } from '../../src/cases/import-cases.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { verifyAuditChains } from '../../src/audit/verify-chain.ts';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.ts';
import { scratchDatabase } from '../support/scratch-db.ts';
import { client, expectProblem, filingBody, rowCounts } from './fixtures.ts';

// What an old system's export throws at the import: one number spelt several ways, values the
// database cannot hold, a row the database refuses for a reason nobody checked, a serial at the
// very top of the range. Each is an error on its own line; every other row is imported.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCases: 5 });
});
afterAll(() => app?.close());

const row = (caseNumber: string, overrides: Record<string, unknown> = {}) => {
  const court = /[）)]\s*(.+?)[刑民]?执/.exec(caseNumber)![1]!;
  return { caseNumber, ...filingBody({ courtCode: court }), ...overrides };
};

async function run(rows: Record<string, unknown>[], batchSize = 100): Promise<ImportReport> {
  async function* lines(): AsyncGenerator<ImportLine> {
    for (const [i, data] of rows.entries()) yield { line: i + 1, data };
  }
  return importCases(app, systemPrincipal(app, '测试导入'), lines(), { batchSize });
}
const codesByLine = (r: ImportReport) => r.errors.map((e) => [e.line, e.code]);
const stored = async (like: string) =>
  (await sql<{ n: string }>`select case_number as n from cases where case_number like ${like} order by 1`.execute(app.db)).rows.map(
    (r) => r.n,
  );

describe('case numbers spelt in several ways', () => {
  it('are one case: stored normalised, and the other spellings are duplicates', async () => {
    const report = await run([
      row('(2026)粤0703执8001号'),
      row('（2026）粤0703执８００１号'),
      row('（2026） 粤0703执 8001号'),
      row('（2026）粤0703执8001号'),
    ]);
    expect(report.imported).toBe(1);
    expect(codesByLine(report)).toEqual([
      [2, 'duplicate-case-number'],
      [3, 'duplicate-case-number'],
      [4, 'duplicate-case-number'],
    ]);
    expect(await stored('%执8001号')).toEqual(['（2026）粤0703执8001号']);
  });

  it('skips a stored case on a later run whatever the spelling', async () => {
    const report = await run([row('（２０２６）粤０７０３执８００１号')]);
    expect(report).toMatchObject({ imported: 0, skipped: 1, errors: [] });
  });

  it('refuses a number whose court, year, type and serial are those of a stored case spelt otherwise', async () => {
    const report = await run([row('（2026）粤0703刑执8001号')]);
    expect(codesByLine(report)).toEqual([[1, 'duplicate-case-number']]);
    expect(report.errors[0]!.message).toContain('（2026）粤0703执8001号');
    expect(await stored('%8001号')).toEqual(['（2026）粤0703执8001号']);
  });

  it('are unique in the schema by court, year, type code and serial', async () => {
    const court = app.courts.byCode('粤0703')!;
    const attempt =
      sql`insert into cases (id, court_id, case_number, year, type, type_code, serial, status, filed_on, claim_amount, created_at, updated_at)
      values (${randomUUID()}, ${court.id}, 'not-a-number-8001', 2026, 'first', '执', 8001, 'filed', '2026-11-20', 1, now(), now())`.execute(
        app.db,
      );
    await expect(attempt).rejects.toMatchObject({ code: '23505' });
  });
});

describe('values the database would refuse', () => {
  it('are errors on their lines, found before anything is written', async () => {
    const nul = row('（2026）粤0703执8101号', {
      applicants: [{ kind: 'person', name: '张\u0000三', idNumber: (filingBody().applicants[0] as { idNumber: string }).idNumber }],
    });
    const surrogate = row('（2026）粤0703执8102号');
    (surrogate.title as Record<string, unknown>).obligations = [{ kind: 'act', description: '赔礼道歉\uD800' }];
    const yearZero = row('（2026）粤0703执8103号');
    (yearZero.title as Record<string, unknown>).effectiveOn = '0000-01-01';
    (yearZero.title as Record<string, unknown>).performanceDeadline = null;
    const report = await run([nul, row('（2026）粤0703执8104号'), surrogate, yearZero, row('（2026）粤0703执8105号')]);
    expect(codesByLine(report)).toEqual([
      [1, 'validation-failed'],
      [3, 'validation-failed'],
      [4, 'invalid-date-value'],
    ]);
    expect(report.errors[0]!.message).toContain('applicants[0].name');
    expect(report.imported).toBe(2);
    expect(await stored('（2026）粤0703执81__号')).toEqual(['（2026）粤0703执8104号', '（2026）粤0703执8105号']);
  });
});

describe('a row the database refuses for a reason nobody checked', () => {
  beforeAll(async () => {
    // A rule the database holds and the import does not know: what a later migration, a trigger
    // or a constraint added by a DBA looks like to the import.
    await sql`alter table case_parties add constraint test_no_placeholder_names check (name <> '（待补录）')`.execute(app.db);
  });
  afterAll(async () => {
    await sql`alter table case_parties drop constraint test_no_placeholder_names`.execute(app.db);
  });

  it('is found by halving the batch and reported by its line; every other row of the batch is imported', async () => {
    const before = await rowCounts(app);
    const numbers = Array.from({ length: 9 }, (_, i) => `（2026）粤0703执${8201 + i}号`);
    const rows = numbers.map((n, i) =>
      i === 5
        ? row(n, {
            debtors: [
              { kind: 'organization', name: '（待补录）', creditCode: (filingBody().debtors[0] as { creditCode: string }).creditCode },
            ],
          })
        : row(n),
    );
    const report = await run(rows, 50);
    expect(codesByLine(report)).toEqual([[6, 'import-row-refused']]);
    expect(report.errors[0]).toMatchObject({ caseNumber: numbers[5] });
    expect(report.errors[0]!.message).toContain('test_no_placeholder_names');
    expect(report.imported).toBe(8);
    expect(await stored('（2026）粤0703执82__号')).toEqual(numbers.filter((_, i) => i !== 5));
    expect((await rowCounts(app)).cases).toBe(before.cases + 8);
    expect((await verifyAuditChains(app.db)).breaks).toEqual([]);
  });
});

describe('serials at the top of the range', () => {
  it('refuses an imported serial that would leave the court no next number', async () => {
    const report = await run([row('（2026）粤0705执999999999号')]);
    expect(codesByLine(report)).toEqual([[1, 'case-serial-too-large']]);
  });

  it('files up to the last serial, then answers case-number-exhausted instead of a 500', async () => {
    expect((await run([row('（2026）粤0705执999999998号')])).imported).toBe(1);
    const judge = client(app, await login(app, 'judge'));
    const adminAuth = await login(app, 'admin', 'admin-test-password');
    const admin = client(app, adminAuth);
    const last = await admin.post('/api/v1/cases', filingBody({ courtCode: '粤0705' }));
    expect(last.statusCode, last.body).toBe(201);
    expect(last.json().caseNumber).toBe('（2026）粤0705执999999999号');
    const before = await rowCounts(app);
    const none = await admin.post('/api/v1/cases', filingBody({ courtCode: '粤0705' }));
    expectProblem(none, 409, 'case-number-exhausted');
    expect(await rowCounts(app)).toEqual(before);
    // other courts and other years are untouched
    expect((await judge.post('/api/v1/cases', filingBody())).statusCode).toBe(201);
  });
});

describe('the migration to normalised case numbers', () => {
  async function database(numbers: [string, number][]) {
    const scratch = await scratchDatabase();
    const db = scratch.handle.read;
    await migrateTo(db, '2026-12-01T3001-normalised-identities');
    await sql`insert into courts (id, code, name, level) values (1, '粤0703', '蓬江区人民法院', 'basic')`.execute(db);
    for (const [n, serial] of numbers)
      await sql`insert into cases (id, court_id, case_number, year, type, type_code, serial, status, filed_on, claim_amount, created_at, updated_at)
        values (${randomUUID()}, 1, ${n}, 2026, 'first', '执', ${serial}, 'filed', '2026-11-20', 1, now(), now())`.execute(db);
    return scratch;
  }

  it('stores the numbers imported as spelt in normalised form', async () => {
    const scratch = await database([
      ['(2026)粤0703执1号', 1],
      ['（2026）粤0703执 ２号', 2],
      ['（2026）粤0703执3号', 3],
    ]);
    try {
      await migrateToLatest(scratch.handle.read);
      const rows = await sql<{ n: string }>`select case_number as n from cases order by serial`.execute(scratch.handle.read);
      expect(rows.rows.map((r) => r.n)).toEqual(['（2026）粤0703执1号', '（2026）粤0703执2号', '（2026）粤0703执3号']);
    } finally {
      await scratch.dispose();
    }
  });

  it('stops, naming them, at one case imported twice under two spellings: a clerk must decide which to keep', async () => {
    const scratch = await database([
      ['（2026）粤0703执5号', 5],
      ['(2026)粤0703执5号', 5],
    ]);
    try {
      await expect(migrateToLatest(scratch.handle.read)).rejects.toThrow(/重复保存.*（2026）粤0703执5号/);
    } finally {
      await scratch.dispose();
    }
  });
});
