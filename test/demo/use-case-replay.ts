import type { AppContext } from '../../src/platform/context.ts';
import type { Clock } from '../../src/platform/clock.ts';
import type { Principal } from '../../src/access/access.types.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { fileDraft } from '../../src/cases/file-case.ts';
import { assignOfficer, recordPastClosure, transitionCase } from '../../src/cases/change-case.ts';
import { resumeCase } from '../../src/cases/resume-case.ts';
import { decideApproval } from '../../src/approvals/decide-approval.ts';
import { formatYuan } from '../../src/shared/money.ts';
import { isoInstant, localDateAt, toInstant, yearOf, type LocalDate } from '../../src/shared/dates.ts';
import type { Result } from '../../src/shared/result.ts';
import { DEMO_COURT, DEMO_PASSWORD, demoCaseload, demoUsers } from '../../src/demo/seed.ts';
import { actsInOrder, instantOf } from '../../src/demo/write-caseload.ts';

// The demo's caseload the slow way: every step through the use case a clerk, officer or bureau
// head calls, with the clock set to the step's moment. What the seed writes in batches must be
// exactly what this writes.

/** A clock the test moves: set `at` before each call. */
export function movableClock(iso: string): Clock & { at: Date } {
  const c = {
    at: toInstant(iso),
    now: () => toInstant(isoInstant(c.at)),
    today: () => localDateAt(c.at),
  };
  return c;
}

export async function replayThroughUseCases(ctx: AppContext, clock: { at: Date }, count: number, today: LocalDate): Promise<void> {
  const cases = demoCaseload(ctx, count, today);
  const persons = cases.filter((c) => c.applicants[0]!.kind === 'person' && c.resumedFrom === null);
  const open = persons.filter((c) => !c.steps.some((s) => s.kind === 'close'));
  const home = (list: typeof persons) => list.find((c) => c.courtCode === DEMO_COURT);
  const partyCase = home(open) ?? home(persons) ?? open[0] ?? persons[0]!;
  const applicant = partyCase.applicants[0]! as { name: string; idNumber: string };
  const users = demoUsers(applicant.idNumber, applicant.name);
  const system = systemPrincipal(ctx, '系统（演示数据）');
  const back = clock.at;
  clock.at = instantOf({ on: `${yearOf(today) - 1}-01-02` as LocalDate, minute: 480 });
  for (const u of users.filter((u) => u.role !== 'party')) must(await createUser(ctx, system, { ...u, password: DEMO_PASSWORD }));
  const rows = await ctx.db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'court_id', 'scope']).execute();
  const principal = (username: string | null): Principal => {
    const u = rows.find((r) => r.username === username);
    if (!u) return system;
    const courtIds = u.scope === 'subtree' ? ctx.courts.subtreeIds(u.court_id) : [u.court_id];
    return {
      userId: u.id,
      username: u.username,
      displayName: u.display_name,
      role: u.role,
      courtId: u.court_id,
      scope: u.scope,
      partyIdentity: null,
      courtIds,
    } as Principal;
  };
  const ids = new Map<number, string>();
  for (const { c, step } of actsInOrder(cases)) {
    clock.at = instantOf(step ? step.at : c.filedAt);
    const id = ids.get(c.index)!;
    if (!step) {
      const draft = {
        courtCode: c.courtCode,
        type: c.type,
        filedOn: c.filedAt.on,
        claimAmount: c.claimAmount,
        cause: c.cause,
        appliedOn: c.filedAt.on,
        title: c.title,
        applicants: c.applicants,
        debtors: c.debtors,
        thirdParties: c.thirdParties,
        officerId: null,
      };
      ids.set(c.index, must(await fileDraft(ctx, principal(c.filedBy), draft)).id);
      continue;
    }
    const who = principal(step.by);
    if (step.kind === 'assign') must(await assignOfficer(ctx, who, id, rows.find((r) => r.username === step.officer)!.id));
    else if (step.kind === 'close')
      must(await recordPastClosure(ctx, who, id, { mode: step.mode, closedOn: step.at.on, reason: step.reason }));
    else if (step.kind === 'resume') {
      const next = cases[step.resumption]!;
      ids.set(
        next.index,
        must(await resumeCase(ctx, who, id, { filedOn: step.at.on, claimAmount: formatYuan(next.claimAmount), reason: step.reason })).id,
      );
    } else if (step.kind === 'decide') {
      const pending = await ctx.db
        .selectFrom('approval_requests')
        .select('id')
        .where('case_id', '=', id)
        .where('state', '=', 'pending')
        .executeTakeFirstOrThrow();
      must(await decideApproval(ctx, who, pending.id, { decision: 'approve', opinion: step.opinion }));
    } else if (step.kind === 'defer') must(await transitionCase(ctx, who, id, 'defer', { reason: step.reason, until: step.until }));
    else must(await transitionCase(ctx, who, id, step.kind, step.kind === 'start' ? {} : { reason: step.reason }));
  }
  clock.at = back;
  const party = users.find((u) => u.role === 'party')!;
  must(await createUser(ctx, system, { ...party, password: DEMO_PASSWORD }));
}

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`use case refused a demo step: ${r.code} ${r.detail ?? ''}`);
  return r.value;
}
