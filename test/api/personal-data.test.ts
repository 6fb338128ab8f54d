import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { flushPersonalDataReads } from '../../src/access/personal-data-log.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCases: 60 });
});
afterAll(async () => app?.close());

describe('personal data in case details', () => {
  it('logs a judge reading unmasked ID numbers, but not a party who sees others masked', async () => {
    const judge = await login(app, 'judge');
    const party = await login(app, 'party');
    const mine = (await app.server.inject({ method: 'GET', url: '/api/v1/cases?limit=1', headers: party })).json().items[0];
    expect(mine).toBeDefined();

    const before = await app.db.selectFrom('personal_data_reads').select(app.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const asJudge = (await app.server.inject({ method: 'GET', url: `/api/v1/cases/${mine.id}`, headers: judge })).json();
    expect(asJudge.debtors[0].idNumber ?? asJudge.debtors[0].creditCode).not.toContain('*');
    await flushPersonalDataReads(app);
    const after = await app.db.selectFrom('personal_data_reads').selectAll().where('case_id', '=', mine.id).execute();
    expect(after).toHaveLength(1);
    expect(after[0]!.purpose).toBe('case.detail');

    const asParty = (await app.server.inject({ method: 'GET', url: `/api/v1/cases/${mine.id}`, headers: party })).json();
    const other = asParty.debtors[0].idNumber ?? asParty.debtors[0].creditCode;
    expect(other).toMatch(/^\w{6}\*+\w{4}$/);
    await flushPersonalDataReads(app);
    const count = await app.db.selectFrom('personal_data_reads').select(app.db.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(Number(before.n) + 1);
  });
});

describe('what an identity number says', () => {
  it('shows staff the birth date, sex and region decoded from a resident ID, and the registration authority of a credit code', async () => {
    const judge = await login(app, 'judge');
    const page = (await app.server.inject({ method: 'GET', url: '/api/v1/cases?limit=50', headers: judge })).json();
    let person: Record<string, unknown> | undefined;
    let organization: Record<string, unknown> | undefined;
    for (const item of page.items) {
      const c = (await app.server.inject({ method: 'GET', url: `/api/v1/cases/${item.id}`, headers: judge })).json();
      for (const p of [...c.applicants, ...c.debtors]) {
        if (p.kind === 'person') person ??= p;
        else organization ??= p;
      }
      if (person && organization) break;
    }
    const id = String(person!.idNumber);
    expect(person).toMatchObject({
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      regionCode: id.slice(0, 6),
    });
    expect(organization).toMatchObject({
      registrationAuthority: expect.any(String),
      regionCode: String(organization!.creditCode).slice(2, 8),
    });
  });
});
