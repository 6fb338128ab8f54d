import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { strFromU8, unzipSync } from 'fflate';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock, newCreditCode, newIdNumber } from './fixtures.ts';
import { renderDocx } from '../../src/documents/docx.ts';
import { enforcementNotice, type EnforcementNoticeData } from '../../src/documents/templates/enforcement-notice.ts';
import { localDate } from '../../src/shared/dates.ts';

// 执行通知书 and 报告财产令 through the API: generated together, stored with their hash, downloaded
// byte for byte, served — and every refusal leaves nothing behind.

const clock = movableClock(TEST_NOW); // 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let clerk: ReturnType<typeof client>;
let clerkAuth: { authorization: string };

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 5 });
  judge = client(app, await login(app, 'judge'));
  clerkAuth = await login(app, 'clerk');
  clerk = client(app, clerkAuth);
});
afterAll(() => app?.close());

async function fileCase(overrides: Record<string, unknown> = {}): Promise<{ id: string; caseNumber: string }> {
  const res = await judge.post('/api/v1/cases', filingBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const issue = (caseId: string, body: Record<string, unknown> = {}, key?: string) =>
  app.server.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/first-notices`,
    headers: { ...clerkAuth, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });

const serve = (documentId: string, body: Record<string, unknown>, key?: string) =>
  app.server.inject({
    method: 'POST',
    url: `/api/v1/documents/${documentId}/services`,
    headers: { ...clerkAuth, ...(key ? { 'idempotency-key': key } : {}) },
    payload: body,
  });

async function download(documentId: string) {
  const res = await clerk.get(`/api/v1/documents/${documentId}/file`);
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

const documentText = (bytes: Buffer) => strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!).replace(/<[^>]+>/g, '');

const counts = async () => {
  const r = await sql<{ documents: string; services: string; events: string }>`
    select (select count(*) from documents) as documents, (select count(*) from document_services) as services,
           (select count(*) from events) as events`.execute(app.db);
  return r.rows[0]!;
};

const eventsOf = async (caseId: string, action: string) =>
  (
    await sql<{
      changes: Record<string, unknown>;
    }>`select changes from events where case_id = ${caseId} and action = ${action} order by seq`.execute(app.db)
  ).rows.map((r) => r.changes);

describe('issuing the first notices', () => {
  it('makes a 执行通知书 and a 报告财产令 for each debtor, stores them with their hash and lists them on the case', async () => {
    const c = await fileCase({
      debtors: [
        { kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode(), legalRepresentative: '梁国强' },
        { kind: 'person', name: '梁国强', idNumber: newIdNumber() },
      ],
    });
    const res = await issue(c.id);
    expect(res.statusCode, res.body).toBe(201);
    const items = res.json().items as {
      id: string;
      kind: string;
      addressee: string;
      sha256: string;
      byteSize: number;
      fileName: string;
      services: unknown[];
    }[];
    expect(items.map((d) => [d.kind, d.addressee])).toEqual([
      ['enforcement-notice', '江门市恒泰建材有限公司'],
      ['asset-report-order', '江门市恒泰建材有限公司'],
      ['enforcement-notice', '梁国强'],
      ['asset-report-order', '梁国强'],
    ]);
    for (const d of items) {
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(d.byteSize).toBeGreaterThan(5_000);
      expect(d.services).toEqual([]);
    }
    expect(items[0]!.fileName).toBe(`执行通知书${c.caseNumber}（江门市恒泰建材有限公司）.docx`);

    const listed = await clerk.get(`/api/v1/cases/${c.id}/documents`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((d: { id: string }) => d.id)).toEqual(items.map((d) => d.id));
    expect((await eventsOf(c.id, 'document.generated')).length).toBe(4);
    expect(await eventsOf(c.id, 'case.first-notices-issued')).toMatchObject([{ reportingDays: 5, issuedOn: '2026-11-26' }]);
    // Issuing the 执行通知书 meets the case's 发出执行通知 deadline (src/deadlines).
    const deadlines = (await judge.get(`/api/v1/cases/${c.id}/deadlines`)).json().items as { node: string; state: string; metOn: string }[];
    expect(deadlines.find((d) => d.node === 'enforcement-notice')).toMatchObject({ state: 'met', metOn: '2026-11-26' });
  });

  it('writes the court as the heading, the case number, the parties, the title and the warnings the law asks for', async () => {
    const c = await fileCase({
      title: {
        documentNumber: '（2026）粤0703民初2468号',
        issuer: '广东省江门市蓬江区人民法院',
        effectiveOn: '2026-10-09',
        performanceDeadline: '2026-10-19',
        obligations: [
          { kind: 'money', amount: '88000.00', description: '给付货款' },
          { kind: 'act', description: '返还租赁的挖掘机一台' },
        ],
      },
    });
    const [notice, order] = (await issue(c.id, { reportingDays: 7 })).json().items as { id: string }[];
    const text = documentText((await download(notice!.id)).rawPayload);
    expect(text.startsWith('广东省江门市蓬江区人民法院执行通知书')).toBe(true);
    expect(text).toContain(c.caseNumber);
    expect(text).toContain('申请执行人陈小红与被执行人江门市恒泰建材有限公司一案');
    expect(text).toContain('（2026）粤0703民初2468号法律文书已于2026年10月9日发生法律效力');
    expect(text).toContain('一、给付货款，金额人民币88000.00元；');
    expect(text).toContain('二、返还租赁的挖掘机一台。');
    expect(text).toContain('加倍支付迟延履行期间的债务利息');
    expect(text).toContain('应当支付迟延履行金');
    expect(text).toContain('本通知与报告财产令一并发出');

    const orderText = documentText((await download(order!.id)).rawPayload);
    expect(orderText.startsWith('广东省江门市蓬江区人民法院报告财产令')).toBe(true);
    expect(orderText).toContain('自收到本令之日起7日内');
    expect(orderText).toContain('自收到执行通知之日前一年');
    expect(orderText).toContain('10日内向本院补充报告');
    expect(orderText).toContain('拘留的期限为15日以下');
    expect(orderText).toContain('财产调查表');
  });

  it('downloads the stored bytes with the DOCX type, the Chinese file name and the SHA-256 in the headers, and logs the read', async () => {
    const c = await fileCase();
    const [notice] = (await issue(c.id)).json().items as { id: string; sha256: string; fileName: string; byteSize: number }[];
    const res = await download(notice!.id);
    const body = res.rawPayload;
    const sha = createHash('sha256').update(body).digest('hex');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sha).toBe(notice!.sha256);
    expect(res.headers['x-content-sha256']).toBe(sha);
    expect(res.headers['repr-digest']).toBe(`sha-256=:${createHash('sha256').update(body).digest('base64')}:`);
    expect(Number(res.headers['content-length'])).toBe(notice!.byteSize);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="document\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(notice!.fileName);
    expect(body.subarray(0, 2).toString()).toBe('PK');
    const reads = await sql<{
      n: string;
    }>`select count(*) as n from personal_data_reads where case_id = ${c.id} and purpose = 'document.download'`.execute(app.db);
    expect(Number(reads.rows[0]!.n)).toBe(1);
  });

  it('is deterministic: the stored data, rendered again later, gives the same bytes', async () => {
    const c = await fileCase();
    const [notice] = (await issue(c.id)).json().items as { id: string; sha256: string }[];
    const row = await app.db.selectFrom('documents').select(['data', 'issued_on']).where('id', '=', notice!.id).executeTakeFirstOrThrow();
    const again = await renderDocx(enforcementNotice.build(row.data as EnforcementNoticeData), localDate(row.issued_on));
    expect(createHash('sha256').update(again).digest('hex')).toBe(notice!.sha256);
  });

  it('issues once per case: a replay with the same Idempotency-Key gets the first answer, anything else is refused', async () => {
    const c = await fileCase();
    const first = await issue(c.id, {}, 'first-notices-1');
    expect(first.statusCode).toBe(201);
    const judgeAuth = await login(app, 'judge');
    const before = await counts();
    // The first answer again, status and body, marked as a replay (src/idempotency, as for filing).
    const replay = await issue(c.id, {}, 'first-notices-1');
    expect(replay.statusCode, replay.body).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json()).toEqual(first.json());
    expectProblem(await issue(c.id, { reportingDays: 9 }, 'first-notices-1'), 409, 'idempotency-key-reused');
    expectProblem(await issue(c.id, {}, 'another-key'), 409, 'first-notices-issued');
    expectProblem(await issue(c.id), 409, 'first-notices-issued');
    // Keys belong to their user: the judge's same key is no replay of the clerk's request.
    expectProblem(
      await app.server.inject({
        method: 'POST',
        url: `/api/v1/cases/${c.id}/first-notices`,
        payload: {},
        headers: { ...judgeAuth, 'idempotency-key': 'first-notices-1' },
      }),
      409,
      'first-notices-issued',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a closed case, a case outside the court, a party, and a reporting period out of range, writing nothing', async () => {
    const closed = await fileCase();
    const closing = await judge.post(`/api/v1/cases/${closed.id}/close`, {
      mode: 'fully-enforced',
      closedOn: '2026-11-26',
      reason: '被执行人已自动履行',
    });
    expect(closing.statusCode, closing.body).toBe(200);
    const open = await fileCase();
    const taishan = client(app, await login(app, 'taishan'));
    const party = client(app, await login(app, 'party'));
    const before = await counts();
    expectProblem(await issue(closed.id), 409, 'instrument-on-closed-case');
    expectProblem(await taishan.post(`/api/v1/cases/${open.id}/first-notices`, {}), 404, 'case-not-found');
    expectProblem(await party.post(`/api/v1/cases/${open.id}/first-notices`, {}), 403, 'forbidden');
    expectProblem(await issue(open.id, { reportingDays: 0 }), 422, 'validation-failed');
    expectProblem(await issue(open.id, { reportingDays: 61 }), 422, 'validation-failed');
    expectProblem(await issue('not-a-case'), 404, 'case-not-found');
    expect(await counts()).toEqual(before);
  });
});

describe('recording service', () => {
  async function firstNotices() {
    const c = await fileCase();
    const [notice, order] = (await issue(c.id)).json().items as { id: string }[];
    return { c, notice: notice!.id, order: order!.id };
  }

  it('records the service of the notice and tells the case that its 执行通知 was served, with the date', async () => {
    const { c, notice } = await firstNotices();
    const res = await serve(notice, {
      method: 'direct',
      servedOn: '2026-11-26',
      recipient: '梁国强',
      recipientRole: '法定代表人',
      address: '江门市蓬江区建设路1号',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      service: {
        method: 'direct',
        methodName: '直接送达',
        servedOn: '2026-11-26',
        deemedServedOn: '2026-11-26',
        recipient: '梁国强',
        recordedBy: expect.any(String),
      },
      reportDueOn: null,
    });
    expect(await eventsOf(c.id, 'case.enforcement-notice-served')).toMatchObject([
      { documentId: notice, issuedOn: '2026-11-26', servedOn: '2026-11-26', method: 'direct', first: true },
    ]);
    const listed = (await clerk.get(`/api/v1/cases/${c.id}/documents`)).json().items as { id: string; services: unknown[] }[];
    expect(listed.find((d) => d.id === notice)!.services).toMatchObject([{ methodName: '直接送达', recipient: '梁国强' }]);
  });

  it("serving the order fixes the report's due date from its reporting days (day of service not counted)", async () => {
    const { c, order } = await firstNotices();
    const res = await serve(order, { method: 'post', servedOn: '2026-11-26', recipient: '江门市恒泰建材有限公司' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().reportDueOn).toBe('2026-12-01');
    expect(await eventsOf(c.id, 'case.asset-report-order-served')).toMatchObject([{ reportDueOn: '2026-12-01', first: true }]);
  });

  it('counts public notice as served 30 days on; leaving at the address and public notice must record their circumstances', async () => {
    const { notice, order } = await firstNotices();
    expectProblem(
      await serve(notice, { method: 'left-at-address', servedOn: '2026-11-26', recipient: '梁国强' }),
      422,
      'service-circumstances-required',
    );
    const left = await serve(notice, {
      method: 'left-at-address',
      servedOn: '2026-11-26',
      recipient: '梁国强',
      note: '拒绝签收，经社区工作人员见证并拍照后留置',
    });
    expect(left.statusCode, left.body).toBe(201);
    expect(left.json().service.methodName).toBe('留置送达');
    const published = await serve(order, {
      method: 'public-notice',
      servedOn: '2026-11-26',
      recipient: '江门市恒泰建材有限公司',
      note: '下落不明，在人民法院公告网发布公告',
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ service: { deemedServedOn: '2026-12-26' }, reportDueOn: '2026-12-31' });
  });

  it('refuses a date in the future or before the document was made, a blank recipient, an unknown method, and unknown documents', async () => {
    const { notice } = await firstNotices();
    const taishan = client(app, await login(app, 'taishan'));
    const before = await counts();
    expectProblem(await serve(notice, { method: 'direct', servedOn: '2026-11-27', recipient: '梁国强' }), 422, 'date-in-future');
    expectProblem(await serve(notice, { method: 'direct', servedOn: '2026-11-25', recipient: '梁国强' }), 422, 'served-before-issued');
    // A day that does not exist, a blank recipient and an unknown method are refused by the contract.
    expectProblem(await serve(notice, { method: 'direct', servedOn: '2026-02-30', recipient: '梁国强' }), 422, 'validation-failed');
    expectProblem(await serve(notice, { method: 'direct', servedOn: '2026-11-26', recipient: '   ' }), 422, 'validation-failed');
    expectProblem(await serve(notice, { method: 'pigeon', servedOn: '2026-11-26', recipient: '梁国强' }), 422, 'validation-failed');
    expectProblem(
      await serve('00000000-0000-4000-8000-000000000000', { method: 'direct', servedOn: '2026-11-26', recipient: '梁国强' }),
      404,
      'document-not-found',
    );
    expectProblem(await serve('nope', { method: 'direct', servedOn: '2026-11-26', recipient: '梁国强' }), 404, 'document-not-found');
    expectProblem(await taishan.get(`/api/v1/documents/${notice}/file`), 404, 'document-not-found');
    expect(await counts()).toEqual(before);
  });

  it('replays a service by its Idempotency-Key, and refuses the key with another body', async () => {
    const { notice } = await firstNotices();
    const body = { method: 'electronic', servedOn: '2026-11-26', recipient: '梁国强', note: '经受送达人同意，送达至其确认的电子邮箱' };
    const first = await serve(notice, body, 'svc-1');
    expect(first.statusCode).toBe(201);
    const before = await counts();
    const again = await serve(notice, body, 'svc-1');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expectProblem(await serve(notice, { ...body, recipient: '陈小红' }, 'svc-1'), 409, 'idempotency-key-reused');
    expect(await counts()).toEqual(before);
  });
});

describe('the contract', () => {
  it('publishes the routes with their Chinese summaries in the OpenAPI document', async () => {
    const doc = (await clerk.get('/api/v1/openapi.json')).json();
    expect(doc.paths['/api/v1/cases/{id}/first-notices'].post.summary).toBe('制作执行通知书和报告财产令');
    expect(doc.paths['/api/v1/documents/{id}/services'].post.description).toContain('公告送达');
    for (const path of ['/api/v1/cases/{id}/first-notices', '/api/v1/documents/{id}/services']) {
      const header = doc.paths[path].post.parameters.find(
        (p: { in: string; name: string }) => p.in === 'header' && p.name === 'idempotency-key',
      );
      expect(header?.required, path).toBe(false);
    }
    expect(Object.keys(doc.paths['/api/v1/documents/{id}/file'].get.responses['200'].content)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/cases/{id}/documents', '/api/v1/documents/{id}', '/api/v1/documents/{id}/file']),
    );
  });
});
