import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock } from '../api/fixtures.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { expectStatus, searchRowCounts } from './search-fixtures.ts';

// The institution API: an `institution` account (协助执行单位) sees only the requests addressed to
// its institution, answers them, and the answer's items become the case's findings — once.

const clock = movableClock('2026-11-26T02:00:00.000Z');
let app: TestApp;
let judge: ReturnType<typeof client>;
let icbc: ReturnType<typeof client>;
let ccb: ReturnType<typeof client>;

async function institutionUser(username: string, institutionCode: string) {
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username,
    displayName: `${username}（协助执行）`,
    password: 'institution-password-1',
    role: 'institution',
    courtCode: '粤0703',
    scope: 'court',
    institutionCode,
  });
  if (!r.ok) throw new Error(r.code);
  return client(app, await login(app, username, 'institution-password-1'));
}

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0 });
  judge = client(app, await login(app, 'judge'));
  icbc = await institutionUser('icbc-jm', 'sandbox-icbc');
  ccb = await institutionUser('ccb-jm', 'sandbox-ccb');
});
afterAll(() => app?.close());

type Addressed = {
  id: string;
  kind: string;
  status: string;
  idempotencyKey: string;
  search: { caseNumber: string; debtor: { name: string; identity: string }; kinds: string[] };
};
const inbox = async (who: ReturnType<typeof client>, query = '') => {
  const res = await who.get(`/api/v1/institution/requests${query}`);
  expectStatus(res, 200);
  return res.json() as { institution: { code: string; name: string }; items: Addressed[]; nextCursor: string | null };
};
const answer = (who: ReturnType<typeof client>, id: string, body: unknown) => who.post(`/api/v1/institution/requests/${id}/answer`, body);
const findingsOf = async (caseId: string) =>
  (await judge.get(`/api/v1/cases/${caseId}/asset-searches`)).json().items[0].findings as {
    kind: string;
    identifier: string;
    estimatedValue: string;
    institution: string;
  }[];

describe('the institution API', () => {
  it('shows an institution only its own requests, with what is asked and the key to dedupe by', async () => {
    const company = aCompany('江门市恒泰建材有限公司') as { creditCode: string };
    const c = await buildCase(app, { debtor: aCompany('江门市恒泰建材有限公司') });
    const d = await buildCase(app, { debtor: aPerson('梁国强') });
    expect(company.creditCode).toBeTruthy();
    expectStatus(await judge.post(`/api/v1/cases/${c.id}/asset-searches`, {}), 202);
    expectStatus(await judge.post(`/api/v1/cases/${d.id}/asset-searches`, { kinds: ['deposit'] }), 202);

    const mine = await inbox(icbc);
    expect(mine.institution).toEqual({ code: 'sandbox-icbc', name: '中国工商银行（模拟）' });
    expect(mine.items).toHaveLength(2);
    // Both were asked at the same moment (the test's clock stands still): found by debtor, not by place.
    const ofDebtor = (name: string) => mine.items.find((i) => (i.search as { debtor: { name: string } }).debtor.name === name);
    expect(ofDebtor('江门市恒泰建材有限公司')).toMatchObject({
      kind: 'asset-search',
      status: 'pending',
      idempotencyKey: expect.stringMatching(/^zx-/),
      search: { kinds: ['deposit', 'wealth-product'] },
    });
    expect(ofDebtor('梁国强')!.search).toMatchObject({ kinds: ['deposit'] });
    // The other bank sees its own two, none of ICBC's.
    const theirs = await inbox(ccb);
    expect(theirs.items).toHaveLength(2);
    expect(theirs.items.map((i) => i.id).filter((id) => mine.items.some((m) => m.id === id))).toEqual([]);

    // A page at a time.
    const first = await inbox(icbc, '?limit=1');
    expect(first.items.map((i) => i.id)).toEqual([mine.items[0]!.id]);
    const second = await inbox(icbc, `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.id)).toEqual([mine.items[1]!.id]);
    expect(second.nextCursor).toBeNull();
    expectProblem(await icbc.get('/api/v1/institution/requests?cursor=nonsense'), 422, 'invalid-institution-cursor');

    // Court staff have no institution inbox; an institution has no case list.
    expectProblem(await judge.get('/api/v1/institution/requests'), 403, 'forbidden');
    expectProblem(await icbc.get(`/api/v1/cases/${c.id}/asset-searches`), 403, 'forbidden');
  });

  it('records an answer once: its items become findings; the same answer again is acknowledged, another refused', async () => {
    const c = await buildCase(app, { debtor: aPerson('黄丽') });
    expectStatus(await judge.post(`/api/v1/cases/${c.id}/asset-searches`, { kinds: ['deposit', 'wealth-product'] }), 202);
    const request = (await inbox(icbc)).items.find((i) => i.search.debtor.name === '黄丽')!;
    const body = {
      kind: 'asset-search',
      items: [
        {
          kind: 'deposit',
          identifier: '6222 0212 3456 7890 123',
          amount: '15230.50',
          description: '活期储蓄账户',
          details: { branch: '蓬江支行' },
        },
        { kind: 'wealth-product', identifier: 'lc-2024-0001', amount: '50000', description: '理财产品' },
      ],
    };
    const first = await answer(icbc, request.id, body);
    expectStatus(first, 200);
    expect(first.json()).toEqual({ id: request.id, status: 'answered', duplicate: false, late: false });
    expect(await findingsOf(c.id)).toMatchObject([
      { kind: 'deposit', identifier: '6222021234567890123', estimatedValue: '15230.50', institution: 'sandbox-icbc' },
      { kind: 'wealth-product', identifier: 'LC20240001', estimatedValue: '50000.00', institution: 'sandbox-icbc' },
    ]);
    const before = await searchRowCounts(app);

    const again = await answer(icbc, request.id, body);
    expectStatus(again, 200);
    expect(again.json()).toMatchObject({ duplicate: true });
    expectProblem(await answer(icbc, request.id, { kind: 'asset-search', items: [] }), 409, 'outbound-answer-conflict');
    expect(await searchRowCounts(app)).toEqual(before);
    // Answered, it leaves the inbox.
    expect((await inbox(icbc)).items.map((i) => i.id)).not.toContain(request.id);
    // The search shows the bank as answered, the others still waiting.
    const search = (await judge.get(`/api/v1/cases/${c.id}/asset-searches`)).json().items[0];
    expect(search.status).toBe('running');
    expect(search.requests.find((r: { institution: string }) => r.institution === 'sandbox-icbc')).toMatchObject({
      status: 'answered',
      findings: 2,
    });
  });

  it('answers 404 for another institution’s request and refuses a malformed answer whole, writing nothing', async () => {
    const c = await buildCase(app, { debtor: aPerson('周敏') });
    expectStatus(await judge.post(`/api/v1/cases/${c.id}/asset-searches`, { kinds: ['deposit'] }), 202);
    const request = (await inbox(icbc)).items.find((i) => i.search.debtor.name === '周敏')!;
    const before = await searchRowCounts(app);

    const good = { kind: 'asset-search', items: [{ kind: 'deposit', identifier: '6222000011112222333', amount: '1.00' }] };
    expectProblem(await answer(ccb, request.id, good), 404, 'outbound-request-not-found');
    expectProblem(await answer(icbc, '00000000-0000-4000-8000-000000000000', good), 404, 'outbound-request-not-found');
    const wrongKind = expectProblem(
      await answer(icbc, request.id, { kind: 'asset-search', items: [{ kind: 'vehicle', identifier: '粤J12345' }] }),
      422,
      'institution-answer-invalid',
    );
    expect(String(wrongKind.detail)).toContain('第 1 项');
    expectProblem(
      await answer(icbc, request.id, { kind: 'asset-search', items: [{ kind: 'deposit', identifier: '1', amount: '1.234' }] }),
      422,
      'validation-failed',
    );
    expectProblem(await answer(icbc, request.id, { kind: 'freeze-confirmation', items: [] }), 422, 'validation-failed');
    expectProblem(await judge.post(`/api/v1/institution/requests/${request.id}/answer`, good), 403, 'forbidden');
    expect(await searchRowCounts(app)).toEqual(before);

    expectStatus(await answer(icbc, request.id, good), 200);
  });

  it('refuses an institution account without a known institution, and binds none to other roles', async () => {
    const base = { displayName: '某银行', password: 'institution-password-1', courtCode: '粤0703', scope: 'court' as const };
    const none = await createUser(app, systemPrincipal(app, '测试数据'), { ...base, username: 'nobank', role: 'institution' });
    expect(none).toMatchObject({ ok: false, code: 'unknown-institution' });
    const unknown = await createUser(app, systemPrincipal(app, '测试数据'), {
      ...base,
      username: 'xbank',
      role: 'institution',
      institutionCode: 'no-such-bank',
    });
    expect(unknown).toMatchObject({ ok: false, code: 'unknown-institution' });
    const judgeWithBank = await createUser(app, systemPrincipal(app, '测试数据'), {
      ...base,
      username: 'jbank',
      role: 'judge',
      institutionCode: 'sandbox-icbc',
    });
    expect(judgeWithBank).toMatchObject({ ok: false, code: 'unknown-institution' });
  });
});
