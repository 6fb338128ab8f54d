import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client } from '../api/fixtures.ts';
import { verifyAuditTrail } from '../../src/audit/verify-trail.ts';
import { addDays, localDateAt, toInstant } from '../../src/shared/dates.ts';
import { demoCaseload } from '../../src/demo/seed.ts';
import { demoHandlingPlan, handlingLimit } from '../../src/demo/seed-handling.ts';
import { institutionByCode } from '../../src/institutions/directory.ts';

// The demo's handling stage: the running cases at every stage of the officers' work, as the use
// cases left them. The counts follow the plan (src/demo/handling-plan.ts); a change to what the
// plan or a use case does that drops a stage, leaves a deadline open or breaks the audit fails here.

const COUNT = 300;
const today = localDateAt(toInstant(TEST_NOW));
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ seedCases: COUNT, seedHandling: true });
}, 300_000);
afterAll(() => app?.close());

const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(app.db)).rows[0]!.n);
const groups = async (query: ReturnType<typeof sql<{ k: string; n: string }>>) =>
  Object.fromEntries((await query.execute(app.db)).rows.map((r) => [r.k, Number(r.n)]));

const plan = () => {
  const cases = demoCaseload(app, COUNT, today);
  return demoHandlingPlan(app, { cases, partyCase: null, today, count: COUNT });
};

describe('every stage of handling', () => {
  it('issues and serves 执行通知书 and 报告财产令 on every handled case, the first-notice deadline met, a few of them late', async () => {
    const notices = await app.db
      .selectFrom('deadlines')
      .select(['state', 'due_on', 'met_on'])
      .where('node', '=', 'enforcement-notice')
      .where('state', '=', 'met')
      .execute();
    const planned = plan().filter((s) => s.kind === 'notices');
    expect(notices).toHaveLength(planned.length);
    expect(notices.length).toBeGreaterThanOrEqual(handlingLimit(COUNT) - 2);
    const late = notices.filter((d) => d.met_on! > d.due_on);
    // Planned late, or late because enforcement itself started after the ten days.
    expect(late.length).toBeGreaterThanOrEqual(planned.filter((s) => s.kind === 'notices' && s.late).length);
    expect(late.length / notices.length).toBeLessThan(0.3);
    const docs = await groups(sql`select kind as k, count(*) as n from documents group by kind`);
    expect(docs['enforcement-notice']).toBe(docs['asset-report-order']);
    expect(await count(sql`select count(*) as n from document_services`)).toBe(
      await count(sql`select count(*) as n from documents where case_id in (select case_id from document_services)`),
    );
  });

  it('sends searches through the outbox: most answered, some after a retry, a few failed or timed out; findings are assets', async () => {
    const statuses = await groups(sql`select status as k, count(*) as n from outbound_requests group by status`);
    expect(statuses.answered).toBeGreaterThan(50);
    expect((statuses.failed ?? 0) + (statuses['timed-out'] ?? 0)).toBeGreaterThan(0);
    expect(statuses.pending ?? 0).toBe(0);
    expect(await count(sql`select count(*) as n from outbound_requests where attempts > 1 and status = 'answered'`)).toBeGreaterThan(0);
    const fromSearch = await count(sql`select count(*) as n from case_assets where source = 'search'`);
    expect(fromSearch).toBeGreaterThan(20);
    expect(fromSearch).toBeLessThanOrEqual(await count(sql`select count(*) as n from asset_findings`));
    const searchDeadlines = await groups(sql`select state as k, count(*) as n from deadlines where node = 'asset-search'
      and case_id in (select case_id from asset_searches) group by state`);
    // The 终本 re-searches (src/dormant) are searches of closed cases: they meet no 网络查控 deadline.
    const officers = sql<{
      n: string;
    }>`select count(*) as n from asset_searches where id not in (select search_id from dormant_researches)`;
    expect(searchDeadlines.met).toBe(await count(officers));
  });

  it('has reports on time and late, one false with a fine and one with a detention', async () => {
    const reports = await groups(
      sql`select case when late then 'late' else 'on-time' end as k, count(*) as n from asset_reports group by 1`,
    );
    expect(reports['on-time']).toBeGreaterThan(2);
    expect(reports.late).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from asset_report_verifications where outcome = 'false'`)).toBeGreaterThanOrEqual(2);
    const sanctions = await groups(sql`select measure || '/' || ground as k, count(*) as n from report_sanctions group by 1`);
    expect(sanctions['fine/false-report']).toBeGreaterThanOrEqual(1);
    expect(sanctions['detention/false-report']).toBe(1);
    expect(sanctions['fine/late-report']).toBeGreaterThanOrEqual(1);
    // Each took effect only with the 院长's approval (民事诉讼法 第119条): the fact the gates read is written then.
    const approved = await count(sql`select count(*) as n from report_sanctions where approved_on is not null`);
    expect(approved).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from events where action = 'case.sanction-imposed'`)).toBe(approved);
    expect(await count(sql`select count(*) as n from report_sanctions where approval_id is null`)).toBe(0);
    // The latest waits in the 院长's inbox.
    const waiting = await count(sql`select count(*) as n from approval_requests where kind = 'case.sanction' and state = 'pending'`);
    expect(waiting).toBeGreaterThan(0);
  });

  it('seizes by every measure, a freeze with its amount, a 活封; renews, releases, lapses, and deducts as receipts', async () => {
    const seizures = await groups(sql`select measure || '/' || status as k, count(*) as n from seizures group by 1`);
    for (const k of ['freeze/effective', 'seal/effective', 'seize/effective', 'freeze/lapsed']) expect(seizures[k], k).toBeGreaterThan(0);
    expect((seizures['seal/released'] ?? 0) + (seizures['seize/released'] ?? 0)).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from seizures where measure = 'freeze' and amount is null`)).toBe(0);
    expect(await count(sql`select count(*) as n from seizures where live`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from seizures where renewals > 0`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from case_receipts where source = 'deduction'`)).toBe(
      plan().filter((s) => s.kind === 'deduct').length,
    );
    // A freeze whose term ends within the month shows on the register as expiring.
    const soon = await count(sql`select count(*) as n from seizures where status = 'effective'
      and expires_on >= ${today} and expires_on <= ${addDays(today, 30)}`);
    expect(soon).toBeGreaterThan(0);
  });

  it('puts a 台山 seal behind a 蓬江 one on one flat, and promotes it when the first is released', async () => {
    const queued = await sql<{ promoted: boolean }>`select bool_or(status = 'released') and bool_or(status = 'effective') as promoted
      from seizures group by asset_id having count(distinct court_id) > 1`.execute(app.db);
    expect(queued.rows.length).toBeGreaterThan(0);
    expect(queued.rows.some((r) => r.promoted)).toBe(true);
  });

  it('disposes of sealed flats and seized cars: prices by 议价, 网络询价 and a running 委托评估; rounds sold, failed and running', async () => {
    const prices = await groups(sql`select coalesce(method, 'none') || '/' || status as k, count(*) as n from reference_prices group by 1`);
    expect(prices['negotiation/fixed'], JSON.stringify(prices)).toBeGreaterThan(0);
    expect(prices['online-inquiry/fixed'] ?? 0, JSON.stringify(prices)).toBeGreaterThan(0);
    const appraisals = await count(sql`select count(*) as n from reference_prices where status = 'running' and appraisal_required`);
    expect(appraisals).toBe(1);
    const rounds = await groups(sql`select round || '/' || status as k, count(*) as n from auction_rounds group by 1`);
    // A demo case with an auction sold (and paid) or still running: the disposal screens have something to show.
    const soldOrRunning = Object.entries(rounds).filter(([k]) => /\/(sold|paid|announced)$/.test(k));
    expect(soldOrRunning.length, JSON.stringify(rounds)).toBeGreaterThan(0);
    expect(rounds['1/unsold'], JSON.stringify(rounds)).toBeGreaterThan(0);
    const second = Object.entries(rounds).filter(([k]) => k.startsWith('2/'));
    expect(second.length, JSON.stringify(rounds)).toBeGreaterThan(0);
    const sales = await groups(sql`select kind || '/' || status as k, count(*) as n from asset_sales group by 1`);
    expect((sales['set-off/done'] ?? 0) + (sales['sale/sold'] ?? 0) + (sales['sale/open'] ?? 0), JSON.stringify(sales)).toBeGreaterThan(0);
    // The proceeds of every paid round and every sale are a receipt of the case, posted to its account.
    const paid = (rounds['1/paid'] ?? 0) + (rounds['2/paid'] ?? 0);
    expect(await count(sql`select count(*) as n from case_receipts where source = 'auction'`)).toBe(paid);
    expect(await count(sql`select count(*) as n from case_receipts where source = 'sale'`)).toBe(sales['sale/sold'] ?? 0);
    expect(await count(sql`select count(*) as n from case_receipts where source = 'set-off'`)).toBe(sales['set-off/done'] ?? 0);
  });

  it('has leads verified found and not found, and leads waiting within their days; on-site records with a team and a 笔录', async () => {
    const leads = await groups(sql`select coalesce(outcome, 'pending') as k, count(*) as n from asset_leads group by 1`);
    expect(leads.pending).toBeGreaterThan(0);
    expect((leads['verified-found'] ?? 0) + (leads['not-found'] ?? 0)).toBeGreaterThan(0);
    const records = await app.db.selectFrom('onsite_records').select(['id', 'team']).execute();
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) expect((typeof r.team === 'string' ? JSON.parse(r.team) : r.team).length).toBeGreaterThanOrEqual(2);
    expect(await count(sql`select count(*) as n from evidence_files`)).toBe(records.length);
  });
});

describe('the 终本案件库 (src/dormant)', () => {
  it('holds the 终本 cases of several ages, some re-searched and answered, one re-search with a find', async () => {
    const pool = await count(sql`select count(*) as n from dormant_cases`);
    expect(pool).toBe(await count(sql`select count(*) as n from cases where closure_mode = 'current-procedure-terminated'`));
    expect(await count(sql`select count(distinct date_trunc('quarter', closed_on)) as n from dormant_cases`)).toBeGreaterThanOrEqual(3);
    expect(await count(sql`select count(distinct case_id) as n from dormant_researches where answered_on is not null`)).toBeGreaterThan(2);
    expect(await count(sql`select count(*) as n from dormant_researches where findings > 0`)).toBeGreaterThan(0);
    expect(await count(sql`select count(*) as n from events where action = 'dormant.find-reported'`)).toBeGreaterThan(0);
  });
});

describe('after the handling', () => {
  it('happened at past moments, on cases still running, by the handling’s plan', async () => {
    const late = await count(sql`select count(*) as n from events where case_id is not null and occurred_at >= ${toInstant(TEST_NOW)}`);
    expect(late).toBe(0);
    const onClosed = await count(
      sql`select count(*) as n from documents d join cases c on c.id = d.case_id where c.status <> 'in-progress'`,
    );
    expect(onClosed).toBe(0);
    const kinds = new Set(plan().map((s) => s.kind));
    for (const k of ['notices', 'serve', 'search', 'deliver', 'report', 'verify', 'sanction', 'seize', 'deduct', 'renew', 'release'])
      expect(kinds, k).toContain(k);
  });

  it('verify: every court’s chain is whole and every case’s rows agree with its events', async () => {
    const report = await verifyAuditTrail(app.db, {});
    expect(report.breaks).toEqual([]);
    expect(report.cases.mismatches).toEqual([]);
  });

  it('gives the judge a to-do list with work in it, and the register of seizures its entries', async () => {
    const judge = client(app, await login(app, 'judge'));
    const seizures = (await judge.get('/api/v1/seizures')).json();
    expect(seizures.items.length).toBeGreaterThan(5);
    const assets = await app.db.selectFrom('case_assets').select('case_id').limit(1).executeTakeFirstOrThrow();
    const listed = (await judge.get(`/api/v1/cases/${assets.case_id}/assets`)).json();
    expect(listed.items.length).toBeGreaterThan(0);
    // What a search found names its institution by the directory's code; the register shows its name.
    const searched = await app.db
      .selectFrom('case_assets')
      .select('case_id')
      .where('source', '=', 'search')
      .limit(1)
      .executeTakeFirstOrThrow();
    const found = (await judge.get(`/api/v1/cases/${searched.case_id}/assets`)).json().items as Record<string, unknown>[];
    const byCode = found.filter((a) => a.source === 'search');
    expect(byCode.length).toBeGreaterThan(0);
    for (const a of byCode) {
      expect(a.institution).toMatch(/^sandbox-/);
      expect(a.institutionName).toBe(institutionByCode(a.institution as string)!.name);
      expect(a.institutionName).toMatch(/（模拟）$/);
    }
  });
});

describe('the court account', () => {
  it('has the last days’ bank statement imported, so that 对账 shows matched lines and the ledger’s own postings to explain', async () => {
    const finance = client(app, await login(app, 'finance'));
    const lines = await app.db.selectFrom('funds_statement_lines').select(['outcome', 'received_on']).execute();
    expect(lines.map((l) => l.outcome).sort()).toEqual(['posted', 'posted', 'posted', 'unmatched']);
    const r = await finance.get('/api/v1/funds/reconciliation');
    expect(r.statusCode, r.body).toBe(200);
    const rec = r.json();
    // Every statement line has its ledger posting; what the ledger has beyond them came from documents (proceeds, deductions).
    expect(rec).toMatchObject({ asOf: today, statementLines: 4, matched: 4 });
    expect(rec.differences.length).toBeGreaterThan(0);
    expect(rec.differences.every((d: { kind: string }) => d.kind === 'extra')).toBe(true);
  });
});
