import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, newCreditCode, newIdNumber, rowCounts } from './fixtures.ts';

// 执行立案 through POST /api/v1/cases: the happy path, and every refusal leaving nothing behind.

let app: TestApp;
let judgeAuth: { authorization: string };
let judge: ReturnType<typeof client>;
const officers: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp();
  await buildStaff(app);
  judgeAuth = await login(app, 'judge');
  judge = client(app, judgeAuth);
  const users = await app.db.selectFrom('users').select(['id', 'username']).execute();
  for (const u of users) officers[u.username] = u.id;
});
afterAll(() => app?.close());

// What a party filed with its name and number alone has besides: nothing on record.
const noContact = { address: null, serviceAddress: null, addressConfirmedOn: null, phone: null, agents: [] };

describe('filing a case', () => {
  it('answers a court 执行依据 number without warnings, and warns (never refuses) on an arbitral award number', async () => {
    const plain = await judge.post('/api/v1/cases', filingBody());
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json().warnings).toBeUndefined();

    const award = filingBody();
    award.title = { ...award.title, documentNumber: '（2024）江仲案字第1086号', issuer: '江门仲裁委员会' };
    const res = await judge.post('/api/v1/cases', award);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toEqual([expect.objectContaining({ field: 'title.documentNumber', code: 'title-not-court-case-number' })]);
  });

  it('warns that a 执行依据 number carries a former court code, naming its successor', async () => {
    const body = filingBody();
    body.title = { ...body.title, documentNumber: '（2016）陕0125民初321号', issuer: '户县人民法院' };
    const res = await judge.post('/api/v1/cases', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().warnings).toEqual([
      expect.objectContaining({ code: 'title-former-court-code', message: expect.stringContaining('陕0118') }),
    ]);
  });

  it('files a case, gives it the next case number of the court and shows it back with its title and parties', async () => {
    const body = filingBody();
    const res = await judge.post('/api/v1/cases', body);
    expect(res.statusCode, res.body).toBe(201);
    const filed = res.json();
    expect(filed.caseNumber).toMatch(/^（2026）粤0703执\d+号$/);
    expect(filed.status).toBe('filed');
    expect(filed.id).toMatch(/^[0-9a-f-]{36}$/);

    const got = await judge.get(`/api/v1/cases/${filed.id}`);
    expect(got.statusCode).toBe(200);
    const c = got.json();
    expect(c).toMatchObject({
      id: filed.id,
      caseNumber: filed.caseNumber,
      court: { code: '粤0703', name: '广东省江门市蓬江区人民法院' },
      type: 'first',
      typeCode: '执',
      status: 'filed',
      filedOn: '2026-11-20',
      claimAmount: '120000.00',
      closure: null,
      resumedFrom: null,
      version: 1,
      title: {
        documentNumber: '（2026）粤0703民初1234号',
        effectiveOn: '2026-10-09',
        performanceDeadline: '2026-10-19',
        obligations: [{ kind: 'money', amount: '120000.00', description: '借款合同纠纷：给付借款本金' }],
      },
    });
    const idNumber = (body.applicants[0] as { idNumber: string }).idNumber;
    const creditCode = (body.debtors[0] as { creditCode: string }).creditCode;
    // Each identity comes back with what the number itself says (GB 11643, GB 32100).
    expect(c.applicants).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/), // every party has its id (money is paid to a named party)
        role: 'applicant',
        kind: 'person',
        name: '陈小红',
        idType: 'resident-id',
        idTypeName: '居民身份证',
        ...noContact,
        idNumber,
        birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
        sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
        regionCode: idNumber.slice(0, 6),
      },
    ]);
    expect(c.debtors).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        role: 'debtor',
        kind: 'organization',
        name: '江门市恒泰建材有限公司',
        idType: 'credit-code',
        idTypeName: '统一社会信用代码',
        ...noContact,
        creditCode,
        legalRepresentative: '梁国强',
        registrationAuthority: '工商（市场监管）',
        organisationType: '企业',
        regionCode: creditCode.slice(2, 8),
      },
    ]);
  });

  it('files a case with its officer named', async () => {
    const res = await judge.post('/api/v1/cases', filingBody({ officerId: officers.enforcer }));
    expect(res.statusCode, res.body).toBe(201);
    expect((await judge.get(`/api/v1/cases/${res.json().id}`)).json().officer).toEqual({ id: officers.enforcer, name: '李强（执行员）' });
  });

  it('keeps money exact to the fen: 0.10 yuan and 9999999.99 yuan come back as written', async () => {
    for (const amount of ['0.10', '9999999.99', '7']) {
      const res = await judge.post('/api/v1/cases', filingBody({ claimAmount: amount }));
      expect(res.statusCode, res.body).toBe(201);
      const c = (await judge.get(`/api/v1/cases/${res.json().id}`)).json();
      expect(c.claimAmount).toBe(amount === '7' ? '7.00' : amount);
    }
  });

  it('numbers consecutive filings of one court consecutively', async () => {
    const a = (await judge.post('/api/v1/cases', filingBody())).json().caseNumber as string;
    const b = (await judge.post('/api/v1/cases', filingBody())).json().caseNumber as string;
    const serial = (n: string) => Number(/执(\d+)号$/.exec(n)![1]);
    expect(serial(b)).toBe(serial(a) + 1);
  });

  it('records the filing in the case timeline with the clerk who filed it', async () => {
    const clerk = client(app, await login(app, 'clerk'));
    const filed = (await clerk.post('/api/v1/cases', filingBody())).json();
    const timeline = (await clerk.get(`/api/v1/cases/${filed.id}/timeline`)).json();
    expect(timeline.items).toHaveLength(1);
    expect(timeline.items[0]).toMatchObject({ action: 'case.filed', actor: '王芳（书记员）' });
    expect(timeline.items[0].changes).toMatchObject({ caseNumber: filed.caseNumber, claimAmountFen: '12000000' });
  });
});

describe('refusing a bad filing, with nothing written', () => {
  const person = (idNumber: string) => [{ kind: 'person', name: '李四', idNumber }];
  const title = (t: Record<string, unknown>) => ({ ...filingBody().title, ...t });

  // Refused by the contract (422 validation-failed, naming the field and its code) or by the filing's own checks.
  const cases: [string, () => Record<string, unknown>, number, string, [string, string]?][] = [
    [
      'an ID number with a wrong check digit',
      () => filingBody({ debtors: person(badCheckDigit(newIdNumber())) }),
      422,
      'invalid-id-number',
    ],
    ['an ID number of 17 digits', () => filingBody({ applicants: person(newIdNumber().slice(0, 17)) }), 422, 'invalid-id-number'],
    [
      'a credit code with a wrong check character',
      () => filingBody({ debtors: [{ kind: 'organization', name: '某公司', creditCode: badCheckDigit(newCreditCode()) }] }),
      422,
      'invalid-credit-code',
    ],
    ['a court code that names no court', () => filingBody({ courtCode: '粤0799' }), 422, 'unknown-court'],
    ['a negative claim', () => filingBody({ claimAmount: '-1.00' }), 422, 'validation-failed', ['claimAmount', 'invalid-money']],
    [
      'a claim with three decimals',
      () => filingBody({ claimAmount: '100.005' }),
      422,
      'validation-failed',
      ['claimAmount', 'invalid-money'],
    ],
    ['a claim that is not a number', () => filingBody({ claimAmount: 'abc' }), 422, 'validation-failed', ['claimAmount', 'invalid-money']],
    ['a claim as a JSON number', () => filingBody({ claimAmount: 1000 }), 422, 'validation-failed', ['claimAmount', 'wrong-type']],
    [
      'a performance deadline before the title took effect',
      () => filingBody({ title: title({ effectiveOn: '2026-10-09', performanceDeadline: '2026-10-08' }) }),
      422,
      'performance-deadline-before-effective',
    ],
    ['a filing date after today', () => filingBody({ filedOn: '2026-11-27' }), 422, 'date-in-future'],
    ['a filing date before the title took effect', () => filingBody({ filedOn: '2026-10-01' }), 422, 'filed-before-effective'],
    [
      'a filing date that does not exist',
      () => filingBody({ filedOn: '2026-02-30' }),
      422,
      'validation-failed',
      ['filedOn', 'invalid-date-value'],
    ],
    ['no debtor at all', () => filingBody({ debtors: [] }), 422, 'party-required'],
    ['no applicant at all', () => filingBody({ applicants: [] }), 422, 'party-required'],
    ['a title without obligations', () => filingBody({ title: title({ obligations: [] }) }), 422, 'obligation-required'],
    ['a body without the debtors field', () => withoutField(filingBody(), 'debtors'), 422, 'validation-failed', ['debtors', 'required']],
    ['a body without a title', () => withoutField(filingBody(), 'title'), 422, 'validation-failed', ['title', 'required']],
    ['an unknown case type', () => filingBody({ type: 'appeal' }), 422, 'validation-failed', ['type', 'not-allowed']],
    [
      'a party of an unknown kind',
      () => filingBody({ debtors: [{ kind: 'robot', name: 'R2' }] }),
      422,
      'validation-failed',
      ['debtors[0].kind', 'not-allowed'],
    ],
    ['a field the contract does not name', () => filingBody({ priority: 'high' }), 422, 'validation-failed', ['priority', 'unknown-field']],
  ];

  it.each(cases)('refuses %s (%i %s) and writes nothing', async (_what, body, status, code, field) => {
    const before = await rowCounts(app);
    const res = await judge.post('/api/v1/cases', body());
    const problem = expectProblem(res, status, code);
    expect(problem.type).toBe(`urn:zhixing:problem:${code}`);
    expect(problem.instance).toBe('/api/v1/cases');
    if (field) expect(problem.errors).toContainEqual(expect.objectContaining({ field: field[0], code: field[1] }));
    expect(await rowCounts(app)).toEqual(before);
  });

  it('refuses a filing naming an officer id that is not an id (422 validation-failed) and writes nothing', async () => {
    const before = await rowCounts(app);
    const problem = expectProblem(await judge.post('/api/v1/cases', filingBody({ officerId: 'zhang' })), 422, 'validation-failed');
    expect(problem.errors).toEqual([{ field: 'officerId', code: 'invalid-uuid', message: '承办人须为有效的编号（UUID）' }]);
    expect(await rowCounts(app)).toEqual(before);
  });

  it.each([
    ['an officer of another court', () => officers.taishan!],
    ['a clerk as officer', () => officers.clerk!],
  ])('refuses a filing naming %s (422 officer-invalid) and writes nothing', async (_what, officerId) => {
    const before = await rowCounts(app);
    expectProblem(await judge.post('/api/v1/cases', filingBody({ officerId: officerId() })), 422, 'officer-invalid');
    expect(await rowCounts(app)).toEqual(before);
  });

  it('names every wrong field of a filing, not only the first, in Chinese', async () => {
    const res = await judge.post('/api/v1/cases', filingBody({ claimAmount: 'abc', debtors: [{ kind: 'person', idNumber: '123' }] }));
    const problem = expectProblem(res, 422, 'validation-failed');
    expect(problem.errors).toEqual([
      { field: 'claimAmount', code: 'invalid-money', message: '申请执行标的须为非负金额，最多两位小数（如 "120000.00"）' },
      { field: 'debtors[0].name', code: 'required', message: '请填写当事人名称' },
    ]);
    expect(problem.detail).toBe('申请执行标的须为非负金额，最多两位小数（如 "120000.00"）；请填写当事人名称');
  });

  it('names every wrong field of the filing’s own checks too', async () => {
    const res = await judge.post('/api/v1/cases', filingBody({ filedOn: '2026-11-27', debtors: person('123') }));
    const problem = expectProblem(res, 422, 'date-in-future');
    const fields = (problem.errors as { field: string; code: string }[]).map((e) => [e.field, e.code]);
    expect(fields).toEqual([
      ['filedOn', 'date-in-future'],
      ['debtors[0].idNumber', 'invalid-id-number'],
    ]);
  });

  it('refuses a body that is not JSON (400 invalid-json) and writes nothing', async () => {
    const before = await rowCounts(app);
    const res = await app.server.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...judgeAuth, 'content-type': 'application/json' },
      payload: '{"courtCode": "粤0703", "filedOn": ',
    });
    expectProblem(res, 400, 'invalid-json');
    expect(await rowCounts(app)).toEqual(before);
  });
});

function badCheckDigit(code: string): string {
  const last = code.at(-1)!;
  return code.slice(0, -1) + (last === '1' ? '2' : '1');
}

function withoutField(body: Record<string, unknown>, field: string): Record<string, unknown> {
  const copy = { ...body };
  delete copy[field];
  return copy;
}
