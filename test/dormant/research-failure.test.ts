import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, movableClock } from '../api/fixtures.ts';
import { researchDormantSweep } from '../../src/dormant/research-sweep.ts';
import { noPropertyAfterTermination } from '../../src/dormant/research-answers.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { sandboxConnector } from '../../src/outbox/sandbox-connector.ts';
import { sandboxNetworkInstitutions } from '../../src/institutions/sandbox/network.ts';
import { institutions } from '../../src/institutions/directory.ts';
import type { Connector, SendResult } from '../../src/outbox/outbox.types.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deliver } from '../searches/search-fixtures.ts';
import { aDebtor, dormantCase } from './dormant-fixtures.ts';

// A re-search cycle settles when a request fails or times out (ADR 0217): the outbox's failure hook
// (src/outbox/failure-handlers.ts) hands the failure to the searches, the cycle counts the request as
// settled, the notice names the institution that did not answer, and a cycle that was not searched
// in full is not an empty search for 失信名单规定 第10条第1款第4项.

const clock = movableClock(TEST_NOW);
let app: TestApp;
let judge: ReturnType<typeof client>;
let caseId = '';
const ANSWER_WINDOW_MS = 3_600_000; // searchPolicy's

const ICBC = 'sandbox-icbc';
const CCB = 'sandbox-ccb';
const refused: SendResult = { outcome: 'failed', reason: '协助单位已停止受理网络查控', retryable: false };

/** The sandbox network, one institution replaced by an outside system that behaves as `send` says. */
function networkWith(code: string, send: () => Promise<SendResult>) {
  const members = sandboxNetworkInstitutions({ latencyMs: 0, faultRate: 0 });
  const others = members
    .filter((m) => m.institution.code !== code)
    .map((m) => sandboxConnector(m.sandbox, { kinds: ['asset-search'], concurrency: 8 }));
  const odd: Connector = { institution: code, kinds: ['asset-search'], concurrency: 8, send };
  return connectorRegistry([...others, odd]);
}
const fullNetwork = () =>
  connectorRegistry(
    sandboxNetworkInstitutions({ latencyMs: 0, faultRate: 0 }).map((m) => sandboxConnector(m.sandbox, { kinds: ['asset-search'] })),
  );

async function deliverAll(registry: ReturnType<typeof connectorRegistry>) {
  for (let i = 0; i < 20; i++) if ((await deliver(app, registry)).claimed === 0) return;
}
const sweep = (asOf: string) => researchDormantSweep.run(app, { asOf: localDate(asOf), dryRun: false });
const cycles = async () => (await judge.get(`/api/v1/cases/${caseId}/researches`)).json().items as Record<string, unknown>[];
const actions = async () =>
  (
    await sql<{ action: string }>`select action from events where case_id = ${caseId} and action like 'dormant.%' order by seq`.execute(
      app.db,
    )
  ).rows.map((r) => r.action);
const unanswered = async (cycle: number) =>
  (
    await sql<{ unanswered: number }>`select unanswered from dormant_researches where case_id = ${caseId} and cycle = ${cycle}`.execute(
      app.db,
    )
  ).rows[0]!.unanswered;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  judge = client(app, await login(app, 'judge'));
  caseId = (await dormantCase(app, { filedOn: '2026-10-20', closedOn: '2026-11-05', debtor: aDebtor(false) })).id;
});
afterAll(() => app?.close());

describe('a re-search cycle whose requests fail or time out', () => {
  it('settles when an institution refuses for good: the cycle is answered, the refusal named in the notice', async () => {
    clock.set('2027-06-01T02:00:00.000Z');
    expect(await sweep('2027-06-01')).toMatchObject({ changed: 1 });
    await deliverAll(networkWith(ICBC, () => Promise.resolve(refused)));
    const [first] = await cycles();
    expect(first).toMatchObject({ cycle: 1, requests: institutions.length, answered: institutions.length, answeredOn: '2027-06-01' });
    expect(first!.notice).toContain('已答复的协助单位未发现被执行人有可供执行的财产');
    expect(first!.notice).toContain('「中国工商银行（模拟）：协助单位已停止受理网络查控」');
    expect(await unanswered(1)).toBe(1);
    // The search shows the request as failed, with its reason.
    const search = (await judge.get(`/api/v1/cases/${caseId}/asset-searches`)).json().items[0];
    expect(search.requests.find((r: { institution: string }) => r.institution === ICBC)).toMatchObject({
      status: 'failed',
      failureReason: refused.reason,
    });
    expect(await actions()).toEqual(['dormant.entered', 'dormant.research-sent', 'dormant.research-answered']);
    const answered = await sql<{ changes: { unanswered?: unknown } }>`select changes from events
      where case_id = ${caseId} and action = 'dormant.research-answered'`.execute(app.db);
    expect(answered.rows[0]!.changes.unanswered).toEqual([{ institution: ICBC, debtor: expect.any(String), reason: refused.reason }]);
  });

  it('settles when an institution never answers, once the answer window has passed', async () => {
    clock.set('2027-11-06T02:00:00.000Z');
    expect(await sweep('2027-11-06')).toMatchObject({ changed: 1 });
    const silent = networkWith(CCB, () => Promise.resolve({ outcome: 'accepted' }));
    await deliverAll(silent);
    expect((await cycles())[1]).toMatchObject({ cycle: 2, answered: institutions.length - 1, answeredOn: null, notice: null });
    clock.advance(ANSWER_WINDOW_MS - 1_000);
    await deliverAll(silent);
    expect((await cycles())[1]).toMatchObject({ answeredOn: null }); // still within the window
    clock.advance(2_000);
    await deliverAll(silent); // the delivery run expires the overdue answer first
    const second = (await cycles())[1]!;
    expect(second).toMatchObject({ cycle: 2, answered: institutions.length, answeredOn: '2027-11-06', findings: 0 });
    expect(second.notice).toContain('「中国建设银行（模拟）：答复期限届满，未收到协助单位答复」');
    expect(await unanswered(2)).toBe(1);
    const status = await sql<{
      status: string;
    }>`select o.status from outbound_requests o join asset_search_requests l on l.request_id = o.id
      where l.case_id = ${caseId} and l.institution = ${CCB} order by o.created_at`.execute(app.db);
    expect(status.rows.map((r) => r.status)).toEqual(['answered', 'timed-out']);
  });

  it('does not count a cycle some institution did not answer as an empty search for 第10条第1款第4项', async () => {
    // Cycles 1 and 2 found nothing but were not searched in full: no two-empty fact.
    expect(await actions()).not.toContain('dormant.two-empty-researches');
    expect(await noPropertyAfterTermination(app.db, caseId)).toBe(false);
    // Cycle 3 is searched in full and finds nothing: one empty search, the one before it did not count.
    clock.set('2028-05-06T02:00:00.000Z');
    expect(await sweep('2028-05-06')).toMatchObject({ changed: 1 });
    await deliverAll(fullNetwork());
    expect((await cycles())[2]).toMatchObject({ cycle: 3, answeredOn: '2028-05-06', findings: 0 });
    expect((await cycles())[2]!.notice).toContain('未发现被执行人有可供执行的财产。');
    expect(await unanswered(3)).toBe(0);
    expect(await actions()).not.toContain('dormant.two-empty-researches');
    // Cycle 4, in full and empty too: two empty searches in a row, the ground is established.
    clock.set('2028-11-06T02:00:00.000Z');
    expect(await sweep('2028-11-06')).toMatchObject({ changed: 1 });
    await deliverAll(fullNetwork());
    expect((await actions()).slice(-2)).toEqual(['dormant.research-answered', 'dormant.two-empty-researches']);
    const fact = await sql<{ changes: { cycles: number[] } }>`select changes from events
      where case_id = ${caseId} and action = 'dormant.two-empty-researches'`.execute(app.db);
    expect(fact.rows[0]!.changes.cycles).toEqual([3, 4]);
    expect(await noPropertyAfterTermination(app.db, caseId)).toBe(true);
  });
});
