import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { scratchDatabase } from '../support/scratch-db.ts';
import { importCases, type ImportLine } from '../../src/cases/import-cases.ts';
import { csvRecordToRow } from '../../src/cases/import-row.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { createUser } from '../../src/access/create-user.ts';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import type { LocalDate } from '../../src/shared/dates.ts';
import { client, filingBody, newCreditCode } from './fixtures.ts';

// An identity number typed with full-width digits, spaces or a lower-case x is the same number:
// it is stored in its one normal form, so that a search by it and a party account bound to it find the case.

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCases: 5 });
});
afterAll(() => app?.close());

let sequence = 100;
/** A valid resident ID whose check character is X. */
function idEndingInX(): string {
  for (;;) {
    const id = makeResidentId('440703', '1985-03-07' as LocalDate, sequence++ % 1000);
    if (id.endsWith('X')) return id;
  }
}
const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** How a clerk might type it: full-width digits, spaces between the groups, a lower-case x. */
const asTyped = (id: string) =>
  `${fullWidth(id.slice(0, 6))} ${id.slice(6, 14)} ${fullWidth(id.slice(14, 17))}${id.slice(17).toLowerCase()}`;

const storedIdentities = async (caseNumber: string) =>
  (
    await sql<{ id_number: string | null; credit_code: string | null }>`select p.id_number, p.credit_code from case_parties p
      join cases c on c.id = p.case_id where c.case_number = ${caseNumber} order by p.role, p.position`.execute(app.db)
  ).rows.map((r) => r.id_number ?? r.credit_code);

describe('identity numbers as typed', () => {
  it('are stored normalised when a case is filed, and a search by the real number finds it', async () => {
    const person = idEndingInX();
    const firm = newCreditCode();
    const judge = client(app, await login(app, 'judge'));
    const res = await judge.post(
      '/api/v1/cases',
      filingBody({
        applicants: [{ kind: 'person', name: '林小梅', idNumber: asTyped(person) }],
        debtors: [
          {
            kind: 'organization',
            name: '江门市某某有限公司',
            creditCode: ` ${fullWidth(firm.slice(0, 9))} ${firm.slice(9).toLowerCase()} `,
          },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { caseNumber, id } = res.json();
    expect(await storedIdentities(caseNumber)).toEqual([person, firm]);
    const found = (await judge.get(`/api/v1/cases?party=${person}`)).json();
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await judge.get(`/api/v1/cases/${id}`)).json().applicants[0].idNumber).toBe(person);
  });

  it('are stored normalised when cases are imported, from JSON Lines and from CSV', async () => {
    const person = idEndingInX();
    const other = idEndingInX();
    const firm = newCreditCode();
    const jsonRow = {
      caseNumber: '（2026）粤0703执8801号',
      ...filingBody({ applicants: [{ kind: 'person', name: '甲', idNumber: asTyped(person) }] }),
    };
    const csvRow = csvRecordToRow({
      caseNumber: '（2026）粤0703执8802号',
      courtCode: '粤0703',
      filedOn: '2026-11-02',
      claimAmount: '100.00',
      titleDocumentNumber: '（2026）粤0703民初9号',
      titleIssuer: '广东省江门市蓬江区人民法院',
      titleEffectiveOn: '2026-09-01',
      moneyAmount: '100.00',
      applicantNames: '乙',
      applicantIds: asTyped(other),
      debtorNames: '丙公司',
      debtorIds: fullWidth(firm).toLowerCase(),
    });
    async function* lines(): AsyncGenerator<ImportLine> {
      yield { line: 1, data: jsonRow };
      yield { line: 2, data: csvRow };
    }
    const report = await importCases(app, systemPrincipal(app, '测试导入'), lines());
    expect(report).toMatchObject({ imported: 2, errors: [] });
    expect((await storedIdentities('（2026）粤0703执8801号'))[0]).toBe(person);
    expect(await storedIdentities('（2026）粤0703执8802号')).toEqual([other, firm]);
  });

  it('binds a party account to the normalised number, so that the party sees their case', async () => {
    const person = idEndingInX();
    const judge = client(app, await login(app, 'judge'));
    const filed = (
      await judge.post('/api/v1/cases', filingBody({ applicants: [{ kind: 'person', name: '何某', idNumber: person }] }))
    ).json();
    const created = await createUser(app, systemPrincipal(app, '测试'), {
      username: 'party-typed',
      displayName: '何某',
      password: 'party-typed-password',
      role: 'party',
      courtCode: '粤0703',
      scope: 'court',
      partyIdentity: asTyped(person),
    });
    expect(created.ok).toBe(true);
    const row = await app.db.selectFrom('users').select('party_identity').where('username', '=', 'party-typed').executeTakeFirstOrThrow();
    expect(row.party_identity).toBe(person);
    const party = client(app, await login(app, 'party-typed', 'party-typed-password'));
    expect((await party.get('/api/v1/cases')).json().items.map((c: { id: string }) => c.id)).toEqual([filed.id]);
  });
});

describe('the migration of identities stored as typed', () => {
  it('normalises the parties’ numbers and credit codes and the party accounts’ identities, leaving good ones alone', async () => {
    const { handle, dispose } = await scratchDatabase();
    try {
      const db = handle.read;
      await migrateTo(db, '2026-11-26T0002-personal-data-reads');
      const person = idEndingInX();
      const firm = newCreditCode();
      const good = idEndingInX();
      const caseId = randomUUID();
      await sql`insert into courts (id, code, name, level) values (1, '粤0703', '蓬江区人民法院', 'basic')`.execute(db);
      await sql`insert into users (id, username, display_name, password_hash, role, court_id, scope, party_identity)
                values (${randomUUID()}, 'p', '当事人', 'x', 'party', 1, 'court', ${asTyped(person)})`.execute(db);
      await sql`insert into cases (id, court_id, case_number, year, type, type_code, serial, status, filed_on, claim_amount, created_at, updated_at)
                values (${caseId}, 1, '（2026）粤0703执1号', 2026, 'first', '执', 1, 'filed', '2026-11-20', 100, now(), now())`.execute(db);
      const party = (role: string, position: number, kind: string, id: string | null, code: string | null) =>
        sql`insert into case_parties (id, case_id, court_id, role, position, kind, name, id_number, credit_code)
            values (${randomUUID()}, ${caseId}, 1, ${role}, ${position}, ${kind}, '某', ${id}, ${code})`.execute(db);
      await party('applicant', 0, 'person', asTyped(person), null);
      await party('applicant', 1, 'person', good, null);
      await party('debtor', 0, 'organization', null, ` ${fullWidth(firm).toLowerCase()}`);

      await migrateToLatest(db);
      const parties = await sql<{
        v: string;
      }>`select coalesce(id_number, credit_code) as v from case_parties order by role, position`.execute(db);
      expect(parties.rows.map((r) => r.v)).toEqual([person, good, firm]);
      const users = await sql<{ v: string }>`select party_identity as v from users`.execute(db);
      expect(users.rows.map((r) => r.v)).toEqual([person]);
    } finally {
      await dispose();
    }
  });
});
