import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, enc } from './fixtures.ts';

// Finding cases the way a clerk types: a case number in any spelling or a fragment of it, a
// fragment of a name; and a subtree's list, merged from each court's own page.

let app: TestApp;
let judge: ReturnType<typeof client>;
let home: number;

type Item = { id: string; caseNumber: string; filedOn: string; applicants: string; debtors: string; court: { code: string } };

beforeAll(async () => {
  app = await createTestApp({ seedCases: 300 });
  judge = client(app, await login(app, 'judge'));
  home = app.courts.byCode('粤0703')!.id;
});
afterAll(() => app?.close());

async function walk(who: ReturnType<typeof client>, query: string, limit: number): Promise<Item[]> {
  const items: Item[] = [];
  for (let cursor: string | null = null; ;) {
    const res = await who.get(`/api/v1/cases?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: Item[]; nextCursor: string | null };
    items.push(...body.items);
    if (!body.nextCursor) return items;
    cursor = body.nextCursor;
  }
}

const homeCases = () =>
  app.db.selectFrom('cases').select(['id', 'case_number', 'applicant_names', 'debtor_names']).where('court_id', '=', home);
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

// Half-width brackets, full-width digits and stray spaces, as a clerk may paste a number.
const respell = (n: string) =>
  n
    .replace('（', '( ')
    .replace('）', ') ')
    .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('searching by case number', () => {
  it('finds a case by its whole number typed in another spelling, and only that case', async () => {
    const sample = await homeCases().orderBy('case_number').offset(17).limit(1).executeTakeFirstOrThrow();
    const items = await walk(judge, `caseNumber=${enc(respell(sample.case_number))}`, 20);
    expect(items.map((i) => i.id)).toEqual([sample.id]);
  });

  it('finds every case whose number contains a fragment such as 执15, in whatever width it is typed', async () => {
    const expected = (await homeCases().execute()).filter((c) => c.case_number.includes('执15'));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(await walk(judge, `caseNumber=${enc('执15')}`, 20))).toEqual(ids(expected));
    expect(ids(await walk(judge, `caseNumber=${enc('执１５')}`, 20))).toEqual(ids(expected));
  });

  it('treats % and _ in a number as characters, and finds nothing for a number that does not exist', async () => {
    for (const term of ['%', '执_', '（2026）粤0703执999999号']) expect(await walk(judge, `caseNumber=${enc(term)}`, 20)).toEqual([]);
  });
});

describe('searching by a fragment of a name', () => {
  it('finds every case with a party whose name holds a two-character fragment, as applicant or debtor', async () => {
    const all = await homeCases().execute();
    const name = all.find((c) => /^\p{Script=Han}{3,}$/u.test(c.debtor_names))!.debtor_names;
    for (const fragment of [name.slice(0, 2), name.slice(1, 3), name]) {
      const expected = all.filter((c) => c.applicant_names.includes(fragment) || c.debtor_names.includes(fragment));
      expect(ids(await walk(judge, `party=${enc(fragment)}`, 50))).toEqual(ids(expected));
    }
  });

  it('finds cases by one character too (no trigram index can help, the list still answers)', async () => {
    const all = await homeCases().execute();
    const expected = all.filter((c) => c.applicant_names.includes('王') || c.debtor_names.includes('王'));
    expect(ids(await walk(judge, `party=${enc('王')}`, 50))).toEqual(ids(expected));
  });
});

describe('a list over several courts', () => {
  it('gives a coordinator every case of the courts below, each once, in filing order across the courts', async () => {
    const coordinator = client(app, await login(app, 'coordinator'));
    const scope = app.courts.subtreeIds(app.courts.byCode('粤07')!.id);
    const expected = await app.db
      .selectFrom('cases')
      .select(['id', 'court_id'])
      .where('court_id', 'in', scope)
      .orderBy('filed_on', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(new Set(expected.map((c) => c.court_id)).size).toBeGreaterThan(1);
    const items = await walk(coordinator, '', 9);
    expect(items.map((i) => i.id)).toEqual(expected.map((c) => c.id));
    const suspended = await walk(coordinator, 'status=suspended', 4);
    expect(ids(suspended)).toEqual(
      ids(await app.db.selectFrom('cases').select('id').where('court_id', 'in', scope).where('status', '=', 'suspended').execute()),
    );
  });
});
