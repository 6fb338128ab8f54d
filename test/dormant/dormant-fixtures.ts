import { sql } from 'kysely';
import { lockCase } from '../../src/cases/cases.repo.ts';
import { writeClosure } from '../../src/cases/case-steps.ts';
import { transact } from '../../src/db/transaction.ts';
import { success } from '../../src/shared/result.ts';
import type { LocalDate } from '../../src/shared/dates.ts';
import type { AppContext } from '../../src/platform/context.ts';
import { aPerson, buildCase, type CaseSpec, type PartySpec } from '../support/builders/cases.builder.ts';
import { holdingsOf } from '../searches/search-fixtures.ts';
import { institutions } from '../../src/institutions/directory.ts';
import type { TestApp } from '../support/test-app.ts';

// Cases in the 终本案件库 for the dormant tests: filed, started and closed as 终本 through
// writeClosure — the one place a closure is written, where the pool's entry hooks in — on a given
// day. (The closure gate of change-case.ts checks the case's facts before it; these tests are about
// what follows a closure, so they write it as the gate's approval would.)

export async function closeAsDormant(app: AppContext, caseId: string, closedOn: string): Promise<void> {
  const r = await transact(app, async (tx) => {
    const c = (await lockCase(tx, caseId))!;
    await writeClosure(tx, app, { id: null, name: '测试法官' }, c, {
      mode: 'current-procedure-terminated',
      closedOn: closedOn as LocalDate,
      reason: '经穷尽财产调查措施，未发现可供执行的财产',
    });
    return success(null);
  });
  if (!r.ok) throw new Error(r.code);
}

export async function dormantCase(
  app: TestApp,
  o: { filedOn: string; closedOn: string; debtor?: PartySpec; claimAmount?: string; court?: string } & Omit<CaseSpec, 'status'>,
) {
  const c = await buildCase(app, { ...o, status: 'in-progress' });
  await closeAsDormant(app, c.id, o.closedOn);
  return c;
}

const everywhere = institutions.map((i) => i.code);
const identityOf = (p: PartySpec) => (p.kind === 'person' ? p.idNumber : p.creditCode);

/** A person the sandbox network holds nothing for (or something, `holding: true`). */
export function aDebtor(holding: boolean, name = '梁国强'): PartySpec {
  for (;;) {
    const p = aPerson(name);
    const held = holdingsOf({ name: p.name, kind: 'person', identity: identityOf(p) }, everywhere).length > 0;
    if (held === holding) return p;
  }
}

export const countOf = async (app: TestApp, text: string) =>
  Number((await sql<{ n: string }>`${sql.raw(`select count(*) as n from (${text}) x`)}`.execute(app.db)).rows[0]!.n);
