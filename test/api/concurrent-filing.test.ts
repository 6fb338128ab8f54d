import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { verifyAuditChains } from '../../src/audit/verify-chain.ts';
import { fileCase } from '../../src/cases/file-case.ts';
import { principalForToken } from '../../src/access/authenticate.ts';
import { client, filingBody, loginAdmin, serialOf } from './fixtures.ts';

// Case numbers are gapless per court × year × type, even when many clerks file at the same moment.
// On PGlite the requests queue on one connection; on PostgreSQL (DATABASE_URL) they truly race.

let app: TestApp;
let auth: { authorization: string };

beforeAll(async () => {
  app = await createTestApp();
  await buildStaff(app);
  auth = await login(app, 'clerk');
});
afterAll(() => app?.close());

async function lastSerial(courtCode: string): Promise<number> {
  const court = app.courts.byCode(courtCode)!;
  const row = await app.db
    .selectFrom('case_number_sequences')
    .select('last_serial')
    .where('court_id', '=', court.id)
    .where('year', '=', 2026)
    .where('type_code', '=', '执')
    .executeTakeFirst();
  return row?.last_serial ?? 0;
}

function expectConsecutive(caseNumbers: string[], after: number, n: number) {
  expect(new Set(caseNumbers).size).toBe(n);
  const serials = caseNumbers.map(serialOf).sort((a, b) => a - b);
  expect(serials).toEqual(Array.from({ length: n }, (_, i) => after + i + 1));
}

it('gives 200 filings sent at once through the API 200 distinct, consecutive case numbers, and the audit chain still verifies', async () => {
  const before = await lastSerial('粤0703');
  const api = client(app, auth);
  const responses = await Promise.all(Array.from({ length: 200 }, () => api.post('/api/v1/cases', filingBody())));
  expect(responses.map((r) => r.statusCode)).toEqual(Array(200).fill(201));
  const numbers = responses.map((r) => r.json().caseNumber as string);
  expect(numbers.every((n) => n.startsWith('（2026）粤0703执'))).toBe(true);
  expectConsecutive(numbers, before, 200);
  expect(await lastSerial('粤0703')).toBe(before + 200);

  const stored = await app.db.selectFrom('cases').select('case_number').where('case_number', 'in', numbers).execute();
  expect(stored).toHaveLength(200);
  const report = await verifyAuditChains(app.db);
  expect(report.breaks).toEqual([]);
});

it('gives 200 filings made at once through the filing use case consecutive numbers in each of two courts', async () => {
  const admin = (await principalForToken(app, (await loginAdmin(app)).authorization.slice(7)))!;
  const [a0, b0] = [await lastSerial('粤0703'), await lastSerial('粤0781')];
  const results = await Promise.all(
    Array.from({ length: 200 }, (_, i) => fileCase(app, admin, filingBody({ courtCode: i % 2 ? '粤0781' : '粤0703' }))),
  );
  const numbers = results.map((r) => {
    if (!r.ok) throw new Error(`filing failed: ${r.code}`);
    return r.value.caseNumber;
  });
  expectConsecutive(
    numbers.filter((n) => n.includes('粤0703')),
    a0,
    100,
  );
  expectConsecutive(
    numbers.filter((n) => n.includes('粤0781')),
    b0,
    100,
  );
  expect((await verifyAuditChains(app.db)).breaks).toEqual([]);
});
