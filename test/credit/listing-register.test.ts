import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, enc, expectProblem, filingBody, movableClock } from '../api/fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';

// The court's dishonest-list register (GET /dishonest-listings, ADR 0207): newest decision first,
// filtered by status, ground, the debtor's name or the case number and the decision dates, paged
// with its total; a court's own by default, a lower court's for a higher court's user, and no other.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26
let app: TestApp;
let judge: ReturnType<typeof client>;
let president: ReturnType<typeof client>;
let taishan: ReturnType<typeof client>;
let coordinator: ReturnType<typeof client>;
let publicUser: ReturnType<typeof client>;
const made: { id: string; caseNumber: string; name: string; decidedOn: string }[] = [];

let seq = 900;
const person = (name: string) => ({ kind: 'person', name, idNumber: makeResidentId('440703', localDate('1980-05-05'), seq++) });

async function listing(officer: ReturnType<typeof client>, court: string, name: string, decision: Record<string, unknown>, approve = true) {
  const filed = await officer.post('/api/v1/cases', filingBody({ courtCode: court, debtors: [person(name)] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const { id: caseId, caseNumber } = filed.json() as { id: string; caseNumber: string };
  const debtors = (await officer.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[];
  const res = await officer.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: debtors[0]!.id,
    graceMonths: 0,
    ...decision,
  });
  expect(res.statusCode, res.body).toBe(201);
  if (approve) expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  const l = { id: res.json().id as string, caseNumber, name, decidedOn: decision.decidedOn as string };
  made.push(l);
  return l;
}

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0 });
  const as = async (username: string) => client(app, await login(app, username));
  judge = await as('judge');
  president = await as('president');
  taishan = await as('taishan');
  coordinator = await as('coordinator');
  publicUser = await as('public');
  const evidence = '以暴力方法抗拒执行人员查封财产';
  await listing(judge, '粤0703', '何志明', { ground: 1, decidedOn: '2026-11-02' });
  await listing(judge, '粤0703', '江门市联兴五金有限公司', { ground: 2, evidence, decidedOn: '2026-11-10' });
  const deleted = await listing(judge, '粤0703', '何美玲', { ground: 1, decidedOn: '2026-11-16' });
  await listing(judge, '粤0703', '罗建国', { ground: 1, decidedOn: '2026-11-20', graceMonths: 1 });
  await listing(judge, '粤0703', '谭志强', { ground: 2, evidence, decidedOn: '2026-11-26' }, false);
  const del = await judge.post(`/api/v1/dishonest-listings/${deleted.id}/deletion`, {
    ground: 'applicant-request',
    deletedOn: '2026-11-26',
    reason: '申请执行人书面申请删除',
  });
  expect(del.statusCode, del.body).toBe(200);
  // 台山's judge lists in 台山: never in 蓬江's register. (蓬江's 院长 cannot approve it: it stays pending.)
  await listing(taishan, '粤0781', '台山何某', { ground: 1, decidedOn: '2026-11-25' }, false);
});
afterAll(() => app?.close());

type Item = { id: string; debtorName: string; status: string; ground: number; decidedOn: string; caseNumber: string; courtCode: string };
type Page = { court: { code: string }; items: Item[]; total: number; page: number; pageSize: number };
const names = (p: Page) => p.items.map((i) => i.debtorName);
async function register(who: ReturnType<typeof client>, query = '') {
  const res = await who.get(`/api/v1/dishonest-listings${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
}

describe('the court’s listing register', () => {
  it('lists the court’s own listings, newest decision first, with the case number, status and end', async () => {
    const p = await register(judge);
    expect(p.court.code).toBe('粤0703');
    expect(p.total).toBe(5);
    expect(names(p)).toEqual(['谭志强', '罗建国', '何美玲', '江门市联兴五金有限公司', '何志明']);
    expect(p.items.every((i) => i.courtCode === '粤0703')).toBe(true);
    const byName = (n: string) => p.items.find((i) => i.debtorName === n)!;
    expect(byName('何美玲')).toMatchObject({
      status: 'deleted',
      statusName: '已删除',
      endedOn: '2026-11-26',
      endGround: 'applicant-request',
      endGroundName: '申请执行人书面申请删除，经审查同意',
      publishedOn: '2026-11-26',
      caseNumber: made.find((m) => m.name === '何美玲')!.caseNumber,
    });
    expect(byName('罗建国')).toMatchObject({ status: 'decided', publishOn: '2026-12-20', publishedOn: null, endedOn: null });
    expect(byName('江门市联兴五金有限公司')).toMatchObject({ ground: 2, endsOn: '2028-11-10', status: 'published' });
    expect(byName('谭志强')).toMatchObject({ status: 'pending', statusName: '待院长审批' });
  });

  it('filters by status, ground, name, case number and decision dates', async () => {
    expect(names(await register(judge, 'status=published'))).toEqual(['江门市联兴五金有限公司', '何志明']);
    expect(names(await register(judge, 'status=deleted'))).toEqual(['何美玲']);
    expect(names(await register(judge, 'ground=2'))).toEqual(['谭志强', '江门市联兴五金有限公司']);
    expect(names(await register(judge, `q=${enc('何')}`))).toEqual(['何美玲', '何志明']);
    expect(names(await register(judge, `q=${enc('联兴')}`))).toEqual(['江门市联兴五金有限公司']);
    const number = made.find((m) => m.name === '罗建国')!.caseNumber; // e.g. （2026）粤0703执12号
    const serial = number.match(/执(\d+)号/)![1]!;
    expect(names(await register(judge, `q=${enc(`执${serial}号`)}`))).toEqual(['罗建国']);
    expect(names(await register(judge, `q=${enc(number.replace('（', '(').replace('）', ')'))}`))).toEqual(['罗建国']);
    expect(names(await register(judge, 'from=2026-11-10&to=2026-11-20'))).toEqual(['罗建国', '何美玲', '江门市联兴五金有限公司']);
    expect(names(await register(judge, 'from=2026-11-20&to=2026-11-20'))).toEqual(['罗建国']);
    expect((await register(judge, `status=published&q=${enc('何')}&ground=1`)).total).toBe(1);
    expect(await register(judge, `q=${enc('100%_')}`)).toMatchObject({ total: 0, items: [] });
  });

  it('reads a 院长’s rejected request as rejected', async () => {
    const l = await listing(judge, '粤0703', '冯少华', { ground: 1, decidedOn: '2026-11-03' }, false);
    const approvalId = (await judge.get(`/api/v1/dishonest-listings/${l.id}`)).json().approvalId as string;
    const rejected = await president.post(`/api/v1/approvals/${approvalId}/reject`, { opinion: '证据不足' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(names(await register(judge, 'status=rejected'))).toEqual(['冯少华']);
    expect((await register(judge, 'status=pending')).items.map((i) => i.debtorName)).toEqual(['谭志强']);
  });

  it('pages with the total', async () => {
    const all = await register(judge);
    const first = await register(judge, 'pageSize=2');
    const second = await register(judge, 'pageSize=2&page=2');
    const last = await register(judge, `pageSize=2&page=${Math.ceil(all.total / 2)}`);
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 2 });
    expect([...names(first), ...names(second)]).toEqual(names(all).slice(0, 4));
    expect(names(last)).toEqual(names(all).slice(2 * (Math.ceil(all.total / 2) - 1)));
    expect(await register(judge, 'pageSize=2&page=99')).toMatchObject({ total: all.total, items: [] });
    expectProblem(await judge.get('/api/v1/dishonest-listings?pageSize=101'), 422, 'validation-failed');
    expectProblem(await judge.get('/api/v1/dishonest-listings?page=0'), 422, 'validation-failed');
  });
});

describe('who sees which court’s register', () => {
  it('a higher court’s coordinator sees a lower court’s register on asking for it; its own court by default', async () => {
    expect((await register(coordinator, `court=${enc('粤0703')}`)).total).toBe((await register(judge)).total);
    expect(names(await register(coordinator, `court=${enc('粤0781')}`))).toEqual(['台山何某']);
    expect(await register(coordinator)).toMatchObject({ court: { code: '粤07' }, total: 0 });
  });

  it('refuses another court’s register to a base court’s judge, and an unknown court; the public gets 403', async () => {
    expectProblem(await taishan.get(`/api/v1/dishonest-listings?court=${enc('粤0703')}`), 403, 'court-out-of-scope');
    expectProblem(await judge.get(`/api/v1/dishonest-listings?court=${enc('粤07')}`), 403, 'court-out-of-scope');
    expectProblem(await judge.get(`/api/v1/dishonest-listings?court=${enc('粤9999')}`), 422, 'unknown-court');
    expectProblem(await publicUser.get('/api/v1/dishonest-listings'), 403, 'forbidden');
    expect(names(await register(taishan))).toEqual(['台山何某']);
  });

  it('refuses a bad date range', async () => {
    expectProblem(await judge.get('/api/v1/dishonest-listings?from=2026-11-20&to=2026-11-10'), 422, 'validation-failed');
    const bad = expectProblem(await judge.get('/api/v1/dishonest-listings?from=2026-02-30'), 422, 'validation-failed');
    expect(bad.errors).toMatchObject([{ field: 'from', code: 'invalid-date-value' }]);
    expectProblem(await judge.get('/api/v1/dishonest-listings?status=gone'), 422, 'validation-failed');
  });
});
