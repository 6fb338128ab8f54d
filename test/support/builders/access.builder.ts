import { createUser } from '../../../src/access/create-user.ts';
import { systemPrincipal } from '../../../src/access/system-principal.ts';
import { DEMO_PASSWORD, demoUsers } from '../../../src/demo/seed.ts';
import type { TestApp } from '../test-app.ts';
import { buildCase } from './cases.builder.ts';

// Accounts for a test, made through the same use case (and checks) as an administrator's.

/** The staff of the demo courts (judge, enforcer, clerk, head, coordinator, taishan, court-admin, public), password zhixing-demo. */
export async function buildStaff(app: TestApp): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const u of demoUsers('', '').filter((d) => d.role !== 'party')) {
    const { partyIdentity: _none, ...fields } = u;
    const r = await createUser(app, systemPrincipal(app, '测试数据'), { ...fields, password: DEMO_PASSWORD });
    if (!r.ok) throw new Error(`buildStaff ${u.username}: ${r.code} ${r.detail ?? ''}`);
    ids[u.username] = r.value.id;
  }
  return ids;
}

/**
 * A party account (username `party` unless given), bound on evidence: a case of the court is filed
 * first with this person as applicant. Returns the account's id and its case.
 */
export async function buildPartyAccount(
  app: TestApp,
  opts: { username?: string; name?: string; idNumber: string; court?: string },
): Promise<{ userId: string; caseId: string; caseNumber: string }> {
  const court = opts.court ?? '粤0703';
  const filed = await buildCase(app, { court, applicant: { kind: 'person', name: opts.name ?? '陈小红', idNumber: opts.idNumber } });
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username: opts.username ?? 'party',
    displayName: `${opts.name ?? '陈小红'}（申请执行人）`,
    role: 'party',
    courtCode: court,
    scope: 'court',
    partyIdentity: opts.idNumber,
    password: DEMO_PASSWORD,
  });
  if (!r.ok) throw new Error(`buildPartyAccount: ${r.code} ${r.detail ?? ''}`);
  return { userId: r.value.id, caseId: filed.id, caseNumber: filed.caseNumber };
}
