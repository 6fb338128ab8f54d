import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { loadConfig } from '../../src/platform/config.ts';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, HOUR, movableClock, newCreditCode } from '../api/fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { ageOn, classifyQuery, performanceText } from '../../src/credit/public-disclosure.ts';

// The dishonest list's disclosure (失信名单规定(2017) 第6条, ADR 0208): the public query by name,
// ID number or credit code answers the published fields only, with the ID number masked and no
// phone, address or birth date; a listing in its grace or deleted is not shown; bad queries and a
// client over its limit get their codes; the recipients' feed lists additions and deletions in order.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let president: ReturnType<typeof client>;
let bank: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  judge = client(app, await login(app, 'judge'));
  president = client(app, await login(app, 'president'));
  bank = client(app, await login(app, 'icbc'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

const personId = makeResidentId('440703', localDate('1980-05-05'), 417);
const firmCode = newCreditCode();
const ADDRESS = '江门市蓬江区建设路88号';
const PHONE = '13800138000';
const person = { kind: 'person', name: '梁国强', idNumber: personId, address: ADDRESS, phone: PHONE };
const firm = {
  kind: 'organization',
  name: '江门市恒泰建材有限公司',
  creditCode: firmCode,
  legalRepresentative: '梁国强',
  address: ADDRESS,
};

async function listed(debtor: Record<string, unknown>, graceMonths = 0) {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const partyId = ((await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[])[0]!.id;
  const res = await judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: partyId,
    ground: 1,
    decidedOn: clock.today(),
    graceMonths,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return { caseId, listingId: res.json().id as string, caseNumber: filed.json().caseNumber as string };
}

const query = (q: string) => app.server.inject({ method: 'GET', url: `/api/v1/public/dishonest?q=${encodeURIComponent(q)}` });

describe('the public query', () => {
  it('finds a published person by name, by ID number and by a 15-digit number; the answer has the published fields only', async () => {
    const l = await listed(person);
    const byName = await query('梁国');
    expect(byName.statusCode, byName.body).toBe(200);
    expect(byName.json().by).toBe('name');
    const item = byName.json().items.find((i: { caseNumber: string }) => i.caseNumber === l.caseNumber);
    expect(item).toEqual({
      name: '梁国强',
      kind: 'person',
      idNumber: `440703********${personId.slice(-4)}`,
      creditCode: null,
      legalRepresentative: null,
      sex: Number(personId[16]) % 2 === 1 ? '男' : '女',
      age: 46,
      caseNumber: l.caseNumber,
      court: '广东省江门市蓬江区人民法院',
      filedOn: '2026-11-20',
      basis: '广东省江门市蓬江区人民法院 （2026）粤0703民初1234号',
      obligation: '借款合同纠纷：给付借款本金（120000.00元）',
      performance: '全部未履行',
      behaviour: '有履行能力而拒不履行生效法律文书确定义务',
      publishedOn: '2026-11-26',
      endsOn: null,
    });
    for (const text of [byName.body, (await query(personId)).body, (await query(personId.toLowerCase())).body]) {
      expect(text).not.toContain(personId);
      expect(text).not.toContain(ADDRESS);
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain('1980-05-05');
      expect(text).not.toContain('19800505');
    }
    const byId = (await query(` ${personId} `)).json();
    expect(byId.by).toBe('id-number');
    expect(byId.items.map((i: { caseNumber: string }) => i.caseNumber)).toContain(l.caseNumber);
    // The same person under the old 15-digit number: 440703 800505 sss.
    const old = `440703800505${personId.slice(14, 17)}`;
    expect((await query(old)).json().items.map((i: { caseNumber: string }) => i.caseNumber)).toContain(l.caseNumber);
  });

  it('finds a unit by its credit code with its legal representative; a listing in its grace or deleted is not shown', async () => {
    const l = await listed(firm);
    const got = (await query(firmCode)).json();
    expect(got.by).toBe('credit-code');
    expect(got.items).toHaveLength(1);
    expect(got.items[0]).toMatchObject({
      name: firm.name,
      kind: 'organization',
      idNumber: null,
      creditCode: firmCode,
      legalRepresentative: '梁国强',
      sex: null,
      age: null,
    });

    const graceCode = newCreditCode();
    await listed({ ...firm, creditCode: graceCode }, 2);
    expect((await query(graceCode)).json().items).toEqual([]);

    clock.advance(HOUR);
    const closed = await judge.post(`/api/v1/cases/${l.caseId}/close`, {
      mode: 'fully-enforced',
      closedOn: '2026-11-26',
      reason: '已全部履行',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await query(firmCode)).json().items).toEqual([]);
  });

  it('refuses a query too short, a number with a wrong check digit and a missing q, each with its code; nothing is written', async () => {
    const events = async () => (await sql<{ n: string }>`select count(*) as n from events`.execute(app.db)).rows[0]!.n;
    const before = await events();
    expectProblem(await query('梁'), 422, 'public-query-too-short');
    expectProblem(await query('1234'), 422, 'public-query-too-short');
    const wrong = personId.slice(0, 17) + (personId[17] === '0' ? '1' : '0');
    const bad = await query(wrong);
    expectProblem(bad, 422, 'public-query-identity-invalid');
    expect(bad.json().title).toContain('校验位');
    expectProblem(await app.server.inject({ method: 'GET', url: '/api/v1/public/dishonest' }), 422, 'validation-failed');
    expect(await events()).toBe(before);
  });

  it('a client over its limit gets 429 rate-limited with Retry-After, other clients are still answered', async () => {
    const limited = await createTestApp({
      clock,
      seedCases: 0,
      config: { credit: { ...loadConfig({}).credit, publicQueriesPerMinute: 3 } },
    });
    try {
      const ask = (ip: string) =>
        limited.server.inject({ method: 'GET', url: '/api/v1/public/dishonest?q=%E6%A2%81%E5%9B%BD', remoteAddress: ip });
      for (let i = 0; i < 3; i++) expect((await ask('203.0.113.7')).statusCode).toBe(200);
      const over = await ask('203.0.113.7');
      expectProblem(over, 429, 'rate-limited');
      expect(over.headers['content-type']).toContain('application/problem+json');
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      expect(over.json().detail).toMatch(/^查询过于频繁，请于 \d+ 秒后再试$/);
      expect((await ask('203.0.113.8')).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('the recipients’ feed', () => {
  it('lists every addition and deletion in order from a cursor, with the full identity, to the institution role only', async () => {
    const start = (await bank.get('/api/v1/credit/feed?limit=500')).json();
    const code = newCreditCode();
    const l = await listed({ ...firm, creditCode: code });
    clock.advance(HOUR);
    expect(
      (await judge.post(`/api/v1/cases/${l.caseId}/close`, { mode: 'fully-enforced', closedOn: '2026-11-26', reason: '已全部履行' }))
        .statusCode,
    ).toBe(200);

    const first = await bank.get(`/api/v1/credit/feed?after=${start.next}&limit=1`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      more: true,
      items: [{ kind: 'addition', on: '2026-11-26', listingId: l.listingId, caseNumber: l.caseNumber }],
    });
    expect(first.json().items[0].debtor).toEqual({
      name: firm.name,
      kind: 'organization',
      idNumber: null,
      creditCode: code,
      legalRepresentative: '梁国强',
    });
    const second = (await bank.get(`/api/v1/credit/feed?after=${first.json().next}`)).json();
    expect(second.more).toBe(false);
    expect(second.items).toMatchObject([
      { kind: 'deletion', listingId: l.listingId, deletionGround: 'performed', deletionGroundName: '全部履行完毕（执行完毕）' },
    ]);
    // Reading again from the same cursor answers the same entries; the end is the end.
    expect((await bank.get(`/api/v1/credit/feed?after=${first.json().next}`)).json().items).toEqual(second.items);
    expect((await bank.get(`/api/v1/credit/feed?after=${second.next}`)).json()).toEqual({ items: [], next: second.next, more: false });

    const p = await listed({ ...person, idNumber: makeResidentId('440703', localDate('1975-01-02'), 99) });
    const added = (await bank.get(`/api/v1/credit/feed?after=${second.next}`)).json().items;
    expect(added).toMatchObject([{ kind: 'addition', listingId: p.listingId }]);
    expect(added[0].debtor.idNumber).toBe(makeResidentId('440703', localDate('1975-01-02'), 99));

    expectProblem(await judge.get('/api/v1/credit/feed'), 403, 'forbidden');
    expectProblem(await app.server.inject({ method: 'GET', url: '/api/v1/credit/feed' }), 401, 'unauthenticated');
    expectProblem(await bank.get('/api/v1/credit/feed?after=abc'), 400, 'invalid-cursor');
  });
});

describe('the rules of the answer', () => {
  it('classifies queries, counts whole years and words the performance', () => {
    expect(classifyQuery('  张三 ')).toEqual({ ok: true, value: { by: 'name', name: '张三' } });
    expect(classifyQuery(firmCode.toLowerCase())).toEqual({ ok: true, value: { by: 'credit-code', value: firmCode } });
    expect(classifyQuery('*******').ok).toBe(false);
    expect(ageOn(localDate('1980-05-05'), localDate('2026-05-04'))).toBe(45);
    expect(ageOn(localDate('1980-05-05'), localDate('2026-05-05'))).toBe(46);
    expect(ageOn(localDate('2000-02-29'), localDate('2026-02-28'))).toBe(25);
    expect(performanceText(100n, 0n)).toBe('全部未履行');
    expect(performanceText(10_000n, 2_500n)).toBe('部分未履行（已履行 25.00 元，未履行 75.00 元）');
  });
});
