import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, enc, expectProblem, filingBody } from './fixtures.ts';

// The case list: filters a clerk uses every day, and keyset pagination that visits every case once.

let app: TestApp;
let judge: ReturnType<typeof client>;
let home: number;

type Item = {
  id: string;
  caseNumber: string;
  status: string;
  filedOn: string;
  applicants: string;
  debtors: string;
  officerName: string | null;
  court: { code: string };
};

beforeAll(async () => {
  app = await createTestApp({ seedCases: 300 });
  judge = client(app, await login(app, 'judge'));
  home = app.courts.byCode('粤0703')!.id;
});
afterAll(() => app?.close());

/** Follows nextCursor to the end and returns every item seen, in order. */
async function walk(query: string, limit: number, between?: (page: number) => Promise<void>): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let page = 0; ; page++) {
    const res = await judge.get(`/api/v1/cases?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Item[]; nextCursor: string | null };
    expect(body.items.length).toBeLessThanOrEqual(limit);
    items.push(...body.items);
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
    await between?.(page);
  }
  return items;
}

const homeCases = () => app.db.selectFrom('cases').select(['id', 'status', 'filed_on', 'officer_id']).where('court_id', '=', home);
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe('walking the pages', () => {
  it('visits every case of the court exactly once, newest filing first', async () => {
    const items = await walk('', 7);
    const expected = await homeCases().execute();
    expect(expected.length).toBeGreaterThan(150);
    expect(items).toHaveLength(expected.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(ids(items)).toEqual(ids(expected));
    const dates = items.map((i) => i.filedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('neither repeats nor skips a case when new cases are filed while paging', async () => {
    const before = await homeCases().execute();
    const items = await walk('', 25, async (page) => {
      if (page < 3) expect((await judge.post('/api/v1/cases', filingBody({ filedOn: '2026-11-26' }))).statusCode).toBe(201);
    });
    const seen = items.map((i) => i.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect(before.every((c) => seen.includes(c.id))).toBe(true);
  });

  it('gives the last page no cursor', async () => {
    const total = (await homeCases().execute()).length;
    const res = (await judge.get(`/api/v1/cases?limit=200`)).json();
    expect(res.nextCursor === null).toBe(total <= 200);
  });
});

describe('filtering', () => {
  it('lists only cases of one status, all of them', async () => {
    for (const status of ['suspended', 'in-progress', 'closed']) {
      const items = await walk(`status=${status}`, 50);
      expect(items.every((i) => i.status === status)).toBe(true);
      expect(ids(items)).toEqual(
        ids(
          await homeCases()
            .where('status', '=', status as 'closed')
            .execute(),
        ),
      );
    }
  });

  it('finds cases by a party’s name, as applicant or debtor', async () => {
    const sample = await app.db
      .selectFrom('cases')
      .select(['id', 'debtor_names'])
      .where('court_id', '=', home)
      .orderBy('case_number')
      .limit(1)
      .executeTakeFirstOrThrow();
    const name = sample.debtor_names;
    const items = await walk(`party=${enc(name)}`, 50);
    expect(items.map((i) => i.id)).toContain(sample.id);
    expect(items.every((i) => i.applicants.includes(name) || i.debtors.includes(name))).toBe(true);
  });

  it('finds exactly the cases of one ID number, in whatever letter case it is typed', async () => {
    const party = await app.db
      .selectFrom('case_parties')
      .select('id_number')
      .where('court_id', '=', home)
      .where('id_number', 'is not', null)
      .orderBy('id_number')
      .limit(1)
      .executeTakeFirstOrThrow();
    const idNumber = party.id_number!;
    const expected = await app.db
      .selectFrom('case_parties')
      .select('case_id as id')
      .where('court_id', '=', home)
      .where('id_number', '=', idNumber)
      .execute();
    const items = await walk(`party=${enc(idNumber.toLowerCase())}`, 50);
    expect(ids(items)).toEqual(ids(expected));
  });

  it('finds exactly the cases of one credit code', async () => {
    const firm = await app.db
      .selectFrom('case_parties')
      .select('credit_code')
      .where('court_id', '=', home)
      .where('credit_code', 'is not', null)
      .limit(1)
      .executeTakeFirstOrThrow();
    const expected = await app.db
      .selectFrom('case_parties')
      .select('case_id as id')
      .where('court_id', '=', home)
      .where('credit_code', '=', firm.credit_code)
      .execute();
    expect(ids(await walk(`party=${enc(firm.credit_code!)}`, 50))).toEqual(ids(expected));
  });

  it('treats % and _ in a party search as characters, not wildcards', async () => {
    for (const term of ['%', '_', '%%']) {
      const res = await judge.get(`/api/v1/cases?party=${enc(term)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([]);
    }
  });

  it('lists the cases filed within a date range, both ends included', async () => {
    const [from, to] = ['2025-03-01', '2025-06-30'];
    const items = await walk(`filedFrom=${from}&filedTo=${to}`, 20);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.filedOn >= from && i.filedOn <= to)).toBe(true);
    expect(ids(items)).toEqual(ids(await homeCases().where('filed_on', '>=', from).where('filed_on', '<=', to).execute()));
    // a one-day range
    const day = items[0]!.filedOn;
    const sameDay = await walk(`filedFrom=${day}&filedTo=${day}`, 20);
    expect(sameDay.every((i) => i.filedOn === day)).toBe(true);
    expect(sameDay.map((i) => i.id)).toContain(items[0]!.id);
  });

  it('lists the cases assigned to one officer', async () => {
    const officer = await app.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('username', '=', 'enforcer')
      .executeTakeFirstOrThrow();
    const items = await walk(`officer=${officer.id}`, 30);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.officerName === officer.display_name)).toBe(true);
    expect(ids(items)).toEqual(ids(await homeCases().where('officer_id', '=', officer.id).execute()));
  });

  it('combines filters, and pages through the combination', async () => {
    const items = await walk(`status=in-progress&filedFrom=2025-01-01`, 4);
    expect(ids(items)).toEqual(ids(await homeCases().where('status', '=', 'in-progress').where('filed_on', '>=', '2025-01-01').execute()));
  });
});

describe('refusing a bad query', () => {
  it('refuses a cursor it did not issue (400 invalid-cursor)', async () => {
    for (const cursor of [
      'garbage',
      Buffer.from('2026-13-01|x').toString('base64url'),
      Buffer.from('2026-01-01|not-a-uuid').toString('base64url'),
      Buffer.from('0000-01-01|00000000-0000-4000-8000-000000000000').toString('base64url'),
      '',
    ]) {
      if (!cursor) continue;
      expectProblem(await judge.get(`/api/v1/cases?cursor=${cursor}`), 400, 'invalid-cursor');
    }
  });

  it('refuses an unknown status, a date that does not exist, an officer that is not an id and an unknown court', async () => {
    const refused = async (query: string, field: string, code: string) => {
      const problem = expectProblem(await judge.get(`/api/v1/cases?${query}`), 422, 'validation-failed');
      expect(problem.errors).toEqual([expect.objectContaining({ field, code })]);
    };
    await refused('status=lost', 'status', 'not-allowed');
    await refused('filedFrom=2026-02-30', 'filedFrom', 'invalid-date-value');
    await refused('filedTo=0000-01-01', 'filedTo', 'invalid-date-value');
    await refused('officer=zhang', 'officer', 'invalid-uuid');
    await refused('limit=0', 'limit', 'out-of-range');
    await refused('limit=201', 'limit', 'out-of-range');
    await refused('party=%00', 'party', 'invalid-text');
    await refused('sort=desc', 'sort', 'not-allowed');
    await refused('shuffle=1', 'shuffle', 'unknown-field');
    expectProblem(await judge.get(`/api/v1/cases?court=${enc('粤0799')}`), 422, 'unknown-court');
  });
});
