import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, enc, expectProblem, filingBody, newCreditCode, newIdNumber, rowCounts } from './fixtures.ts';
import { registrationNumberCheckDigit } from '../../src/rules/identity-documents.ts';
import { organisationCodeCheckChar } from '../../src/rules/identity.ts';
import { replayCases } from '../../src/cases/replay-cases.ts';

// A complete filing: every 证件类型 by its own rule, 住所 and 送达地址 with the confirmation, phone,
// 委托代理人; the case's 案由, 申请执行日期 and the 执行依据's kind with the original court case;
// warnings (never refusals) for the two-year period, a claim that disagrees with the obligations and
// a probable duplicate, which the form can also ask for before it submits.

let app: TestApp;
let judge: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp();
  await buildStaff(app);
  judge = client(app, await login(app, 'judge'));
  admin = client(app, await login(app, 'court-admin'));
});
afterAll(() => app?.close());

const passportDebtor = (extra: Record<string, unknown> = {}) => ({
  kind: 'person',
  name: 'John Smith',
  idType: 'passport',
  idNumber: 'e1234 5678',
  address: '香港特别行政区中西区皇后大道中99号',
  serviceAddress: '广东省江门市蓬江区建设路18号1203室',
  addressConfirmedOn: '2026-11-18',
  phone: '138 0013 8000',
  agents: [{ kind: 'lawyer', name: '李明', licenseNumber: '14407201910123456', firm: '广东江信律师事务所' }],
  ...extra,
});

describe('parties with any identity document, addresses, phone and agents', () => {
  it('files a passport-holding debtor with an agent and shows everything back, the number as validated', async () => {
    const res = await judge.post(
      '/api/v1/cases',
      filingBody({ debtors: [passportDebtor()], cause: '民间借贷纠纷', appliedOn: '2026-11-18' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const c = (await judge.get(`/api/v1/cases/${res.json().id}`)).json();
    expect(c.cause).toBe('民间借贷纠纷');
    expect(c.appliedOn).toBe('2026-11-18');
    expect(c.debtors[0]).toMatchObject({
      kind: 'person',
      name: 'John Smith',
      idType: 'passport',
      idTypeName: '护照',
      idNumber: 'E12345678',
      serviceAddress: '广东省江门市蓬江区建设路18号1203室',
      addressConfirmedOn: '2026-11-18',
      phone: '13800138000',
      agents: [{ kind: 'lawyer', name: '李明', idNumber: null, licenseNumber: '14407201910123456', firm: '广东江信律师事务所' }],
    });
    // A passport says nothing of birth or sex: nothing is made up from it.
    expect(c.debtors[0].birthDate).toBeUndefined();
  });

  it('files organisations by 组织机构代码 and by 注册号, each checked by its own check character', async () => {
    const orgCode = `MA4U0X3K${organisationCodeCheckChar('MA4U0X3K')}`;
    const regNo = `44070310001234${registrationNumberCheckDigit('44070310001234')}`;
    const res = await judge.post(
      '/api/v1/cases',
      filingBody({
        debtors: [
          { kind: 'organization', name: '江门市老城建筑队', idType: 'organisation-code', idNumber: `${orgCode.slice(0, 8)}-${orgCode[8]}` },
          { kind: 'organization', name: '江门市蓬江区兴旺五金店', idType: 'registration-number', idNumber: regNo },
        ],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const c = (await judge.get(`/api/v1/cases/${res.json().id}`)).json();
    expect(c.debtors.map((d: { idType: string; idNumber: string }) => [d.idType, d.idNumber])).toEqual([
      ['organisation-code', orgCode],
      ['registration-number', regNo],
    ]);
  });

  it.each([
    [{ idType: 'passport', idNumber: '12' }, 'debtors[0].idNumber', 'invalid-document-number', '护照号码不正确'],
    [{ idType: 'hk-macao-permit', idNumber: 'X12345678' }, 'debtors[0].idNumber', 'invalid-document-number', '港澳居民来往内地通行证'],
    [{ idType: 'credit-code' }, 'debtors[0].idType', 'unknown-id-type', '不适用于自然人'],
    [{ phone: '12345' }, 'debtors[0].phone', 'invalid-phone', '联系电话不正确'],
    [{ agents: [{ kind: 'lawyer', name: '李明' }] }, 'debtors[0].agents[0].licenseNumber', 'validation-failed', '执业证号'],
    [
      { agents: [{ kind: 'lawyer', name: '李明', licenseNumber: '123' }] },
      'debtors[0].agents[0].licenseNumber',
      'invalid-license-number',
      '17 位',
    ],
    [{ serviceAddress: null }, 'debtors[0].serviceAddress', 'validation-failed', '送达地址'],
  ])('refuses %j with a Chinese field error and writes nothing', async (change, field, code, message) => {
    const before = await rowCounts(app);
    const res = await judge.post('/api/v1/cases', filingBody({ debtors: [passportDebtor(change)] }));
    const problem = expectProblem(res, 422, code);
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, code, message: expect.stringContaining(message) }));
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses an unknown 证件类型 through the contract, naming the allowed ones', async () => {
    const res = await judge.post('/api/v1/cases', filingBody({ debtors: [passportDebtor({ idType: 'driving-licence' })] }));
    const problem = expectProblem(res, 422, 'validation-failed');
    expect(JSON.stringify(problem.errors)).toContain('debtors[0].idType');
  });

  it('masks the passport number, the phone and an agent’s ID number for the court administrator', async () => {
    const agentId = newIdNumber();
    const body = filingBody({ debtors: [passportDebtor({ agents: [{ kind: 'other', name: '王芳', idNumber: agentId }] })] });
    const res = await judge.post('/api/v1/cases', body);
    expect(res.statusCode, res.body).toBe(201);
    const seen = (await admin.get(`/api/v1/cases/${res.json().id}`)).json().debtors[0];
    expect(seen.idNumber).toBe('E1*****78');
    expect(seen.phone).toBe('138*****000');
    expect(seen.agents[0].idNumber).toBe(`${agentId.slice(0, 6)}********${agentId.slice(-4)}`);
  });

  it('records every new fact on the filing event, so the audit replays the case without a difference', async () => {
    const res = await judge.post('/api/v1/cases', filingBody({ debtors: [passportDebtor()], cause: '买卖合同纠纷' }));
    expect(res.statusCode, res.body).toBe(201);
    const report = await replayCases(app.db, { courtIds: [app.courts.byCode('粤0703')!.id] });
    expect(report.mismatches).toEqual([]);
    // An address edited behind the application's back is found.
    await app.db
      .updateTable('case_parties')
      .set({ service_address: '别处' })
      .where('case_id', '=', res.json().id)
      .where('role', '=', 'debtor')
      .execute();
    const after = await replayCases(app.db, { courtIds: [app.courts.byCode('粤0703')!.id] });
    expect(after.mismatches).toContainEqual(expect.objectContaining({ caseId: res.json().id, field: 'case_parties.details' }));
  });
});

describe('the enforcement title and the filing’s warnings', () => {
  it('links a court judgment to its original case and court', async () => {
    const res = await judge.post('/api/v1/cases', filingBody());
    const c = (await judge.get(`/api/v1/cases/${res.json().id}`)).json();
    expect(c.title).toMatchObject({
      issuerType: 'court-judgment',
      issuerTypeName: '人民法院判决书',
      originalCase: { caseNumber: '（2026）粤0703民初1234号', court: { code: '粤0703', name: expect.stringContaining('蓬江区') } },
    });
  });

  it('takes an arbitral award by its own number without the court-number warning', async () => {
    const body = filingBody();
    body.title = { ...body.title, documentNumber: '（2025）江仲案字第0312号', issuer: '江门仲裁委员会', issuerType: 'arbitral-award' };
    const res = await judge.post('/api/v1/cases', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toBeUndefined();
    expect((await judge.get(`/api/v1/cases/${res.json().id}`)).json().title).toMatchObject({
      issuerType: 'arbitral-award',
      originalCase: null,
    });
  });

  it('files an application past the two-year period with a hint naming the last day, never a refusal', async () => {
    const body = filingBody({ appliedOn: '2026-11-18' });
    body.title = { ...body.title, effectiveOn: '2024-01-05', performanceDeadline: '2024-01-15' };
    const res = await judge.post('/api/v1/cases', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toContainEqual(
      expect.objectContaining({ field: 'appliedOn', code: 'application-period-passed', message: expect.stringContaining('2026-01-15') }),
    );
  });

  it('states the difference between the claim and the money obligations', async () => {
    const res = await judge.post('/api/v1/cases', filingBody({ claimAmount: '125000.50' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toContainEqual(
      expect.objectContaining({ code: 'claim-differs-from-obligations', message: expect.stringContaining('多 5000.50 元') }),
    );
  });

  it('refuses an application date after the filing date', async () => {
    expectProblem(await judge.post('/api/v1/cases', filingBody({ appliedOn: '2026-11-21' })), 422, 'applied-after-filed');
  });
});

describe('a probable duplicate filing', () => {
  const debtor = () => ({
    kind: 'organization',
    name: '江门市恒泰建材有限公司',
    creditCode: newCreditCode(),
    legalRepresentative: '梁国强',
  });

  it('is found before filing by the title number in any spelling and a shared party, and warned of after', async () => {
    const d = debtor();
    const body = filingBody({ debtors: [d] });
    body.title = { ...body.title, documentNumber: '（2026）粤0703民初8801号' };
    const first = await judge.post('/api/v1/cases', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().warnings).toBeUndefined();

    const ask = (number: string, ids: string) =>
      judge.get(`/api/v1/cases/duplicates?court=${enc('粤0703')}&documentNumber=${enc(number)}&identities=${enc(ids)}`);
    const found = await ask('(2026)粤0703民初８８０１号', `${newIdNumber()},${d.creditCode.toLowerCase()}`);
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items).toEqual([
      expect.objectContaining({ id: first.json().id, caseNumber: first.json().caseNumber, statusName: '已立案' }),
    ]);
    // Another debtor on the same title is not a duplicate; nor is another title.
    expect((await ask('（2026）粤0703民初8801号', newCreditCode())).json().items).toEqual([]);
    expect((await ask('（2026）粤0703民初8802号', d.creditCode)).json().items).toEqual([]);

    const second = await judge.post('/api/v1/cases', { ...body, applicants: [{ kind: 'person', name: '何伟', idNumber: newIdNumber() }] });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().warnings).toContainEqual(
      expect.objectContaining({ code: 'probable-duplicate', message: expect.stringContaining(first.json().caseNumber) }),
    );
    // Read in the statement that numbers the case: every earlier case, never the new one.
    const third = await judge.post('/api/v1/cases', body);
    expect(third.statusCode, third.body).toBe(201);
    const warning = third.json().warnings.find((w: { code: string }) => w.code === 'probable-duplicate');
    for (const earlier of [first, second]) expect(warning.message).toContain(`${earlier.json().caseNumber}（已立案）`);
    expect(warning.message).not.toContain(third.json().caseNumber);
  });

  it('is asked only within the user’s courts', async () => {
    const res = await judge.get(`/api/v1/cases/duplicates?court=${enc('粤0781')}&documentNumber=${enc('（2026）粤0703民初1号')}`);
    expectProblem(res, 403, 'court-out-of-scope');
  });
});
