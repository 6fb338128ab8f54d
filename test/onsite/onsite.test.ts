import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock } from '../api/fixtures.ts';

// On-site enforcement: a team of at least two officers; evidence kept with the SHA-256 the server
// checks at upload; every view and download in the chain of custody; a verification that tells an
// untouched file from one changed in the database.

const clock = movableClock(TEST_NOW); // 2026-11-26T10:00+08:00
let app: TestApp;
let judge: ReturnType<typeof client>;
let enforcer: ReturnType<typeof client>;
let officers: { judge: string; enforcer: string; clerk: string; taishan: string };
let caseId: string;

const idOf = async (username: string) =>
  (await app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0 });
  judge = client(app, await login(app, 'judge'));
  enforcer = client(app, await login(app, 'enforcer'));
  officers = { judge: await idOf('judge'), enforcer: await idOf('enforcer'), clerk: await idOf('clerk'), taishan: await idOf('taishan') };
  caseId = (await judge.post('/api/v1/cases', filingBody())).json().id;
});
afterAll(() => app?.close());

const record = (body: Record<string, unknown> = {}) =>
  enforcer.post(`/api/v1/cases/${caseId}/onsite-records`, {
    startedAt: '2026-11-26T08:30:00+08:00',
    endedAt: '2026-11-26T09:40:00+08:00',
    place: '江门市蓬江区建设路88号恒泰建材仓库',
    actions: '查封仓库内螺纹钢一批，张贴封条和查封公告',
    team: [officers.judge, officers.enforcer],
    present: [
      { name: '梁国强', role: '被执行人法定代表人' },
      { name: '李卫东', role: '见证人（社区工作人员）' },
    ],
    sanctions: [{ measure: 'admonition', subject: '梁国强', note: '阻拦张贴封条，予以训诫' }],
    ...body,
  });

const photo = Buffer.from('\xff\xd8\xff\xe0 a photo of the sealed warehouse door', 'latin1');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const upload = (recordId: string, bytes: Buffer, body: Record<string, unknown> = {}) =>
  enforcer.post(`/api/v1/cases/${caseId}/onsite-records/${recordId}/evidence`, {
    kind: 'photo',
    fileName: '仓库封条.jpg',
    contentType: 'image/jpeg',
    sha256: sha(bytes),
    capturedAt: '2026-11-26T09:05:00+08:00',
    content: bytes.toString('base64'),
    ...body,
  });

const counts = async () =>
  (
    await sql<{ records: string; files: string; custody: string }>`
    select (select count(*) from onsite_records) as records, (select count(*) from evidence_files) as files,
           (select count(*) from evidence_custody) as custody`.execute(app.db)
  ).rows[0]!;

describe('an on-site record', () => {
  it('records the team, time, place, actions, people present and the measures taken on the spot', async () => {
    const res = await record();
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      startedAt: '2026-11-26T00:30:00.000Z',
      team: [{ name: '张明（执行法官）' }, { name: '李强（执行员）' }],
      present: [{ name: '梁国强', role: '被执行人法定代表人' }, { name: '李卫东' }],
      sanctions: [{ measure: 'admonition', measureName: '训诫', subject: '梁国强' }],
      evidence: [],
    });
    const listed = (await judge.get(`/api/v1/cases/${caseId}/onsite-records`)).json().items as { id: string }[];
    expect(listed.map((r) => r.id)).toContain(res.json().id);
  });

  it('refuses a team of one, a clerk or an officer of another court as a team member, and a time in the future, writing nothing', async () => {
    const before = await counts();
    expectProblem(await record({ team: [officers.judge] }), 422, 'onsite-team-too-small');
    expectProblem(await record({ team: [officers.judge, officers.judge] }), 422, 'onsite-team-too-small');
    expectProblem(await record({ team: [officers.judge, officers.clerk] }), 422, 'onsite-team-member-invalid');
    expectProblem(await record({ team: [officers.judge, officers.taishan] }), 422, 'onsite-team-member-invalid');
    expectProblem(await record({ startedAt: '2026-11-26T10:30:00+08:00', endedAt: null }), 422, 'onsite-time-invalid');
    expectProblem(await record({ endedAt: '2026-11-26T08:00:00+08:00' }), 422, 'onsite-time-invalid');
    expect(await counts()).toEqual(before);
  });
});

describe('evidence', () => {
  it('keeps a photo whose hash matches, and refuses one whose stated hash does not, storing nothing', async () => {
    const r = (await record()).json();
    const before = await counts();
    const wrong = await upload(r.id, photo, { sha256: sha(Buffer.from('something else')) });
    expectProblem(wrong, 422, 'evidence-hash-mismatch');
    expectProblem(await upload(r.id, photo, { contentType: 'video/mp4' }), 422, 'evidence-type-mismatch');
    expectProblem(await upload(r.id, photo, { content: '***' }), 422, 'evidence-content-invalid');
    expect(await counts()).toEqual(before);
    const ok = await upload(r.id, photo);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'photo',
      byteSize: photo.length,
      sha256: sha(photo),
      capturedAt: '2026-11-26T01:05:00.000Z',
      uploadedBy: '李强（执行员）',
    });
  });

  it('refuses a file over the size limit', async () => {
    const r = (await record()).json();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 7);
    expectProblem(await upload(r.id, big), 413, 'evidence-too-large');
  });

  it('logs the upload, every view and download with who and when, and downloads the very bytes', async () => {
    const r = (await record()).json();
    const e = (await upload(r.id, photo)).json();
    clock.set('2026-11-26T03:00:00.000Z');
    expect((await judge.get(`/api/v1/evidence/${e.id}`)).json()).toMatchObject({ sha256: sha(photo) });
    const file = await judge.get(`/api/v1/evidence/${e.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(photo)).toBe(true);
    expect(file.headers['x-content-sha256']).toBe(sha(photo));
    expect(file.headers['content-type']).toBe('image/jpeg');
    await enforcer.get(`/api/v1/evidence/${e.id}/file`);
    const custody = (await judge.get(`/api/v1/evidence/${e.id}/custody`)).json();
    expect(custody.items).toEqual([
      { action: 'uploaded', actionName: '上传', at: '2026-11-26T02:00:00.000Z', by: '李强（执行员）', outcome: null },
      { action: 'viewed', actionName: '查看', at: '2026-11-26T03:00:00.000Z', by: '张明（执行法官）', outcome: null },
      { action: 'downloaded', actionName: '下载', at: '2026-11-26T03:00:00.000Z', by: '张明（执行法官）', outcome: null },
      { action: 'downloaded', actionName: '下载', at: '2026-11-26T03:00:00.000Z', by: '李强（执行员）', outcome: null },
    ]);
    const events = await sql<{ action: string }>`select action from events where entity_id = ${e.id} order by seq`.execute(app.db);
    expect(events.rows.map((x) => x.action)).toEqual([
      'evidence.uploaded',
      'evidence.viewed',
      'evidence.downloaded',
      'evidence.downloaded',
    ]);
    clock.set(TEST_NOW);
  });

  it('verifies a stored file as unchanged, and as changed once its bytes were altered in the database', async () => {
    const r = (await record()).json();
    const e = (await upload(r.id, photo)).json();
    expect((await judge.post(`/api/v1/evidence/${e.id}/verify`)).json()).toMatchObject({
      outcome: 'unchanged',
      computedSha256: sha(photo),
    });
    await sql`update evidence_files set content = ${Buffer.from('a different photo')} where id = ${e.id}`.execute(app.db);
    const changed = (await judge.post(`/api/v1/evidence/${e.id}/verify`)).json();
    expect(changed).toMatchObject({ outcome: 'changed', storedSha256: sha(photo), computedSha256: sha(Buffer.from('a different photo')) });
    const custody = (await judge.get(`/api/v1/evidence/${e.id}/custody`)).json().items as { action: string; outcome: string | null }[];
    expect(custody.filter((c) => c.action === 'verified').map((c) => c.outcome)).toEqual(['unchanged', 'changed']);
  });

  it('is not reached from another court, nor uploaded to a record of another case', async () => {
    const r = (await record()).json();
    const e = (await upload(r.id, photo)).json();
    const taishan = client(app, await login(app, 'taishan'));
    expectProblem(await taishan.get(`/api/v1/evidence/${e.id}/file`), 404, 'evidence-not-found');
    const other = (await judge.post('/api/v1/cases', filingBody())).json().id as string;
    const res = await enforcer.post(`/api/v1/cases/${other}/onsite-records/${r.id}/evidence`, {
      kind: 'photo',
      fileName: 'x.jpg',
      contentType: 'image/jpeg',
      sha256: sha(photo),
      capturedAt: '2026-11-26T09:05:00+08:00',
      content: photo.toString('base64'),
    });
    expectProblem(res, 404, 'onsite-record-not-found');
  });
});
