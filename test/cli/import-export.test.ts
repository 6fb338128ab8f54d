import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { csvColumns, csvHeaders } from '../../src/cases/case-csv.ts';
import { encodeCsv } from '../../src/db/csv.ts';
import { filingBody, newCreditCode, newIdNumber } from '../api/fixtures.ts';
import { freshStore, withDatabase, zhixing, zhixingBinary, type Store } from './cli-fixtures.ts';

// Each test runs several processes, each opening its database: minutes on a busy machine.
vi.setConfig({ testTimeout: 240_000 });

// `zhixing import` and `zhixing export` as a court's IT staff run them when moving off an old system.

let dir: string;
let a: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhixing-cli-files-'));
  a = await freshStore();
});
afterAll(async () => {
  await a?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function row(caseNumber: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const court = /）(.+?)执/.exec(caseNumber)![1]!;
  return { caseNumber, ...filingBody({ courtCode: court }), ...overrides };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const cases = (store: Store) =>
  withDatabase(store, async ({ read: db }) =>
    (await db.selectFrom('cases').select('case_number').orderBy('case_number').execute()).map((r) => r.case_number),
  );

const good = [
  '（2026）粤0703执9001号',
  '（2026）粤0703执9002号',
  '（2026）粤0781执5001号',
  '（2025）粤0703执7777号',
  '（2026）粤0703执9010号',
  '（2026）粤0703执9011号',
];

function jsonlFile(): string {
  const badId = row('（2026）粤0703执9003号');
  (badId.debtors as unknown[])[0] = { kind: 'person', name: '周某', idNumber: '44070319900101123X' };
  const lines = [
    row(good[0]!),
    row(good[1]!, {
      status: 'closed',
      closure: { mode: 'current-procedure-terminated', closedOn: '2026-11-25', reason: '无财产可供执行' },
    }),
    badId,
    row('（2026）粤0799执1号'),
    row(good[0]!),
    '{"caseNumber": "（2026）粤0703执9004号"',
    row(good[2]!),
    row(good[3]!, { filedOn: '2025-06-02', title: { ...filingBody().title, effectiveOn: '2025-05-01', performanceDeadline: null } }),
    row(good[4]!, {
      thirdParties: [
        { kind: 'organization', name: '江门农村商业银行股份有限公司', creditCode: newCreditCode(), legalRepresentative: null },
      ],
    }),
    row(good[5]!, {
      applicants: [
        { kind: 'person', name: '甲', idNumber: newIdNumber() },
        { kind: 'person', name: '乙', idNumber: newIdNumber() },
      ],
    }),
  ];
  return file('cases.jsonl', lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
}

describe('zhixing import', () => {
  let jsonl: string;
  beforeAll(() => {
    jsonl = jsonlFile();
  });

  it('checks a file with --dry-run, says how many cases it would import, and writes nothing', async () => {
    const run = await zhixing(a, ['import', jsonl, '--dry-run']);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toMatch(/校验完成：读 10 行，可导入 6 件，已存在跳过 0 件，错误 4 行/);
    expect(await cases(a)).toEqual([]);
  });

  it('imports the good rows in batches and reports each bad one by line number and code, exiting 2', async () => {
    const run = await zhixingBinary(a, ['import', jsonl, '--batch', '2', '--progress-every', '2']);
    expect(run.code, run.stderr).toBe(2);
    const out = run.stdout;
    expect(out).toContain('第 3 行（（2026）粤0703执9003号）：[invalid-id-number]');
    expect(out).toContain('第 4 行（（2026）粤0799执1号）：[unknown-court]');
    expect(out).toContain('第 5 行（（2026）粤0703执9001号）：[duplicate-case-number]');
    expect(out).toMatch(/第 6 行：\[invalid-json\] .*JSON/);
    expect(out).toMatch(/导入完成：读 10 行，导入 6 件，已存在跳过 0 件，错误 4 行/);
    // progress is printed once per committed batch of two, on standard error, then a summary line
    expect(run.stderr).toMatch(/^导入：已处理 \d+\/10 行（\d+%），\d+ 行\/秒，导入 2，/m);
    expect(run.stderr).toMatch(/^导入：已处理 \d+\/10 行（\d+%），\d+ 行\/秒，导入 4，/m);
    expect(run.stderr).toMatch(/^导入：完成 10 行，用时 [\d.]+ 秒，平均 \d+ 行\/秒，导入 6，跳过 0，错误 4$/m);
    expect(await cases(a)).toEqual([...good].sort());
  });

  it('imports nothing new when the same file is run again', async () => {
    const run = await zhixing(a, ['import', jsonl, '--batch', '2']);
    expect(run.stdout).toMatch(/导入完成：读 10 行，导入 0 件，已存在跳过 6 件，错误 4 行/);
    expect(await cases(a)).toEqual([...good].sort());
  });

  it('imports CSV in the flat column layout, reporting a row with the wrong number of columns', async () => {
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
      titlePerformanceDeadline: '',
      moneyAmount: '5000.50',
      moneyDescription: '货款, 含利息',
      actDescription: '赔礼道歉',
      applicantNames: '赵敏',
      applicantIds: newIdNumber(),
      debtorNames: '江门市华信五金有限公司',
      debtorIds: newCreditCode(),
      debtorLegalRepresentatives: '孙立',
      applicantLegalRepresentatives: '',
      officer: '',
      resumedFrom: '',
    };
    const values = (r: typeof base) => csvColumns.map((c) => r[c]);
    const csv = file(
      'cases.csv',
      encodeCsv([[...csvColumns], values(base), values({ ...base, caseNumber: '（2026）粤0703执9302号' }).slice(1)]),
    );
    const run = await zhixing(a, ['import', csv]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`第 3 行：[validation-failed] 应有 ${csvColumns.length} 列，实有 ${csvColumns.length - 1} 列`);
    expect(run.stdout).toMatch(/导入 1 件/);
    expect(await cases(a)).toContain('（2026）粤0703执9301号');
  });

  it('exits 0 when every row is good', async () => {
    const run = await zhixing(a, ['import', file('clean.jsonl', JSON.stringify(row('（2026）粤0703执9401号')) + '\n')]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/导入 1 件.*错误 0 行/);
  });
});

describe('zhixing export, imported again', () => {
  type Party = { kind: string; name: string; idNumber?: string; creditCode?: string };
  type Row = { caseNumber: string; courtCode: string; status: string; applicants: Party[]; debtors: Party[]; thirdParties?: Party[] };
  const parse = (text: string): Row[] =>
    text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));

  it('exports a court’s cases as JSON Lines that import into an empty database with the same case numbers and parties', async () => {
    const out = join(dir, 'export-a.jsonl');
    const exported = await zhixing(a, ['export', '--court', '粤0703', '--format', 'jsonl', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const rows = parse(readFileSync(out, 'utf8'));
    expect(rows.every((r) => r.courtCode === '粤0703')).toBe(true);
    const fromA = await withDatabase(a, async ({ read: db }) => {
      const r = await sql<{ case_number: string; role: string; name: string; identity: string }>`
        select c.case_number, p.role, p.name, coalesce(p.id_number, p.credit_code) as identity
        from cases c join case_parties p on p.case_id = c.id join courts k on k.id = c.court_id
        where k.code = '粤0703' order by c.case_number, p.role, p.position`.execute(db);
      return r.rows;
    });
    expect(rows.map((r) => r.caseNumber)).toEqual([...new Set(fromA.map((r) => r.case_number))]);
    expect(rows.find((r) => r.caseNumber === good[4])!.thirdParties).toHaveLength(1);

    const b = await freshStore();
    try {
      const imported = await zhixing(b, ['import', out]);
      expect(imported.code, imported.stdout).toBe(0);
      expect(imported.stdout).toMatch(new RegExp(`导入 ${rows.length} 件`));
      const fromB = await withDatabase(b, async ({ read: db }) => {
        const r = await sql<{ case_number: string; role: string; name: string; identity: string }>`
          select c.case_number, p.role, p.name, coalesce(p.id_number, p.credit_code) as identity
          from cases c join case_parties p on p.case_id = c.id order by c.case_number, p.role, p.position`.execute(db);
        return r.rows;
      });
      expect(fromB).toEqual(fromA);
      // and exporting again gives the same file, byte for byte
      const again = join(dir, 'export-b.jsonl');
      expect((await zhixing(b, ['export', '--court', '粤0703', '--format', 'jsonl', '--out', again])).code).toBe(0);
      expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
    } finally {
      await b.dispose();
    }
  });

  it('round-trips a CSV export the same way: UTF-8 with a BOM and Chinese column headers', async () => {
    const out = join(dir, 'export-a.csv');
    const exported = await zhixing(a, ['export', '--court', '粤0781', '--format', 'csv', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.split('\n')[0]).toBe('\uFEFF' + csvHeaders.join(','));
    expect(text.split('\n')[0]).toContain('案号,执行法院代字');
    expect(text).toContain('（2026）粤0781执5001号');
    const c = await freshStore();
    try {
      const imported = await zhixing(c, ['import', out]);
      expect(imported.code, imported.stdout).toBe(0);
      const again = join(dir, 'export-c.csv');
      expect((await zhixing(c, ['export', '--court', '粤0781', '--format', 'csv', '--out', again])).code).toBe(0);
      expect(readFileSync(again, 'utf8')).toBe(text);
    } finally {
      await c.dispose();
    }
  });

  it('refuses CSV for a court with a case CSV cannot hold (a third party), pointing to JSON Lines, and writes no file', async () => {
    const out = join(dir, 'export-refused.csv');
    const run = await zhixing(a, ['export', '--court', '粤07', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[export-csv-unrepresentable]');
    expect(run.stderr).toContain(good[4]);
    expect(run.stderr).toContain('第三人');
    expect(run.stderr).toContain('--format jsonl');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.part`)).toBe(false);
  });
});
