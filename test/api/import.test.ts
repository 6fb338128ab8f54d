import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { importCases, type ImportLine, type ImportReport } from '../../src/cases/import-cases.ts';
import { csvColumns } from '../../src/cases/case-csv.ts';
import { readImportFile } from '../../src/cases/read-import-file.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { principalForToken } from '../../src/access/authenticate.ts';
import { verifyAuditChains } from '../../src/audit/verify-chain.ts';
import { encodeCsv } from '../../src/db/csv.ts';
import type { Principal } from '../../src/access/access.types.ts';
import { client, filingBody, newCreditCode, newIdNumber, rowCounts, serialOf } from './fixtures.ts';

// Bringing a court's old cases in from a file (JSON Lines or CSV): row-by-row checks reported by
// line, good rows committed in batches, and safe to run again.

let app: TestApp;
let dir: string;
let system: Principal;

beforeAll(async () => {
  app = await createTestApp({ seedCases: 50 });
  dir = mkdtempSync(join(tmpdir(), 'zhixing-import-'));
  system = systemPrincipal(app, '测试导入');
});
afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A row in the import format: a filing plus the case number it already has. */
function importRow(caseNumber: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const court = /）(.+?)执/.exec(caseNumber)![1]!;
  return { caseNumber, ...filingBody({ courtCode: court }), ...overrides };
}

function writeJsonl(name: string, lines: (Record<string, unknown> | string)[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return path;
}

async function run(file: string, format: 'jsonl' | 'csv', opts: { batchSize?: number; dryRun?: boolean; who?: Principal } = {}) {
  const progress: ImportReport[] = [];
  const report = await importCases(app, opts.who ?? system, readImportFile(file, format), {
    batchSize: opts.batchSize ?? 2,
    dryRun: opts.dryRun ?? false,
    onProgress: (r) => progress.push({ ...r, errors: [...r.errors] }),
  });
  return { report, progress };
}

const codesByLine = (r: ImportReport) => r.errors.map((e) => [e.line, e.code]);

const stored = async (numbers: string[]) =>
  (await app.db.selectFrom('cases').select('case_number').where('case_number', 'in', numbers).execute()).map((r) => r.case_number).sort();

describe('importing JSON Lines', () => {
  const good = [
    '（2026）粤0703执9001号',
    '（2026）粤0703执9002号',
    '（2026）粤0781执5001号',
    '（2025）粤0703执7777号',
    '（2026）粤0703执9010号',
  ];
  let file: string;
  let first: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    const badId = importRow('（2026）粤0703执9003号');
    (badId.applicants as { idNumber: string }[])[0]!.idNumber = '440703199001011230';
    file = writeJsonl('cases.jsonl', [
      importRow(good[0]!),
      importRow(good[1]!, {
        status: 'closed',
        closure: { mode: 'current-procedure-terminated', closedOn: '2026-11-25', reason: '无财产可供执行' },
      }),
      badId,
      importRow('（2026）粤0799执1号'),
      importRow(good[0]!),
      '{"caseNumber": "（2026）粤0703执9004号", ',
      importRow(good[2]!),
      importRow(good[3]!, {
        filedOn: '2025-06-02',
        title: { ...filingBody().title, effectiveOn: '2025-05-01', performanceDeadline: null },
      }),
      '',
      importRow(good[4]!),
    ]);
    first = await run(file, 'jsonl', { batchSize: 2 });
  });

  it('reports each bad row by its line number with a stable code', () => {
    expect(codesByLine(first.report)).toEqual([
      [3, 'invalid-id-number'],
      [4, 'unknown-court'],
      [5, 'duplicate-case-number'],
      [6, 'invalid-json'],
    ]);
    expect(first.report.errors[0]).toMatchObject({ caseNumber: '（2026）粤0703执9003号' });
    expect(first.report.errors[3]!.message).toContain('JSON');
  });

  it('imports every good row and skips the blank line', async () => {
    expect(first.report).toMatchObject({ read: 9, imported: 5, skipped: 0 });
    expect(await stored([...good, '（2026）粤0703执9003号', '（2026）粤0799执1号', '（2026）粤0703执9004号'])).toEqual([...good].sort());
  });

  it('commits the good rows batch by batch', () => {
    expect(first.progress.map((p) => p.imported)).toEqual([2, 4, 5]);
  });

  it('keeps what was in the file: status, closure, title and parties', async () => {
    const api = client(app, await login(app, 'judge'));
    const [row] = await app.db.selectFrom('cases').select('id').where('case_number', '=', good[1]!).execute();
    const c = (await api.get(`/api/v1/cases/${row!.id}`)).json();
    expect(c).toMatchObject({
      status: 'closed',
      closure: { mode: 'current-procedure-terminated', closedOn: '2026-11-25', reason: '无财产可供执行' },
      claimAmount: '120000.00',
      title: { documentNumber: '（2026）粤0703民初1234号', obligations: [{ kind: 'money', amount: '120000.00' }] },
    });
    expect(c.applicants).toHaveLength(1);
    expect(c.debtors[0]).toMatchObject({ kind: 'organization', name: '江门市恒泰建材有限公司', legalRepresentative: '梁国强' });
  });

  it('imports nothing new when the same file is run again', async () => {
    const before = await rowCounts(app);
    const again = await run(file, 'jsonl', { batchSize: 2 });
    expect(again.report).toMatchObject({ read: 9, imported: 0, skipped: first.report.imported });
    expect(codesByLine(again.report)).toEqual(codesByLine(first.report));
    expect(await rowCounts(app)).toEqual(before);
  });

  it('continues the case numbers of later filings after the highest imported serial', async () => {
    const api = client(app, await login(app, 'judge'));
    const a = (await api.post('/api/v1/cases', filingBody())).json().caseNumber;
    expect(a).toBe('（2026）粤0703执9011号');
    const b = (
      await api.post(
        '/api/v1/cases',
        filingBody({ filedOn: '2025-12-01', title: { ...filingBody().title, effectiveOn: '2025-11-01', performanceDeadline: null } }),
      )
    ).json().caseNumber;
    expect(b).toBe('（2025）粤0703执7778号');
    const taishan = client(app, await login(app, 'taishan'));
    expect(serialOf((await taishan.post('/api/v1/cases', filingBody({ courtCode: '粤0781' }))).json().caseNumber)).toBe(5002);
  });

  it('keeps the audit chain whole, with one imported event per case', async () => {
    expect((await verifyAuditChains(app.db)).breaks).toEqual([]);
    const ids = await app.db.selectFrom('cases').select('id').where('case_number', 'in', good).execute();
    const events = await app.db
      .selectFrom('events')
      .select(['case_id', 'action'])
      .where(
        'case_id',
        'in',
        ids.map((r) => r.id),
      )
      .execute();
    expect(events.filter((e) => e.action === 'case.imported')).toHaveLength(5);
  });
});

describe('batches', () => {
  it('commits each batch in one piece, and an earlier batch before a later one', async () => {
    const rows = Array.from({ length: 6 }, (_, i) => `（2026）粤0703执${9101 + i}号`);
    const seen: string[][] = [];
    async function* lines(): AsyncGenerator<ImportLine> {
      for (const [i, n] of rows.entries()) {
        // What is stored while the importer asks for each line (one batch may be in flight).
        seen.push(await stored(rows));
        yield { line: i + 1, data: importRow(n) };
      }
    }
    const progress: number[] = [];
    const report = await importCases(app, system, lines(), { batchSize: 2, onProgress: (r) => progress.push(r.imported) });
    expect(report).toMatchObject({ imported: 6, errors: [] });
    expect(progress).toEqual([2, 4, 6]);
    const order = (n: string) => rows.indexOf(n);
    for (const s of seen) {
      // only whole batches, and only a prefix of the file
      expect(s.length % 2, s.join()).toBe(0);
      expect(s.map(order).sort((a, b) => a - b)).toEqual(Array.from({ length: s.length }, (_, i) => i));
    }
    // by the time the third batch is being read, the first has been committed
    expect(seen[5]!.length).toBeGreaterThanOrEqual(2);
  });
});

describe('a dry run', () => {
  it('checks the file and counts what it would import, writing nothing', async () => {
    const file = writeJsonl('dry.jsonl', [
      importRow('（2026）粤0703执9201号'),
      importRow('（2026）粤0703执9202号'),
      importRow('（2026）粤0703执9001号'),
      importRow('（2026）粤0799执2号'),
    ]);
    const before = await rowCounts(app);
    const { report } = await run(file, 'jsonl', { dryRun: true });
    expect(report).toMatchObject({ read: 4, imported: 2, skipped: 1 });
    expect(codesByLine(report)).toEqual([[4, 'unknown-court']]);
    expect(await rowCounts(app)).toEqual(before);
    expect(await stored(['（2026）粤0703执9201号', '（2026）粤0703执9202号'])).toEqual([]);
  });
});

describe('importing CSV', () => {
  it('imports the flat CSV layout, reporting a row with the wrong number of columns and a bad credit code by line', async () => {
    const person = newIdNumber();
    const firm = newCreditCode();
    const base: Record<(typeof csvColumns)[number], string> = {
      caseNumber: '（2026）粤0703执9301号',
      courtCode: '粤0703',
      type: 'first',
      filedOn: '2026-11-02',
      claimAmount: '5000.50',
      status: 'filed',
      closureMode: '',
      closedOn: '',
      closureReason: '',
      titleDocumentNumber: '（2026）粤0703民初88号',
      titleIssuer: '广东省江门市蓬江区人民法院',
      titleEffectiveOn: '2026-09-01',
      titlePerformanceDeadline: '2026-09-15',
      moneyAmount: '5000.50',
      moneyDescription: '货款, 含利息',
      actDescription: '',
      applicantNames: '赵敏;钱进',
      applicantIds: `${person};${newIdNumber()}`,
      debtorNames: '江门市华信五金有限公司',
      debtorIds: firm,
      debtorLegalRepresentatives: '孙立',
      applicantLegalRepresentatives: '',
      officer: '',
      resumedFrom: '',
    };
    const values = (r: typeof base) => csvColumns.map((c) => r[c]);
    const closed = {
      ...base,
      caseNumber: '（2026）粤0703执9304号',
      status: 'closed',
      closureMode: 'fully-enforced',
      closedOn: '2026-11-20',
      closureReason: '已履行完毕',
    };
    const file = join(dir, 'cases.csv');
    writeFileSync(
      file,
      '\uFEFF' +
        encodeCsv([
          [...csvColumns],
          values(base),
          values({ ...base, caseNumber: '（2026）粤0703执9302号' }).slice(0, -1),
          values({ ...base, caseNumber: '（2026）粤0703执9303号', debtorIds: `${firm.slice(0, -1)}${firm.endsWith('0') ? '1' : '0'}` }),
          values(closed),
        ]),
    );
    const { report } = await run(file, 'csv');
    expect(codesByLine(report)).toEqual([
      [3, 'validation-failed'],
      [4, 'invalid-credit-code'],
    ]);
    expect(report.errors[0]!.message).toContain('列');
    expect(report).toMatchObject({ read: 4, imported: 2 }); // the header is not a case

    const api = client(app, await login(app, 'judge'));
    const [row] = await app.db.selectFrom('cases').select('id').where('case_number', '=', base.caseNumber).execute();
    const c = (await api.get(`/api/v1/cases/${row!.id}`)).json();
    expect(c).toMatchObject({
      claimAmount: '5000.50',
      title: { obligations: [{ kind: 'money', amount: '5000.50', description: '货款, 含利息' }] },
    });
    expect(c.applicants.map((p: { name: string }) => p.name)).toEqual(['赵敏', '钱进']);
    expect(c.applicants[0]).toMatchObject({ kind: 'person', idNumber: person });
    expect(c.debtors).toHaveLength(1);
    expect(c.debtors[0]).toMatchObject({
      role: 'debtor',
      kind: 'organization',
      name: '江门市华信五金有限公司',
      creditCode: firm,
      legalRepresentative: '孙立',
    });
    const [closedRow] = await app.db
      .selectFrom('cases')
      .select(['status', 'closure_mode'])
      .where('case_number', '=', closed.caseNumber)
      .execute();
    expect(closedRow).toEqual({ status: 'closed', closure_mode: 'fully-enforced' });
  });
});

describe('who may import', () => {
  it('lets a court administrator import only into their own court', async () => {
    const token = (await login(app, 'court-admin')).authorization.slice(7);
    const courtAdmin = (await principalForToken(app, token))!;
    const file = writeJsonl('scoped.jsonl', [importRow('（2026）粤0703执9401号'), importRow('（2026）粤0781执9401号')]);
    const { report } = await run(file, 'jsonl', { who: courtAdmin });
    expect(report.imported).toBe(1);
    expect(codesByLine(report)).toEqual([[2, 'court-out-of-scope']]);
  });

  it('refuses an import by a user without the import permission, writing nothing', async () => {
    const token = (await login(app, 'judge')).authorization.slice(7);
    const judge = (await principalForToken(app, token))!;
    const file = writeJsonl('judge.jsonl', [importRow('（2026）粤0703执9501号')]);
    const before = await rowCounts(app);
    const { report } = await run(file, 'jsonl', { who: judge });
    expect(report).toMatchObject({ imported: 0, errors: [{ line: 0, code: 'forbidden' }] });
    expect(await rowCounts(app)).toEqual(before);
  });
});
