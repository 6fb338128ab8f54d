import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock, type MovableClock } from '../api/fixtures.ts';
import { runSweep } from '../../src/scheduler/run-sweep.ts';
import { sweepByName } from '../../src/scheduler/registry.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deadlines, fileCase, recordAsset, seize, signIn, timeline, type Client } from './asset-fixtures.ts';

// 轮候查封 across two courts (查封规定 第26条): 蓬江 (judge) seals first, 台山 (taishan) waits; when
// the first is released or lapses, the second takes effect in the same transaction, its term
// starting that day, and 台山's case is told: an event on its timeline and a deadline on its
// officer's to-do list. The clock starts on 2026-11-26 (Shanghai).

let app: TestApp;
let clock: MovableClock;
let judge: Client;
let taishan: Client;
let taishanId: string;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  judge = await signIn(app, 'judge');
  taishan = await signIn(app, 'taishan');
  taishanId = (await app.db.selectFrom('users').select('id').where('username', '=', 'taishan').executeTakeFirstOrThrow()).id;
});
afterAll(() => app?.close());

async function twoCourtsOnOneFlat(identifier: string, kind = 'real-estate', measure = 'seal') {
  const first = await fileCase(judge);
  const second = await fileCase(taishan, { courtCode: '粤0781', officerId: taishanId });
  const flat = await recordAsset(judge, first.id, { kind, identifier, estimatedValue: '800000.00' });
  await recordAsset(taishan, second.id, { kind, identifier });
  const a = await seize(judge, first.id, {
    assetId: flat.assetId,
    measure,
    ruledOn: '2026-11-20',
    effectiveOn: '2026-11-21',
    ...(measure === 'freeze' ? { amount: '1000.00' } : {}),
  });
  const b = await seize(taishan, second.id, {
    assetId: flat.assetId,
    measure,
    ruledOn: '2026-11-22',
    effectiveOn: '2026-11-23',
    ...(measure === 'freeze' ? { amount: '2000.00' } : {}),
  });
  expect([a.status, b.status]).toEqual(['effective', 'waiting']);
  return { first, second, a, b, assetId: flat.assetId };
}

const todoOfTaishan = async () =>
  (await taishan.get('/api/v1/me/todo')).json().items as { node: string; subject: string | null; dueOn: string }[];

describe('promotion by release', () => {
  it('lets the other court’s waiting seal take effect on the release day, and tells its case', async () => {
    const { first, second, a, b } = await twoCourtsOnOneFlat('粤(2020)江门市不动产权第0011111号');
    const res = await judge.post(`/api/v1/seizures/${a.id}/release`, {
      releasedOn: '2026-11-26',
      reason: 'debt-paid',
      note: '被执行人已履行完毕',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: a.id,
      status: 'released',
      promoted: { id: b.id, caseId: second.id, effectiveFrom: '2026-11-26', expiresOn: '2029-11-26' },
    });
    expect((await judge.get(`/api/v1/seizures/${a.id}`)).json()).toMatchObject({
      status: 'released',
      rank: null,
      endedOn: '2026-11-26',
      releaseReason: 'debt-paid',
      releaseReasonName: expect.stringContaining('第28条第4项'),
    });
    expect((await taishan.get(`/api/v1/seizures/${b.id}`)).json()).toMatchObject({
      status: 'effective',
      rank: 1,
      noticeOn: '2026-11-23',
      effectiveFrom: '2026-11-26',
      expiresOn: '2029-11-26',
    });
    const notice = (await timeline(taishan, second.id)).find((e) => e.action === 'seizure.took-effect')!;
    expect(notice.changes).toMatchObject({
      effectiveFrom: '2026-11-26',
      expiresOn: '2029-11-26',
      because: { ending: 'released', caseNumber: first.caseNumber, court: expect.stringContaining('蓬江') },
    });
    expect(String(notice.changes!.notice)).toContain('轮候查封已自 2026-11-26 起生效');
    expect(await todoOfTaishan()).toContainEqual(
      expect.objectContaining({ node: 'seizure-renewal', subject: `${b.id}#0`, dueOn: '2029-11-26' }),
    );
    // The first case's renewal deadline is waived with the reason; the released case's line is closed.
    const mine = (await deadlines(judge, first.id)).find((d) => d.node === 'seizure-renewal')!;
    expect(mine).toMatchObject({ state: 'waived', waivedReason: expect.stringContaining('债务已经清偿') });
    expect((await judge.get(`/api/v1/seizures/${a.id}`)).json().status).toBe('released');
  });

  it('releasing a waiting seizure takes it off the line and promotes nobody', async () => {
    const { a, b } = await twoCourtsOnOneFlat('粤(2020)江门市不动产权第0022222号');
    const res = await taishan.post(`/api/v1/seizures/${b.id}/release`, { releasedOn: '2026-11-26', reason: 'claim-withdrawn' });
    expect(res.json()).toMatchObject({ status: 'released', promoted: null });
    expect((await judge.get(`/api/v1/seizures/${a.id}`)).json()).toMatchObject({ status: 'effective', rank: 1 });
  });

  it('promotes the earliest of several waiting seizures, and the rest move up one place', async () => {
    const { a, b, assetId } = await twoCourtsOnOneFlat('粤(2020)江门市不动产权第0033333号');
    const third = await fileCase(judge);
    await recordAsset(judge, third.id, { kind: 'real-estate', identifier: '粤(2020)江门市不动产权第0033333号' });
    const c = await seize(judge, third.id, { assetId, measure: 'seal', ruledOn: '2026-11-24', effectiveOn: '2026-11-25' });
    expect(c.rank).toBe(3);
    await judge.post(`/api/v1/seizures/${a.id}/release`, { releasedOn: '2026-11-26', reason: 'third-party-property' });
    expect((await taishan.get(`/api/v1/seizures/${b.id}`)).json()).toMatchObject({ status: 'effective', rank: 1 });
    expect((await judge.get(`/api/v1/seizures/${c.id}`)).json()).toMatchObject({ status: 'waiting', rank: 2, expiresOn: null });
  });
});

describe('promotion by a lapse the daily sweep finds', () => {
  it('lapses an unrenewed freeze the day after its last day and lets the other court’s freeze take effect then', async () => {
    const { first, second, a, b } = await twoCourtsOnOneFlat('6222 9999 0000 1234', 'deposit', 'freeze');
    expect((await judge.get(`/api/v1/seizures/${a.id}`)).json().expiresOn).toBe('2027-11-21');
    const sweep = sweepByName('seizure-expiries')!;

    // On its last day the freeze is still in force: nothing to do.
    clock.set('2027-11-21T02:00:00.000Z');
    let run = await runSweep(app, sweep, { asOf: localDate('2027-11-21'), dryRun: false, trigger: 'test' });
    expect(run).toMatchObject({ changed: 0, done: true });
    expect(run.failed).toBeUndefined();

    clock.set('2027-11-22T18:30:00.000Z'); // 2027-11-23 in Shanghai; the run is for the 22nd
    judge = await signIn(app, 'judge'); // a year on: the sessions have expired
    taishan = await signIn(app, 'taishan');
    const dry = await runSweep(app, sweep, { asOf: localDate('2027-11-22'), dryRun: true, trigger: 'test' });
    expect(dry.changed).toBeGreaterThanOrEqual(1);
    expect((await judge.get(`/api/v1/seizures/${a.id}`)).json().status).toBe('effective'); // a dry run writes nothing
    run = await runSweep(app, sweep, { asOf: localDate('2027-11-22'), dryRun: false, trigger: 'test' });
    expect(run.failed).toBeUndefined();
    expect(run.changed).toBeGreaterThanOrEqual(1);

    judge = await signIn(app, 'judge');
    taishan = await signIn(app, 'taishan');
    expect((await judge.get(`/api/v1/seizures/${a.id}`)).json()).toMatchObject({
      status: 'lapsed',
      statusName: '期满失效',
      endedOn: '2027-11-22',
      rank: null,
    });
    expect((await taishan.get(`/api/v1/seizures/${b.id}`)).json()).toMatchObject({
      status: 'effective',
      effectiveFrom: '2027-11-22',
      expiresOn: '2028-11-22',
    });
    const lapsed = (await timeline(judge, first.id)).find((e) => e.action === 'seizure.lapsed')!;
    expect(lapsed.changes).toMatchObject({
      expiresOn: '2027-11-21',
      lapsedOn: '2027-11-22',
      promoted: { seizureId: b.id, caseId: second.id },
    });
    const notice = (await timeline(taishan, second.id)).find((e) => e.action === 'seizure.took-effect')!;
    expect(notice.changes).toMatchObject({ because: { ending: 'lapsed', caseNumber: first.caseNumber }, effectiveFrom: '2027-11-22' });
    expect(await todoOfTaishan()).toContainEqual(
      expect.objectContaining({ node: 'seizure-renewal', subject: `${b.id}#0`, dueOn: '2028-11-22' }),
    );

    // Run again: each seizure's own state says it is done.
    const again = await runSweep(app, sweep, { asOf: localDate('2027-11-22'), dryRun: false, trigger: 'test' });
    expect(again.changed).toBe(0);
    // A lapsed seizure cannot be renewed.
    const late = await judge.post(`/api/v1/seizures/${a.id}/renew`, { effectiveOn: '2027-11-20' });
    expect(late.json()).toMatchObject({ code: 'renewal-after-expiry' });
  });
});
