import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { strFromU8, unzipSync } from 'fflate';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, filingBody, movableClock } from './fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';

// 恢复执行 after 终本: the seizures, the 限制消费令 and the 失信 listing still in force continue in
// the 执恢 case (ADR 0214) — their rows, the renewal deadline and the debtor's party move there,
// each with its event — while what had ended stays with the closed case.

const clock = movableClock(TEST_NOW);
let app: TestApp;
let judge: ReturnType<typeof client>;
let president: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 30 } });
  judge = client(app, await login(app, 'judge'));
  president = client(app, await login(app, 'president'));
});
afterAll(() => app?.close());

const ok = async <T>(res: Promise<{ statusCode: number; body: string; json(): T }>, status = 200): Promise<T> => {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json();
};

/** A case against a person with a frozen account, a released car seizure, a published listing (and so a restriction), closed as 终本. */
let n = 0;
async function dormantCase() {
  n += 1;
  const debtor = { kind: 'person', name: '梁国强', idNumber: makeResidentId('440703', localDate('1980-05-05'), 430 + n) };
  const c = await ok<{ id: string }>(judge.post('/api/v1/cases', filingBody({ ...terminableFiling, debtors: [debtor] })), 201);
  const partyId = (await ok<{ debtors: { id: string }[] }>(judge.get(`/api/v1/cases/${c.id}`))).debtors[0]!.id;
  await ok(judge.post(`/api/v1/cases/${c.id}/start`, {}));
  const account = await ok<{ assetId: string }>(
    judge.post(`/api/v1/cases/${c.id}/assets`, {
      kind: 'deposit',
      identifier: `6217 0000 4310 000${n}`,
      institution: '中国工商银行江门分行',
    }),
    201,
  );
  const frozen = await ok<{ id: string }>(
    judge.post(`/api/v1/cases/${c.id}/seizures`, {
      assetId: account.assetId,
      measure: 'freeze',
      ruledOn: '2026-11-24',
      effectiveOn: '2026-11-25',
      amount: '500.00',
    }),
    201,
  );
  const car = await ok<{ assetId: string }>(
    judge.post(`/api/v1/cases/${c.id}/assets`, { kind: 'vehicle', identifier: `粤J4310${n}` }),
    201,
  );
  const seized = await ok<{ id: string }>(
    judge.post(`/api/v1/cases/${c.id}/seizures`, {
      assetId: car.assetId,
      measure: 'seize',
      ruledOn: '2026-11-20',
      effectiveOn: '2026-11-20',
    }),
    201,
  );
  await ok(judge.post(`/api/v1/seizures/${seized.id}/release`, { reason: 'other', note: '车辆已灭失', releasedOn: '2026-11-25' }));
  const listing = await ok<{ id: string; approvalId: string }>(
    judge.post(`/api/v1/cases/${c.id}/dishonest-listings`, { debtorPartyId: partyId, ground: 1, decidedOn: '2026-11-26', graceMonths: 0 }),
    201,
  );
  await ok(president.post(`/api/v1/approvals/${listing.approvalId}/approve`, {}));
  // The frozen ¥500 deducted (so nothing is left to dispose of), the 终本 facts recorded, then closed.
  await ok(judge.post(`/api/v1/seizures/${frozen.id}/deductions`, { amount: '500.00', deductedOn: '2026-11-26' }), 201);
  await recordTerminationFacts(app, c.id);
  await ok(
    judge.post(`/api/v1/cases/${c.id}/close`, {
      mode: 'current-procedure-terminated',
      closedOn: '2026-11-26',
      reason: '无可供执行财产',
      route: 'applicant-confirmed',
    }),
  );
  return { caseId: c.id, partyId, frozen: frozen.id, released: seized.id, listing: listing.id };
}

const rowsOf = async (caseId: string) =>
  (
    await sql<{ what: string; id: string; party: string | null }>`
      select 'seizure' as what, id::text, null as party from seizures where case_id = ${caseId}
      union all select 'restriction', id::text, debtor_party_id::text from consumption_restrictions where case_id = ${caseId}
      union all select 'listing', id::text, debtor_party_id::text from dishonest_listings where case_id = ${caseId}
      union all select 'deadline:' || node || ':' || state, subject, null from deadlines where case_id = ${caseId} and node = 'seizure-renewal'
      order by 1, 2`.execute(app.db)
  ).rows;

describe('resuming a 终本 case', () => {
  it('carries the seizure, the restriction and the listing in force to the 执恢 case, and leaves what ended', async () => {
    const old = await dormantCase();
    const before = await rowsOf(old.caseId);
    expect(before.map((r) => r.what)).toEqual([
      'deadline:seizure-renewal:open',
      'deadline:seizure-renewal:waived',
      'listing',
      'restriction',
      'seizure',
      'seizure',
    ]);

    const fresh = await ok<{ id: string; caseNumber: string }>(
      judge.post(`/api/v1/cases/${old.caseId}/resume`, {
        filedOn: '2026-11-26',
        claimAmount: '80000.00',
        reason: '申请执行人申请恢复执行',
      }),
      201,
    );
    const newParty = (await ok<{ debtors: { id: string }[] }>(judge.get(`/api/v1/cases/${fresh.id}`))).debtors[0]!.id;
    expect(newParty).not.toBe(old.partyId);

    const moved = await rowsOf(fresh.id);
    expect(moved).toEqual([
      { what: 'deadline:seizure-renewal:open', id: expect.stringContaining(old.frozen), party: null },
      { what: 'listing', id: old.listing, party: newParty },
      { what: 'restriction', id: expect.any(String), party: newParty },
      { what: 'seizure', id: old.frozen, party: null },
    ]);
    expect(await rowsOf(old.caseId)).toEqual([
      { what: 'deadline:seizure-renewal:waived', id: expect.stringContaining(old.released), party: null },
      { what: 'seizure', id: old.released, party: null },
    ]);

    // The 执恢 case shows them as its own: the seizure on its assets, the listing on its 信用惩戒 tab.
    const seizures = (await ok<{ items: { seizures: { id: string }[] }[] }>(judge.get(`/api/v1/cases/${fresh.id}/assets`))).items;
    expect(seizures.flatMap((a) => a.seizures.map((s) => s.id))).toContain(old.frozen);
    const listings = (await ok<{ items: { id: string; status: string }[] }>(judge.get(`/api/v1/cases/${fresh.id}/dishonest-listings`)))
      .items;
    expect(listings).toMatchObject([{ id: old.listing, status: 'published' }]);

    const events = (
      await sql<{ action: string; entity_id: string }>`select action, entity_id::text from events
        where case_id = ${fresh.id} and action like '%carried-over' order by action`.execute(app.db)
    ).rows;
    expect(events.map((e) => e.action)).toEqual(['credit.listing-carried-over', 'credit.restriction-carried-over', 'seizure.carried-over']);
    const filed = (
      await sql<{ changes: { carriedOver: Record<string, string[]> } }>`select changes from events
        where case_id = ${fresh.id} and action = 'case.resumption-filed'`.execute(app.db)
    ).rows[0]!;
    expect(filed.changes.carriedOver).toEqual({ seizures: [old.frozen], restrictions: [moved[2]!.id], listings: [old.listing] });

    // The closed case leaves the 终本案件库 by resumption (出清), its next re-search waived.
    const pool = (
      await sql<{ status: string; exit_kind: string; exited_on: string; research: string }>`select status, exit_kind, exited_on::text,
        (select state from deadlines where case_id = ${old.caseId} and node = 'dormant-research') as research
        from dormant_cases where case_id = ${old.caseId}`.execute(app.db)
    ).rows;
    expect(pool).toEqual([{ status: 'exited', exit_kind: 'resumed', exited_on: '2026-11-26', research: 'waived' }]);
    const exited = (
      await sql<{ changes: Record<string, unknown> }>`select changes from events
        where case_id = ${old.caseId} and action = 'dormant.exited'`.execute(app.db)
    ).rows;
    expect(exited).toEqual([
      { changes: expect.objectContaining({ kind: 'resumed', exitedOn: '2026-11-26', resumedBy: fresh.caseNumber }) },
    ]);
  });
});

describe('the 终本 ruling', () => {
  it('is generated on closure from the case’s records, addressed to the applicant, and its service is recorded', async () => {
    const c = await dormantCase();
    const docs = (await ok<{ items: { id: string; kind: string; addressee: string }[] }>(judge.get(`/api/v1/cases/${c.caseId}/documents`)))
      .items;
    const ruling = docs.find((d) => d.kind === 'termination-ruling')!;
    expect(ruling).toMatchObject({ addressee: '陈小红' });
    const file = await judge.get(`/api/v1/documents/${ruling.id}/file`);
    expect(file.statusCode).toBe(200);
    const text = strFromU8(unzipSync(new Uint8Array(file.rawPayload))['word/document.xml']!).replace(/<[^>]+>/g, '');
    expect(text).toContain('执行裁定书');
    expect(text).toContain('查封、扣押、冻结被执行人的财产（共2次）');
    expect(text).toContain('将被执行人纳入失信被执行人名单');
    expect(text).toContain('银行存款（');
    expect(text).toContain('已采取控制措施，继续有效');
    expect(text).toContain('控制措施已解除');
    expect(text).toContain('申请执行人书面同意终结本次执行程序');
    expect(text).toContain(
      '终结本院' + (await ok<{ caseNumber: string }>(judge.get(`/api/v1/cases/${c.caseId}`))).caseNumber + '案件的本次执行程序',
    );

    await ok(judge.post(`/api/v1/documents/${ruling.id}/services`, { method: 'direct', servedOn: '2026-11-26', recipient: '陈小红' }), 201);
    const served = (
      await sql<{ changes: Record<string, unknown> }>`select changes from events
        where case_id = ${c.caseId} and action = 'case.termination-ruling-served'`.execute(app.db)
    ).rows;
    expect(served).toEqual([{ changes: expect.objectContaining({ documentId: ruling.id, servedOn: '2026-11-26', method: 'direct' }) }]);
  });
});
