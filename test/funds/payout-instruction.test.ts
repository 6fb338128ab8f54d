import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock } from '../api/fixtures.ts';
import { yuanInCapitals } from '../../src/documents/templates/wording.ts';
import { caller, caseWithPayee, receipt, signInStaff, type Staff } from './funds-fixtures.ts';

// The 执行款发放审批表: generated through src/documents at a payout's final approval, stored on the
// case with its SHA-256, downloadable, naming the payee's account, the amount in capitals and every step.

let app: TestApp;
let staff: Staff;

beforeAll(async () => {
  app = await createTestApp({ clock: movableClock('2026-11-26T02:00:00.000Z'), seedCases: 0 });
  staff = await signInStaff(app);
});
afterAll(() => app?.close());

const documentText = (bytes: Buffer) => strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!).replace(/<[^>]+>/g, '');

describe('人民币大写', () => {
  it('writes amounts as finance does, zeros collapsed', () => {
    expect(yuanInCapitals(300000n)).toBe('叁仟元整');
    expect(yuanInCapitals(120050n)).toBe('壹仟贰佰元伍角整');
    expect(yuanInCapitals(10005n)).toBe('壹佰元零伍分');
    expect(yuanInCapitals(50n)).toBe('伍角整');
    expect(yuanInCapitals(0n)).toBe('零元整');
    expect(yuanInCapitals(1000500000n)).toBe('壹仟万零伍仟元整');
    expect(yuanInCapitals(10000000000n)).toBe('壹亿元整');
    expect(yuanInCapitals(1500000n)).toBe('壹万伍仟元整');
    expect(yuanInCapitals(1050000n)).toBe('壹万零伍佰元整');
    expect(yuanInCapitals(1234567n)).toBe('壹万贰仟叁佰肆拾伍元陆角柒分');
  });
});

describe('the payout instruction (执行款发放审批表)', () => {
  it('is generated at the final approval, stored with its SHA-256 and downloadable from the case', async () => {
    const { caseId, partyId } = await caseWithPayee(app, staff);
    await caller(app, staff.finance)('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'pi-r1');
    const asked = (
      await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '3000.00' }, 'pi-p1')
    ).json();
    expect(asked.instructionDocumentId).toBeNull();
    await caller(app, staff.enforcer)('POST', `/api/v1/payouts/${asked.id}/approve`, { opinion: '核算无误' });
    const second = (await caller(app, staff.head)('POST', `/api/v1/payouts/${asked.id}/approve`, {})).json();
    expect(second.instructionDocumentId).toBeNull(); // not before the last step
    const last = await caller(app, staff.finance)('POST', `/api/v1/payouts/${asked.id}/approve`, {});
    expect(last.statusCode, last.body).toBe(200);
    const documentId = last.json().instructionDocumentId as string;
    expect(documentId).toMatch(/^[0-9a-f-]{36}$/);

    const listed = (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/documents`)).json().items;
    const doc = listed.find((d: { id: string }) => d.id === documentId);
    expect(doc).toMatchObject({ kind: 'payout-approval-form', kindName: '执行款发放审批表', addressee: '陈小红' });
    const file = await caller(app, staff.judge)('GET', `/api/v1/documents/${documentId}/file`);
    expect(file.statusCode).toBe(200);
    const sha = createHash('sha256').update(file.rawPayload).digest('hex');
    expect(file.headers['x-content-sha256']).toBe(sha);
    expect(doc.sha256).toBe(sha);
    const text = documentText(file.rawPayload);
    for (const words of [
      '执行款发放审批表',
      '陈小红',
      '6222021001005566778',
      '中国工商银行江门分行',
      '¥3000.00',
      '人民币叁仟元整',
      '¥2000.00',
      '核算无误',
      '执行局长审批',
      '财务人员核发',
    ])
      expect(text).toContain(words);
    // The payouts list names it too.
    const payouts = (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/payouts`)).json().items;
    expect(payouts[0]).toMatchObject({ id: asked.id, status: 'instructed', instructionDocumentId: documentId });
  }, 120_000);
});
