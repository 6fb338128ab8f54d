import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { findUserByUsername } from '../access/access.repo.ts';
import { weekday, type LocalDate } from '../shared/dates.ts';
import type { DemoCase } from './caseload.ts';
import { DEMO_COURT } from './demo-courts.ts';
import { moment, planHandling, type HandlingStep } from './handling-plan.ts';
import { rngOf } from './names.ts';
import { planDisposal } from './disposal-plan.ts';
import { planListings } from './credit-plan.ts';
import { runHandling, type HandlingCount } from './run-handling.ts';
import { caseIdsByNumber } from './demo.repo.ts';

// The handling stage of the demo: after the caseload's history, the officers' work on its running
// cases (handling-plan.ts), run through the use cases (run-handling.ts). Later stages of case
// handling add their steps in `laterStages` below.

/** The court whose cases seal flats the home court sealed first (the demo's 台山 judge). */
export const OTHER_COURT = '粤0781';

/** How many running cases are handled: enough to fill every screen, few enough to start quickly. */
export const handlingLimit = (count: number) => Math.max(12, Math.round(count * 0.015));

export type HandlingInput = { cases: readonly DemoCase[]; partyCase: number | null; today: LocalDate; count: number };

export function demoHandlingPlan(ctx: Pick<AppContext, 'calendar'>, input: HandlingInput): HandlingStep[] {
  const isWorkday = (d: LocalDate) => {
    const r = ctx.calendar.isWorkday(d);
    return r.ok ? r.value : weekday(d) !== 0 && weekday(d) !== 6;
  };
  const steps = planHandling(input.cases, {
    today: input.today,
    isWorkday,
    partyCase: input.partyCase,
    homeCourt: DEMO_COURT,
    otherCourt: OTHER_COURT,
    limit: handlingLimit(input.count),
    judgeOf: (court) => (court === DEMO_COURT ? 'judge' : court === OTHER_COURT ? 'taishan' : null),
  });
  return [...steps, ...laterStages(input, steps, isWorkday)];
}

/**
 * The stages of handling built after this one add their planned steps here, from the earlier
 * steps: the disposal of what was sealed or seized (disposal-plan.ts: reference price, auction
 * rounds, 以物抵债, 变卖) and the dishonest list (credit-plan.ts), each a `HandlingStep` kind run by
 * run-handling.ts at its moment.
 */
export function laterStages(input: HandlingInput, earlier: readonly HandlingStep[], isWorkday: (d: LocalDate) => boolean): HandlingStep[] {
  const courtOf = (index: number) => input.cases[index]?.courtCode ?? '';
  const o = { today: input.today, isWorkday, homeCourt: DEMO_COURT, courtOf };
  const approvals = planSanctionApprovals(earlier, o);
  return [...approvals, ...planDisposal(earlier, o), ...planListings([...earlier, ...approvals], o)];
}

/**
 * The 院长's approval of the home court's sanctions (民事诉讼法(2023) 第119条), a court day or two
 * after the request; the latest still waits in the 院长's inbox (待院长审批), as does another
 * court's, which has no demo 院长.
 */
function planSanctionApprovals(earlier: readonly HandlingStep[], o: Parameters<typeof planDisposal>[1]): HandlingStep[] {
  const rnd = rngOf(20261206);
  const asked = earlier.filter((s) => s.kind === 'sanction' && o.courtOf(s.case) === o.homeCourt);
  return asked.slice(0, -1).flatMap((s) => {
    const at = moment(rnd, o, s.at, 1, 2);
    return at ? [{ kind: 'approve-sanction' as const, at, case: s.case, by: 'president' }] : [];
  });
}

export async function seedHandling(ctx: AppContext, input: HandlingInput): Promise<HandlingCount> {
  const steps = demoHandlingPlan(ctx, input).sort((a, b) => (a.at.on === b.at.on ? a.at.minute - b.at.minute : a.at.on < b.at.on ? -1 : 1));
  const ids = await caseIdsByNumber(
    ctx.db,
    input.cases.map((c) => c.caseNumber),
  );
  const caseIds = new Map(input.cases.map((c) => [c.index, ids.get(c.caseNumber)!]));
  const principals = new Map<string, Principal>();
  for (const username of ['judge', 'enforcer', 'clerk', 'head', 'president', 'taishan', 'party']) {
    const u = await findUserByUsername(ctx.db, username);
    if (!u) continue;
    principals.set(username, {
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      courtId: u.courtId,
      scope: u.scope,
      partyIdentity: u.partyIdentity,
      courtIds: [u.courtId],
    });
  }
  const principal = (username: string) => {
    const p = principals.get(username);
    if (!p) throw new Error(`demo handling: no demo user ${username}`);
    return p;
  };
  const team = (court: string) =>
    court === DEMO_COURT ? ['judge', 'enforcer'].flatMap((u) => (principals.has(u) ? [principals.get(u)!.userId] : [])) : [];
  return runHandling(ctx, input.cases, steps, { principal, team }, caseIds);
}
