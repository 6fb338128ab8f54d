import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock, newIdNumber } from '../api/fixtures.ts';
import { buildPartyAccount } from '../support/builders/access.builder.ts';
import { caller, receipt, signInStaff, type Call, type Staff } from './funds-fixtures.ts';

// Issue 11 item 7: an applicant sees in the party portal the payouts made to it on its case — the
// amount, where each stands and the account — and nothing of another party's case or of the court's
// internal opinions.

let app: TestApp;
let staff: Staff;
let judge: Call;
let finance: Call;

beforeAll(async () => {
  app = await createTestApp({ clock: movableClock('2026-11-26T02:00:00.000Z'), seedCases: 0 });
  staff = await signInStaff(app);
  judge = caller(app, staff.judge);
  finance = caller(app, staff.finance);
});
afterAll(() => app?.close());

async function approveAll(id: string) {
  for (const who of [staff.enforcer, staff.head, staff.finance]) {
    const r = await caller(app, who)('POST', `/api/v1/payouts/${id}/approve`, { opinion: '同意发放' });
    expect(r.statusCode, r.body).toBe(200);
  }
}

describe('the applicant’s payouts in the party portal', () => {
  it('lists the payouts to the caller’s own party with their state, without the steps’ opinions', async () => {
    const idNumber = newIdNumber();
    const { caseId } = await buildPartyAccount(app, { idNumber, username: 'party-payouts' });
    const partyId = (await judge('GET', `/api/v1/cases/${caseId}`)).json().applicants[0].id as string;
    const payee = { accountName: '陈小红', accountNumber: '6222021001005566778', bankName: '中国工商银行江门分行' };
    expect((await judge('PUT', `/api/v1/cases/${caseId}/parties/${partyId}/payee-account`, payee)).statusCode).toBe(200);
    expect((await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'pp-r1')).statusCode).toBe(201);

    const party = caller(app, await login(app, 'party-payouts'));
    expect((await party('GET', `/api/v1/party/cases/${caseId}/payouts`)).json()).toEqual({ items: [] });

    const first = (await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '3000.00' }, 'pp-1')).json();
    await approveAll(first.id);
    const paid = await finance('POST', `/api/v1/payouts/${first.id}/bank-result`, { outcome: 'paid', bankReference: 'ICBC-OUT-77' });
    expect(paid.statusCode, paid.body).toBe(200);
    const second = (await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '1500.00' }, 'pp-2')).json();

    const seen = await party('GET', `/api/v1/party/cases/${caseId}/payouts`);
    expect(seen.statusCode, seen.body).toBe(200);
    const items = seen.json().items as Record<string, unknown>[];
    expect(items.map((p) => [p.id, p.amount, p.status, p.bankReference])).toEqual([
      [second.id, '1500.00', 'pending', null],
      [first.id, '3000.00', 'paid', 'ICBC-OUT-77'],
    ]);
    expect(items[1]).toMatchObject({ statusName: expect.any(String), payee });
    expect(JSON.stringify(items)).not.toContain('同意发放');
  });

  it('answers 404 on a case where the caller is no party, and the routes stay apart for staff and parties', async () => {
    const { caseId } = await buildPartyAccount(app, { idNumber: newIdNumber(), username: 'party-own' });
    const { caseId: other } = await buildPartyAccount(app, { idNumber: newIdNumber(), username: 'party-other' });
    const party = caller(app, await login(app, 'party-own'));
    expect((await party('GET', `/api/v1/party/cases/${caseId}/payouts`)).statusCode).toBe(200);
    expectProblem(await party('GET', `/api/v1/party/cases/${other}/payouts`), 404, 'case-not-found');
    expectProblem(await party('GET', `/api/v1/party/cases/not-an-id/payouts`), 404, 'case-not-found');
    expectProblem(await party('GET', `/api/v1/cases/${caseId}/payouts`), 403, 'forbidden');
    expectProblem(await judge('GET', `/api/v1/party/cases/${caseId}/payouts`), 403, 'forbidden');
  });
});
