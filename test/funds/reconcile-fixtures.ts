import { expect } from 'vitest';
import type { MovableClock } from '../api/fixtures.ts';
import type { TestApp } from '../support/test-app.ts';
import { nextInSequence } from '../support/sequences.ts';
import { caller, caseWithPayee, receipt, signInStaff } from './funds-fixtures.ts';

// A court account's month for 对账 (as of 2026-11-30), one of each difference:
//   R-1  120.00 on the statement 11-20, posted 11-20 into the case            → matched
//   XJ-  50.00 registered by finance 11-25, never on the statement            → extra
//   R-3  100.00 registered by finance 11-26; the statement says 120.00 (11-26),
//        imported only 12-01                                                  → amount differs (+20.00)
//   R-2  80.00 on the statement 11-29, imported (as 暂存款) only 12-01        → missing
// As of 11-24 only R-1 is in: clean.

const mapping = { amount: '贷方金额', receivedOn: '交易日期', payerName: '对方户名', bankReference: '流水号', accountNumber: '收款子账号' };
const header = '交易日期,流水号,对方户名,贷方金额,收款子账号';

export type Scenario = { caseId: string; caseNumber: string; refs: Record<'matched' | 'extra' | 'differs' | 'missing', string> };

export async function reconcileScenario(app: TestApp, clock: MovableClock): Promise<Scenario> {
  const n = nextInSequence('reconcile-scenario');
  const refs = { matched: `R-1-${n}`, extra: `XJ-${n}`, differs: `R-3-${n}`, missing: `R-2-${n}` };
  const at = async (iso: string) => {
    clock.set(iso);
    const staff = await signInStaff(app);
    return { staff, finance: caller(app, staff.finance) };
  };
  const ok = (r: { statusCode: number; body: string }, status = 200) => expect(r.statusCode, r.body).toBe(status);

  const first = await at('2026-11-20T02:00:00.000Z');
  let finance = first.finance;
  const { caseId } = await caseWithPayee(app, first.staff);
  const account = (await finance('GET', `/api/v1/cases/${caseId}/account`)).json();
  const caseNumber = (await finance('GET', `/api/v1/cases/${caseId}`)).json().caseNumber as string;
  const csv = (...rows: string[]) => ({ format: 'csv', content: [header, ...rows].join('\n'), mapping });
  ok(
    await finance(
      'POST',
      '/api/v1/funds/statements',
      csv(`2026-11-20,${refs.matched},江门市恒泰建材有限公司,120.00,${account.accountNumber}`),
    ),
  );

  ({ finance } = await at('2026-11-25T02:00:00.000Z'));
  const extra = receipt('50.00', { receivedOn: '2026-11-25', reference: refs.extra });
  ok(await finance('POST', `/api/v1/cases/${caseId}/receipts`, extra, `reconcile-${n}-extra`), 201);

  ({ finance } = await at('2026-11-26T02:00:00.000Z'));
  const differs = receipt('100.00', { receivedOn: '2026-11-26', reference: refs.differs });
  ok(await finance('POST', `/api/v1/cases/${caseId}/receipts`, differs, `reconcile-${n}-differs`), 201);

  ({ finance } = await at('2026-12-01T02:00:00.000Z'));
  const late = csv(
    `2026-11-29,${refs.missing},梁国强,80.00,`,
    `2026-11-26,${refs.differs},江门市恒泰建材有限公司,120.00,${account.accountNumber}`,
  );
  const imported = await finance('POST', '/api/v1/funds/statements', late);
  ok(imported);
  expect(imported.json()).toMatchObject({ posted: 1, unmatched: 1 });
  clock.set('2026-12-01T02:00:00.000Z');
  return { caseId, caseNumber, refs };
}
