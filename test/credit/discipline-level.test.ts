import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock } from '../api/fixtures.ts';
import { caller, receipt } from '../funds/funds-fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { publishListingsSweep } from '../../src/credit/publish-listing.ts';
import { recomputeLevelsSweep } from '../../src/credit/discipline-levels.ts';

// 分级惩戒 (ADR 0210) through the API: one debtor walks the levels as the measures, a second case of the
// same identity, a payment and a deletion change; credit.level-changed is recorded exactly when the level
// changes, and the daily sweep picks up a payment.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let president: ReturnType<typeof client>;
let finance: ReturnType<typeof caller>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 } });
  judge = client(app, await login(app, 'judge'));
  president = client(app, await login(app, 'president'));
  finance = caller(app, await login(app, 'finance'));
});
afterAll(() => app?.close());

const debtor = { kind: 'person', name: '梁国强', idNumber: makeResidentId('440703', localDate('1980-05-05'), 611) };

async function caseAgainst() {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const debtors = (await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[];
  return { caseId, partyId: debtors[0]!.id };
}
const approve = async (approvalId: string) =>
  expect((await president.post(`/api/v1/approvals/${approvalId}/approve`, {})).statusCode).toBe(200);
async function list(c: { caseId: string; partyId: string }, graceMonths: number) {
  const res = await judge.post(`/api/v1/cases/${c.caseId}/dishonest-listings`, {
    debtorPartyId: c.partyId,
    ground: 1,
    decidedOn: clock.today(),
    graceMonths,
  });
  expect(res.statusCode, res.body).toBe(201);
  await approve(res.json().approvalId);
  return res.json().id as string;
}
type Level = {
  level: string;
  rank: number;
  levelLabel: string;
  reasons: { code: string; text: string; article: string | null }[];
  computedAt: string | null;
  recordedLevel: string | null;
};
const levels = async (caseId: string) => {
  const res = await judge.get(`/api/v1/cases/${caseId}/discipline-levels`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Level[];
};
const changes = async (caseId: string) =>
  (
    await sql<{ changes: { level: { before: string; after: string }; debtor: string } }>`select changes from events
      where case_id = ${caseId} and action = 'credit.level-changed' order by seq`.execute(app.db)
  ).rows.map((r) => `${r.changes.level.before}→${r.changes.level.after}`);
const sweep = (on: string) => recomputeLevelsSweep.run(app, { asOf: localDate(on), dryRun: false });

describe('a debtor walks the discipline levels', () => {
  it('none → reminder → restricted → listed → aggravated by a second case → lowered by a payment → down on deletion', async () => {
    const a = await caseAgainst();
    expect(await levels(a.caseId)).toMatchObject([{ level: 'none', rank: 0, levelLabel: '无惩戒', computedAt: null, recordedLevel: null }]);

    const listingA = await list(a, 1);
    const [grace] = await levels(a.caseId);
    expect(grace).toMatchObject({ level: 'reminder', levelLabel: '提醒（宽限期内）', recordedLevel: 'reminder' });
    expect(grace!.reasons[0]).toMatchObject({ code: 'grace', article: '善意文明执行意见 第17条' });
    expect(grace!.computedAt).not.toBeNull();

    const ordered = await judge.post(`/api/v1/cases/${a.caseId}/consumption-restrictions`, {
      debtorPartyId: a.partyId,
      orderedOn: clock.today(),
    });
    expect(ordered.statusCode, ordered.body).toBe(201);
    await approve(ordered.json().approvalId);
    expect((await levels(a.caseId))[0]!.level).toBe('restricted');

    clock.set('2026-12-26T02:00:00.000Z'); // the grace is over
    expect((await publishListingsSweep.run(app, { asOf: localDate('2026-12-26'), dryRun: false })).changed).toBe(1);
    expect((await levels(a.caseId))[0]).toMatchObject({ level: 'listed', recordedLevel: 'listed' });

    const b = await caseAgainst();
    await list(b, 0);
    const [aggravated] = await levels(a.caseId);
    expect(aggravated).toMatchObject({ level: 'listed-aggravated', recordedLevel: 'listed-aggravated' });
    expect(aggravated!.reasons.map((r) => r.code)).toEqual(['listed', 'restricted', 'repeat']);
    expect((await levels(b.caseId))[0]!.level).toBe('listed-aggravated');
    expect(await changes(a.caseId)).toEqual(['none→reminder', 'reminder→restricted', 'restricted→listed', 'listed→listed-aggravated']);

    // A recompute that changes nothing records nothing.
    await sweep('2026-12-26');
    expect(await changes(a.caseId)).toHaveLength(4);

    // A payment of most of the debt: the read shows it at once, the sweep records it.
    const paid = await finance(
      'POST',
      `/api/v1/cases/${a.caseId}/receipts`,
      receipt('100000.00', { receivedOn: '2026-12-26' }),
      'level-pay',
    );
    expect(paid.statusCode, paid.body).toBe(201);
    const [lowered] = await levels(a.caseId);
    expect(lowered).toMatchObject({ level: 'listed', recordedLevel: 'listed-aggravated' });
    expect(lowered!.reasons.find((r) => r.code === 'paid-share')!.text).toContain('100000.00 元');
    expect((await sweep('2026-12-26')).changed).toBeGreaterThanOrEqual(1);
    expect((await levels(a.caseId))[0]!.recordedLevel).toBe('listed');
    expect((await changes(a.caseId)).at(-1)).toBe('listed-aggravated→listed');

    const deleted = await judge.post(`/api/v1/dishonest-listings/${listingA}/deletion`, {
      ground: 'applicant-request',
      deletedOn: '2026-12-26',
      reason: '申请执行人书面申请删除',
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    const [down] = await levels(a.caseId);
    expect(down).toMatchObject({ level: 'restricted', recordedLevel: 'restricted' });
    expect(down!.reasons.map((r) => r.code)).toEqual(['restricted', 'repeat', 'paid-share']);
    expect(await changes(a.caseId)).toEqual([
      'none→reminder',
      'reminder→restricted',
      'restricted→listed',
      'listed→listed-aggravated',
      'listed-aggravated→listed',
      'listed→restricted',
    ]);
  });

  it('answers 404 for an unknown case', async () => {
    expectProblem(await judge.get('/api/v1/cases/00000000-0000-0000-0000-000000000000/discipline-levels'), 404, 'case-not-found');
  });
});
