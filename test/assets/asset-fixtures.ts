import { expect } from 'vitest';
import { sql } from 'kysely';
import { login, type TestApp } from '../support/test-app.ts';
import { client, filingBody } from '../api/fixtures.ts';

// Shared by the assets tests: cases in two courts, assets recorded by hand, seizures ordered.

export type Client = ReturnType<typeof client>;

export const signIn = async (app: TestApp, username: string): Promise<Client> => client(app, await login(app, username));

/** Files a case in 粤0703 (judge) or 粤0781 (taishan) and answers its id and number. */
export async function fileCase(c: Client, overrides: Record<string, unknown> = {}): Promise<{ id: string; caseNumber: string }> {
  const res = await c.post('/api/v1/cases', filingBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function recordAsset(c: Client, caseId: string, body: Record<string, unknown>) {
  const res = await c.post(`/api/v1/cases/${caseId}/assets`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { assetId: string; created: boolean; linked: boolean };
}

export async function seize(c: Client, caseId: string, body: Record<string, unknown>) {
  const res = await c.post(`/api/v1/cases/${caseId}/seizures`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; status: string; rank: number; expiresOn: string | null };
}

export async function timeline(c: Client, caseId: string): Promise<{ action: string; changes: Record<string, unknown> | null }[]> {
  const res = await c.get(`/api/v1/cases/${caseId}/timeline`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

export async function deadlines(c: Client, caseId: string): Promise<Record<string, unknown>[]> {
  const res = await c.get(`/api/v1/cases/${caseId}/deadlines`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

/** Rows of every table the assets context writes, and the events: a refusal must leave them all as they were. */
export async function assetRowCounts(app: TestApp) {
  const r = await sql<Record<string, string>>`select
    (select count(*) from assets) as assets, (select count(*) from case_assets) as links,
    (select count(*) from seizures) as seizures, (select count(*) from case_receipts) as receipts,
    (select count(*) from deadlines) as deadlines, (select count(*) from events) as events,
    (select coalesce(sum(deducted), 0) from seizures) as deducted,
    (select string_agg(id::text || status || coalesce(expires_on::text, ''), ',' order by id) from seizures) as states`.execute(app.db);
  return r.rows[0]!;
}

export const depositBody = (identifier: string, extra: Record<string, unknown> = {}) => ({
  kind: 'deposit',
  identifier,
  institution: '中国工商银行江门分行',
  ...extra,
});
