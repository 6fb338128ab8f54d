import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';

// A seed this small may hold no case of the home court at all; the demo must still come up.
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCases: 5 });
});
afterAll(async () => app?.close());

describe('a case id that is not an id', () => {
  const writes: [string, object][] = [
    ['start', {}],
    ['suspend', { reason: '案外人异议' }],
    ['close', { mode: 'terminated', closedOn: '2026-11-01', reason: '申请执行人撤回申请' }],
    ['resume', { filedOn: '2026-11-01', claimAmount: '1.00', reason: '发现新财产' }],
  ];
  for (const [action, body] of writes) {
    it(`answers 404 case-not-found to ${action} on /cases/abc, not a server error`, async () => {
      const res = await app.server.inject({
        method: 'POST',
        url: `/api/v1/cases/abc/${action}`,
        headers: await login(app, 'judge'),
        payload: body,
      });
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().code).toBe('case-not-found');
    });
  }

  it('answers 404 to reading /cases/abc and its timeline', async () => {
    const headers = await login(app, 'judge');
    for (const url of ['/api/v1/cases/abc', '/api/v1/cases/abc/timeline']) {
      const res = await app.server.inject({ method: 'GET', url, headers });
      expect(res.statusCode).toBe(404);
    }
  });

  it('seeds the demo accounts even when no case belongs to the home court', async () => {
    const party = await app.db.selectFrom('users').select('party_identity').where('username', '=', 'party').executeTakeFirst();
    expect(party?.party_identity).toMatch(/^\d{17}[\dX]$/);
  });
});
