import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';
import { exportCases } from '../../src/cases/export-cases.ts';
import { importCases } from '../../src/cases/import-cases.ts';
import { readImportFile } from '../../src/cases/read-import-file.ts';
import { csvHeaders } from '../../src/cases/case-csv.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { principalForToken } from '../../src/access/authenticate.ts';
import { rolePermissions } from '../../src/access/access.types.ts';
import type { Principal } from '../../src/access/access.types.ts';
import { client, filingBody, newCreditCode, newIdNumber } from './fixtures.ts';

// Export hands out many cases' personal data at once: it has a permission of its own, every export
// is logged, CSV is safe to open in a spreadsheet and refuses what it cannot hold, and JSON Lines
// carries everything a case holds, so that it imports into another database as the same cases.

let source: TestApp;
let dir: string;
let ids: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhixing-export-'));
  source = await createTestApp({ seedCases: 12 });
  const judge = client(source, await login(source, 'judge'));
  const admin = client(source, await login(source, 'admin', 'admin-test-password'));
  const officers = await source.db.selectFrom('users').select(['id', 'username']).where('username', 'in', ['judge', 'enforcer']).execute();
  const file = async (body: Record<string, unknown>, as = judge) => {
    const res = await as.post('/api/v1/cases', filingBody(body));
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  ids = {
    plain: await file({ officerId: officers.find((o) => o.username === 'enforcer')!.id }),
    thirdParty: await file({
      thirdParties: [
        { kind: 'organization', name: '江门农村商业银行股份有限公司', creditCode: newCreditCode(), legalRepresentative: '陈行长' },
      ],
    }),
    twoDebts: await file({
      title: {
        ...filingBody().title,
        obligations: [
          { kind: 'money', amount: '1000.00', description: '本金' },
          { kind: 'money', amount: '20.50', description: '利息' },
          { kind: 'act', description: '赔礼道歉' },
        ],
      },
    }),
    formulas: await file(
      {
        courtCode: '粤0704',
        applicants: [{ kind: 'person', name: '=HYPERLINK("http://evil.example","点我")', idNumber: newIdNumber() }],
        debtors: [
          { kind: 'organization', name: '@SUM(A1:A9)', creditCode: newCreditCode(), legalRepresentative: '+86 138' },
          { kind: 'person', name: "-王'五", idNumber: newIdNumber() },
        ],
      },
      admin,
    ),
    ended: await file(terminableFiling),
  };
  // 终本 (filed three months back, the gate's facts recorded), then 恢复执行: a 执恢 case linked to it.
  expect((await judge.post(`/api/v1/cases/${ids.ended}/start`, {})).statusCode).toBe(200);
  await recordTerminationFacts(source, ids.ended!);
  const closed = await judge.post(`/api/v1/cases/${ids.ended}/close`, {
    mode: 'current-procedure-terminated',
    closedOn: '2026-11-24',
    reason: '经调查无财产可供执行',
    route: 'applicant-confirmed',
  });
  expect(closed.statusCode, closed.body).toBe(200);
  const resumed = await judge.post(`/api/v1/cases/${ids.ended}/resume`, {
    filedOn: '2026-11-25',
    claimAmount: '99000.00',
    reason: '发现新财产',
  });
  expect(resumed.statusCode, resumed.body).toBe(201);
  ids.resumed = resumed.json().id;
});
afterAll(async () => {
  await source?.close();
  rmSync(dir, { recursive: true, force: true });
});

const home = () => systemPrincipal(source, '测试导出', '粤0703');
async function run(who: Principal, format: 'jsonl' | 'csv', limit?: number) {
  let text = '';
  const result = await exportCases(source, who, { format, limit }, (t) => {
    text += t;
  });
  return { result, text };
}

describe('who may export', () => {
  it('is a permission of its own, held by the administrators only', () => {
    const holders = Object.entries(rolePermissions).filter(([, ps]) => ps.includes('case.export'));
    expect(holders.map(([role]) => role)).toEqual(['administrator']);
  });

  it('refuses a judge, who may read and file cases but not take them away in bulk', async () => {
    const token = (await login(source, 'judge')).authorization.slice(7);
    const judge = (await principalForToken(source, token))!;
    const before = await source.db.selectFrom('events').select('seq').where('action', '=', 'case.exported').execute();
    const { result, text } = await run(judge, 'jsonl');
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(text).toBe('');
    expect(await source.db.selectFrom('events').select('seq').where('action', '=', 'case.exported').execute()).toEqual(before);
  });
});

describe('every export', () => {
  it('is logged as an audit event with its filters, count and actor, and as a personal-data read', async () => {
    const token = (await login(source, 'court-admin')).authorization.slice(7);
    const admin = (await principalForToken(source, token))!;
    const { result } = await run(admin, 'jsonl', 5);
    expect(result).toEqual({ ok: true, value: { count: 5 } });
    const event = await source.db
      .selectFrom('events')
      .selectAll()
      .where('action', '=', 'case.exported')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: admin.userId, actor_name: admin.displayName, case_id: null });
    expect(event.changes).toEqual({ filters: { court: '粤0703', scope: 'court', format: 'jsonl', limit: 5 }, count: 5, complete: true });
    const read = await source.db.selectFrom('personal_data_reads').selectAll().where('event_id', '=', event.id).executeTakeFirstOrThrow();
    expect(read).toMatchObject({ purpose: 'case.export', user_id: admin.userId, actor_name: admin.displayName, cases: 5, case_id: null });
  });
});

describe('CSV', () => {
  it('carries a UTF-8 BOM and Chinese column headers', async () => {
    const court0781 = systemPrincipal(source, '测试导出', '粤0781');
    const { text } = await run(court0781, 'csv');
    expect(text.startsWith('\uFEFF案号,执行法院代字,')).toBe(true);
    expect(text.split('\n')[0]).toBe('\uFEFF' + csvHeaders.join(','));
  });

  it('refuses a court with a case it cannot hold, naming the case and pointing to JSON Lines, and logs the refusal', async () => {
    const { result } = await run(home(), 'csv');
    expect(result).toMatchObject({ ok: false, code: 'export-csv-unrepresentable' });
    expect(!result.ok && result.detail).toMatch(/JSON Lines/);
    const event = await source.db
      .selectFrom('events')
      .select('changes')
      .where('action', '=', 'case.exported')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.changes).toMatchObject({ complete: false, refused: expect.stringContaining('CSV') });
  });

  it('neutralises spreadsheet formulas in cells, and import restores the values', async () => {
    const number = (await source.db.selectFrom('cases').select('case_number').where('id', '=', ids.formulas!).executeTakeFirstOrThrow())
      .case_number;
    const { result, text } = await run(systemPrincipal(source, '测试导出', '粤0704'), 'csv');
    expect(result).toEqual({ ok: true, value: { count: 1 } });
    const line = text.split('\n').find((l) => l.includes(number))!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
    expect(line).toContain("'@SUM(A1:A9);-王'五");
    expect(line).toContain("'+86 138");
    // No cell starts with what a spreadsheet would run.
    expect(line.split(',').filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);

    const target = await createTestApp();
    try {
      const path = join(dir, 'formulas.csv');
      writeFileSync(path, text);
      const report = await importCases(target, systemPrincipal(target, '测试导入'), readImportFile(path, 'csv'));
      expect(report.errors).toEqual([]);
      const names = await sql<{ name: string; legal_representative: string | null }>`select name, legal_representative from case_parties
        order by role, position`.execute(target.db);
      expect(names.rows).toEqual([
        { name: '=HYPERLINK("http://evil.example","点我")', legal_representative: null },
        { name: '@SUM(A1:A9)', legal_representative: '+86 138' },
        { name: "-王'五", legal_representative: null },
      ]);
    } finally {
      await target.close();
    }
  });
});

/** Everything a case holds, by field, with ids replaced by what they name (the 承办人's username, the 原案's number). */
async function casesOf(app: TestApp, courtCode: string) {
  const rows = await sql<Record<string, unknown>>`
    select c.case_number, k.code as court, c.year, c.type, c.type_code, c.serial, c.status, c.filed_on, c.claim_amount::text,
           u.username as officer, c.closure_mode, c.closed_on, c.closure_reason, r.case_number as resumed_from,
           c.applicant_names, c.debtor_names,
           t.document_number, t.issuer, t.effective_on, t.performance_deadline, t.obligations,
           (select json_agg(json_build_array(p.role, p.position, p.kind, p.name, p.id_number, p.credit_code, p.legal_representative)
                            order by p.role, p.position) from case_parties p where p.case_id = c.id) as parties
    from cases c join courts k on k.id = c.court_id join case_titles t on t.case_id = c.id
    left join users u on u.id = c.officer_id left join cases r on r.id = c.resumed_from_id
    where k.code = ${courtCode} order by c.case_number`.execute(app.db);
  return rows.rows;
}

describe('JSON Lines', () => {
  it('round-trips every case into an empty database field by field: 承办人, 执恢 link, third parties, closure and all', async () => {
    const { result, text } = await run(home(), 'jsonl');
    expect(result.ok).toBe(true);
    const path = join(dir, 'all.jsonl');
    writeFileSync(path, text);
    const before = await casesOf(source, '粤0703');
    expect(before.length).toBeGreaterThan(5);
    expect(before.filter((c) => c.officer).length).toBeGreaterThan(1);
    expect(before.filter((c) => c.resumed_from)).toHaveLength(1);
    expect(before.some((c) => (c.parties as unknown[][]).some((p) => p[0] === 'third-party'))).toBe(true);

    // An empty database: no cases, the same staff (the 承办人 are named by username).
    const target = await createTestApp({ seedCases: 0 });
    try {
      expect(await target.db.selectFrom('cases').select('id').execute()).toEqual([]);
      const report = await importCases(target, systemPrincipal(target, '测试导入'), readImportFile(path, 'jsonl'), { batchSize: 4 });
      expect(report.errors).toEqual([]);
      expect(report.imported).toBe(before.length);
      expect(await casesOf(target, '粤0703')).toEqual(before);
    } finally {
      await target.close();
    }
  });
});
