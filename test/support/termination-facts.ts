import type { LightMyRequestResponse } from 'fastify';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { deliverDue } from '../../src/outbox/deliver.ts';
import { sandboxNetworkInstitutions } from '../../src/institutions/sandbox/network.ts';
import { sandboxConnector } from '../../src/outbox/sandbox-connector.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { login, type TestApp } from './test-app.ts';

// The facts a 终本 closure needs (src/termination, ADR 0212), each recorded through the real API the
// way an officer records it, so that a test can then close a case as 终结本次执行程序. A test of the
// gate leaves one out (`skip`) and expects exactly that condition unmet.

export const terminationFacts = [
  'enforcement-notice',
  'asset-report-order',
  'asset-report',
  'consumption-restriction',
  'dishonest-listing',
  'online-search',
  'onsite',
  'interview',
] as const;
export type TerminationFact = (typeof terminationFacts)[number];

/** A filing far enough back for 终本: filed 2026-08-20, three months over by 2026-11-21 (the test clock's today is 2026-11-26). */
export const terminableFiling = {
  filedOn: '2026-08-20',
  title: {
    documentNumber: '（2026）粤0703民初1234号',
    issuer: '广东省江门市蓬江区人民法院',
    effectiveOn: '2026-07-01',
    performanceDeadline: '2026-07-11',
    obligations: [{ kind: 'money', amount: '120000.00', description: '借款合同纠纷：给付借款本金' }],
  },
};

type Auth = { authorization: string };
type Staff = { judge: string; clerk: string; enforcer: string; president: string };

const demoStaff: Staff = { judge: 'judge', clerk: 'clerk', enforcer: 'enforcer', president: 'president' };

/** The officers who record the facts: the demo court's, or for another court a staff made for it once (through createUser). */
async function staffOf(app: TestApp, court: string): Promise<Staff> {
  if (court === '粤0703') return demoStaff;
  const tag = court.replace(/\D/g, '');
  const staff: Staff = {
    judge: `tf-judge-${tag}`,
    clerk: `tf-clerk-${tag}`,
    enforcer: `tf-enforcer-${tag}`,
    president: `tf-president-${tag}`,
  };
  for (const [role, username] of Object.entries(staff) as [keyof Staff, string][]) {
    const r = await createUser(app, systemPrincipal(app, '测试数据'), {
      username,
      displayName: `${court}${role}`,
      role,
      courtCode: court,
      scope: 'court',
      password: DEMO_PASSWORD,
    });
    if (!r.ok && r.code !== 'duplicate-username') throw new Error(`staffOf ${court}: ${r.code} ${r.detail ?? ''}`);
  }
  return staff;
}

function getter(app: TestApp, auth: Auth) {
  return async <T>(url: string): Promise<T> => (await app.server.inject({ method: 'GET', url, headers: auth })).json<T>();
}

function poster(app: TestApp, auth: Auth) {
  return async (url: string, payload: Record<string, unknown> = {}) => {
    const res: LightMyRequestResponse = await app.server.inject({ method: 'POST', url, headers: auth, payload });
    if (res.statusCode >= 300) throw new Error(`recordTerminationFacts: POST ${url} → ${res.statusCode} ${res.body}`);
    return res.json<Record<string, unknown>>();
  };
}

type Party = { id: string; name: string; kind: string; legalRepresentative?: string | null };

/**
 * Records every fact of the gate on an in-progress case, dated the app clock's today, except those
 * in `skip`: notices served, the report made and verified, restriction and listing of every debtor
 * (approved by the 院长), an online search answered by the sandbox network, an on-site record and
 * the applicant's interview (agreeing to 终本 unless `agrees: false`).
 */
export async function recordTerminationFacts(
  app: TestApp,
  caseId: string,
  opts: { skip?: readonly TerminationFact[]; agrees?: boolean } = {},
): Promise<void> {
  const has = (f: TerminationFact) => !opts.skip?.includes(f);
  const today = app.clock.today();
  const court = (
    await app.db
      .selectFrom('cases')
      .innerJoin('courts', 'courts.id', 'cases.court_id')
      .select('courts.code')
      .where('cases.id', '=', caseId)
      .executeTakeFirstOrThrow()
  ).code;
  const staff = await staffOf(app, court);
  const judgeAuth = await login(app, staff.judge);
  const judge = poster(app, judgeAuth);
  const get = getter(app, judgeAuth);
  const clerk = poster(app, await login(app, staff.clerk));
  const president = poster(app, await login(app, staff.president));
  const detail = (await app.server.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: judgeAuth })).json<{
    applicants: Party[];
    debtors: Party[];
  }>();
  const { debtors } = detail;
  const applicant = detail.applicants[0]!;

  if (has('enforcement-notice') || has('asset-report-order') || has('asset-report')) {
    // A case whose notices were issued already keeps them (the route answers 409 first-notices-issued).
    type Doc = { id: string; kind: string; services?: unknown[] };
    const issued = await app.server.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/first-notices`,
      headers: judgeAuth,
      payload: {},
    });
    const docs: Doc[] =
      issued.statusCode === 201
        ? issued.json<{ items: Doc[] }>().items
        : (await get<{ items: Doc[] }>(`/api/v1/cases/${caseId}/documents`)).items;
    const serve = (id: string) =>
      clerk(`/api/v1/documents/${id}/services`, { method: 'direct', servedOn: today, recipient: debtors[0]!.name });
    if (has('enforcement-notice')) await serve(docs.find((d) => d.kind === 'enforcement-notice')!.id);
    const orderId = docs.find((d) => d.kind === 'asset-report-order')!.id;
    // Without the order served there is no report to make or verify.
    if (has('asset-report-order')) await serve(orderId);
    if (has('asset-report-order') && has('asset-report')) {
      const item = { kind: 'deposit', identifier: '6222 0201 0000 9876', description: '活期存款（余额不足百元）', value: '56.00' };
      const report = await clerk(`/api/v1/cases/${caseId}/asset-reports`, { orderId, reportedOn: today, items: [item] });
      await clerk(`/api/v1/asset-reports/${String(report.id)}/verification`, { verifiedOn: today, outcome: 'consistent' });
    }
  }
  if (has('online-search')) {
    await judge(`/api/v1/cases/${caseId}/asset-searches`);
    const members = sandboxNetworkInstitutions({ latencyMs: 0, faultRate: 0 });
    const registry = connectorRegistry(members.map((m) => sandboxConnector(m.sandbox, { kinds: ['asset-search'], concurrency: 8 })));
    const policy = {
      leaseMs: 60_000,
      attemptTimeoutMs: 2_000,
      backoff: { baseMs: 1_000, capMs: 60_000 },
      answerWindowMs: 3_600_000,
      random: () => 0.5,
    };
    await deliverDue(app, registry, { worker: 'termination-facts', limit: 500, policy });
  }
  type Decision = { debtorPartyId: string; status: string };
  const restrictions = (await get<{ items: Decision[] }>(`/api/v1/cases/${caseId}/consumption-restrictions`)).items;
  const listings = (await get<{ items: Decision[] }>(`/api/v1/cases/${caseId}/dishonest-listings`)).items;
  const inForce = (items: Decision[], d: Party, states: string[]) =>
    items.some((x) => x.debtorPartyId === d.id && states.includes(x.status));
  for (const d of debtors) {
    if (has('consumption-restriction') && !inForce(restrictions, d, ['ordered'])) {
      const persons =
        d.kind === 'organization' && d.legalRepresentative ? [{ role: 'legal-representative', name: d.legalRepresentative }] : undefined;
      const r = await judge(`/api/v1/cases/${caseId}/consumption-restrictions`, {
        debtorPartyId: d.id,
        orderedOn: today,
        ...(persons ? { persons } : {}),
      });
      await president(`/api/v1/approvals/${String(r.approvalId)}/approve`, { opinion: '同意' });
    }
    if (has('dishonest-listing') && !inForce(listings, d, ['decided', 'published'])) {
      // A month's grace: decided, not yet published, so that publication restricts no one by itself.
      const l = await judge(`/api/v1/cases/${caseId}/dishonest-listings`, {
        debtorPartyId: d.id,
        ground: 1,
        decidedOn: today,
        graceMonths: 1,
      });
      await president(`/api/v1/approvals/${String(l.approvalId)}/approve`, { opinion: '同意纳入' });
    }
  }
  if (has('onsite')) {
    const officers = await Promise.all([staff.judge, staff.enforcer].map((u) => officerId(app, u)));
    await poster(app, await login(app, staff.enforcer))(`/api/v1/cases/${caseId}/onsite-records`, {
      startedAt: `${today}T00:10:00+08:00`,
      endedAt: `${today}T00:40:00+08:00`,
      place: '被执行人住所地',
      actions: '到被执行人住所地调查，未发现可供执行的财产',
      team: officers,
    });
  }
  if (has('interview')) {
    await judge(`/api/v1/cases/${caseId}/applicant-interviews`, {
      interviewedOn: today,
      method: 'in-person',
      applicantPartyId: applicant.id,
      applicantView: '知悉被执行人暂无可供执行的财产，同意终结本次执行程序，发现财产后申请恢复执行',
      agreesToTermination: opts.agrees ?? true,
    });
  }
}

async function officerId(app: TestApp, username: string): Promise<string> {
  const r = await app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  return r.id;
}
