import { addDays, addMonths, compareDates, daysBetween, type LocalDate } from '../shared/dates.ts';
import type { DemoCase, Moment } from './caseload.ts';
import { rngOf, type Rng } from './names.ts';
import type { DisposalAct } from './disposal-plan.ts';
import type { CreditAct } from './credit-plan.ts';

// What the officers did on the demo's running cases after enforcement started, step by step at
// past moments: the 执行通知书 and 报告财产令 issued and served, the 网络查控 sent and answered,
// the debtor's report and its verification, seizures of what was found (renewed, released or
// lapsed), deductions, leads and on-site work. Planned forward from each case's start; whatever
// falls on or after the demo's today has not happened. src/demo/run-handling.ts runs each step
// through its use case with the clock at the step's moment.

export type Target = 'deposit' | 'real-estate' | 'vehicle';

export type HandlingAct =
  | { kind: 'notices'; late: boolean }
  | { kind: 'serve'; method: 'direct' | 'post' }
  | { kind: 'search' }
  | { kind: 'report'; report: 'on-time' | 'late' | 'false' | 'false-detained' }
  | { kind: 'verify' }
  | { kind: 'sanction' }
  // The 院长 approves the case's sanction (民事诉讼法(2023) 第119条); until then it is pending.
  | { kind: 'approve-sanction' }
  // `until`: the last day of a shorter term the ruling states (else the legal term).
  | { kind: 'seize'; target: Target; live: boolean; until: LocalDate | null }
  | { kind: 'deduct' }
  | { kind: 'renew'; target: Target }
  | { kind: 'release'; target: Target; reason: 'security-provided' | 'excess' }
  | { kind: 'lapse'; target: Target }
  | { kind: 'lead'; source: 'party' | 'officer'; urgent: boolean; outcome: 'verified-found' | 'not-found' | null }
  | { kind: 'lead-outcome' }
  | { kind: 'onsite' }
  // A case of another court seals the same flat as `of` did: it waits behind it (轮候).
  | { kind: 'join-queue'; of: number }
  // A delivery round of the outbox worker: every request due is sent, answers stored as findings.
  | { kind: 'deliver' }
  | DisposalAct
  | CreditAct;

export type HandlingStep = { at: Moment; case: number; by: string } & HandlingAct;

export type HandlingOptions = {
  today: LocalDate;
  isWorkday: (d: LocalDate) => boolean;
  /** The cases whose applicant is the demo party (leads from the portal). */
  partyCase: number | null;
  homeCourt: string;
  /** The court whose case seals a home-court flat after it (the waiting list across courts). */
  otherCourt: string;
  /** At most this many cases are handled (the most recent running ones): first start stays quick. */
  limit: number;
  /** The officer who signs sanctions in a court (a judge). */
  judgeOf: (court: string) => string | null;
};

const DAY_MINUTES = 1440;
const key = (m: Moment) => Number(m.on.replaceAll('-', '')) * DAY_MINUTES + m.minute;

/**
 * The cases that are handled: running cases (started, never paused or closed) of the home court,
 * a quarter of them the newest, the rest spread over the period (so that some seizures are months
 * old: renewed, lapsed or about to expire), and a few of the other court's.
 */
export function handledCases(
  cases: readonly DemoCase[],
  o: Pick<HandlingOptions, 'limit' | 'homeCourt' | 'otherCourt' | 'today'>,
): DemoCase[] {
  const running = (court: string) =>
    cases
      .filter((c) => c.courtCode === court && c.type !== 'preservation' && c.steps.at(-1)?.kind === 'start')
      .sort((a, b) => compareDates(b.filedAt.on, a.filedAt.on) || b.index - a.index);
  const home = running(o.homeCourt);
  const newest = home.slice(0, Math.ceil(o.limit / 4));
  const older = home.slice(newest.length);
  // Evenly spread and each case once, also when the court has fewer running cases than asked for.
  const n = Math.max(0, Math.min(older.length, o.limit - newest.length));
  const spread = Array.from({ length: n }, (_, k) => older[Math.floor((k * older.length) / n)]!);
  // Two whose three-month freeze, ordered days after the start, ends within the coming month.
  const expiring = older.filter((c) => {
    const age = daysBetween(c.steps.at(-1)!.at.on, o.today);
    return age >= 70 && age <= 85 && !spread.includes(c);
  });
  return [...newest, ...spread, ...expiring.slice(0, 2), ...running(o.otherCourt).slice(0, 3)];
}

export function planHandling(cases: readonly DemoCase[], o: HandlingOptions, seed = 20261201): HandlingStep[] {
  const rnd = rngOf(seed);
  const chosen = handledCases(cases, o);
  const steps: HandlingStep[] = [];
  const home = chosen.filter((c) => c.courtCode === o.homeCourt);
  const other = chosen.filter((c) => c.courtCode === o.otherCourt);
  home.forEach((c, k) => steps.push(...planOne(rnd, c, k, o)));
  other.forEach((c, k) => steps.push(...planOne(rnd, c, k + 1, o)));
  // 台山's cases seal flats that 蓬江's cases sealed first (one asset, two courts): they wait; the
  // first flat is released by its case days later, and the waiting seal takes effect (promotion).
  const released = new Set(steps.filter((s) => s.kind === 'release' && s.target === 'real-estate').map((s) => s.case));
  const sealers = steps
    .filter((s) => s.kind === 'seize' && s.target === 'real-estate' && cases[s.case]!.courtCode === o.homeCourt && !released.has(s.case))
    .sort((a, b) => key(a.at) - key(b.at));
  other.slice(0, 3).forEach((c, k) => {
    const first = sealers[k * 2];
    if (!first) return;
    const start = c.steps.at(-1)!.at;
    const at = moment(rnd, o, key(start) > key(first.at) ? start : first.at, 1, 4);
    if (!at) return;
    steps.push({ kind: 'join-queue', at, case: c.index, by: c.officer ?? '', of: first.case });
    const release = k === 0 ? moment(rnd, o, at, 0, 2) : null;
    if (release)
      steps.push({ kind: 'release', at: release, case: first.case, by: first.by, target: 'real-estate', reason: 'security-provided' });
  });
  // The party's own case: leads from the portal, one answered and one waiting.
  if (o.partyCase !== null && chosen.some((c) => c.index === o.partyCase)) {
    const c = cases[o.partyCase]!;
    const late = addDays(o.today, -2);
    const older = moment(rnd, o, c.steps.at(-1)!.at, 5, 20);
    if (older) steps.push(...lead(rnd, o, c, older, 'party', false, 'verified-found'));
    const recent = { on: late, minute: 600 };
    if (compareDates(recent.on, c.steps.at(-1)!.at.on) > 0) steps.push(...lead(rnd, o, c, recent, 'party', false, null));
  }
  return withDeliveries(steps, o).sort((a, b) => key(a.at) - key(b.at));
}

// A moment `min`–`max` days after `from`, on a court day, after `from` itself; null on or after today.
export function moment(rnd: Rng, o: Pick<HandlingOptions, 'today' | 'isWorkday'>, from: Moment, min: number, max: number): Moment | null {
  let on = addDays(from.on, rnd.int(min, max));
  while (!o.isWorkday(on)) on = addDays(on, 1);
  let minute = rnd.int(540, 1020);
  if (on === from.on && minute <= from.minute) minute = Math.min(from.minute + rnd.int(5, 60), DAY_MINUTES - 10);
  return compareDates(on, o.today) < 0 ? { on, minute } : null;
}

function lead(
  rnd: Rng,
  o: HandlingOptions,
  c: DemoCase,
  at: Moment,
  source: 'party' | 'officer',
  urgent: boolean,
  outcome: 'verified-found' | 'not-found' | null,
): HandlingStep[] {
  const by = source === 'party' ? 'party' : (c.officer ?? '');
  const out: HandlingStep[] = [{ kind: 'lead', at, case: c.index, by, source, urgent, outcome }];
  const checked = outcome ? moment(rnd, o, at, 1, urgent ? 2 : 5) : null;
  if (checked) out.push({ kind: 'lead-outcome', at: checked, case: c.index, by: c.officer ?? '' });
  return out;
}

// One case's handling; `k` (its place among the handled cases) spreads the variants evenly.
function planOne(rnd: Rng, c: DemoCase, k: number, o: HandlingOptions): HandlingStep[] {
  const by = c.officer ?? '';
  const out: HandlingStep[] = [];
  const push = (at: Moment | null, s: HandlingAct & { by?: string }) => {
    if (at) out.push({ case: c.index, by, ...s, at });
    return at;
  };
  const start = c.steps.at(-1)!.at;
  // Most notices go out the day enforcement starts or soon after; one case in ten later than the 10 days.
  const late = k % 10 === 7;
  const lateFrom = { on: addDays(c.filedAt.on, 10), minute: 0 };
  const noticesAt = late && key(lateFrom) > key(start) ? moment(rnd, o, lateFrom, 2, 8) : moment(rnd, o, start, 0, 1);
  const served = push(noticesAt, { kind: 'notices', late });
  const servedAt = served ? push(moment(rnd, o, served, 0, 2), { kind: 'serve', method: k % 3 === 0 ? 'post' : 'direct' }) : null;
  const searchAt = push(moment(rnd, o, start, 0, k % 9 === 4 ? 6 : 2), { kind: 'search' });
  if (servedAt && k % 6 !== 5) {
    const report = k === 3 ? 'false' : k === 8 ? 'false-detained' : k % 5 === 2 ? 'late' : 'on-time';
    const reported = push(moment(rnd, o, servedAt, report === 'late' ? 9 : 1, report === 'late' ? 14 : 4), { kind: 'report', report });
    const verified = reported ? push(moment(rnd, o, reported, 2, 10), { kind: 'verify' }) : null;
    if (verified && report !== 'on-time') push(moment(rnd, o, verified, 0, 3), { kind: 'sanction', by: o.judgeOf(c.courtCode) ?? by });
  }
  if (!searchAt) return out;
  // What the search found is seized a few days after the answers (the executor skips a kind not found).
  const seizeAt = moment(rnd, o, searchAt, 3, 8);
  if (!seizeAt) return out;
  // A freeze ordered months ago states a three-month term: renewed before its end, or left to lapse.
  const shortTerm = daysBetween(seizeAt.on, o.today) > 60 ? addDays(addMonths(seizeAt.on, 3), -1) : null;
  push(seizeAt, { kind: 'seize', target: 'deposit', live: false, until: shortTerm });
  push(moment(rnd, o, seizeAt, 0, 1), { kind: 'seize', target: 'real-estate', live: k % 4 === 1, until: null });
  push(moment(rnd, o, seizeAt, 0, 2), { kind: 'seize', target: 'vehicle', live: false, until: null });
  if (k % 3 !== 2 && !shortTerm) push(moment(rnd, o, seizeAt, 3, 15), { kind: 'deduct' });
  planTerms(rnd, k, o, seizeAt, shortTerm, push);
  if (k % 7 === 3) push(moment(rnd, o, seizeAt, 1, 6), { kind: 'onsite' });
  if (k % 5 === 0) {
    const at = moment(rnd, o, seizeAt, 2, 40);
    if (at) out.push(...lead(rnd, o, c, at, 'officer', k % 10 === 0, daysBetween(at.on, o.today) > 12 ? pickOutcome(rnd) : null));
  }
  // A few leads taken in the last days, within or past their 7 (3 if urgent) days.
  if (k % 17 === 1) {
    const recent = { on: addDays(o.today, -rnd.int(1, 12)), minute: rnd.int(540, 1020) };
    if (key(recent) > key(start) && o.isWorkday(recent.on)) out.push(...lead(rnd, o, c, recent, 'officer', k % 2 === 0, null));
  }
  return out;
}

const pickOutcome = (rnd: Rng) => (rnd.chance(0.6) ? ('verified-found' as const) : ('not-found' as const));

// A seizure's term: the deposit freeze of a three-month ruling renewed before its end on some cases,
// left to lapse on others (the daily sweep finds it); a flat's seal or a car released on a few.
function planTerms(
  rnd: Rng,
  k: number,
  o: HandlingOptions,
  seizedAt: Moment,
  until: LocalDate | null,
  push: (at: Moment | null, s: HandlingAct) => Moment | null,
) {
  if (until && compareDates(until, o.today) < 0) {
    if (k % 2 === 0) push(moment(rnd, o, { on: addDays(until, -25), minute: 0 }, 0, 15), { kind: 'renew', target: 'deposit' });
    else push({ on: addDays(until, 1), minute: 30 }, { kind: 'lapse', target: 'deposit' });
  }
  if (k % 6 === 4) push(moment(rnd, o, seizedAt, 20, 120), { kind: 'release', target: 'real-estate', reason: 'security-provided' });
  if (k % 11 === 9) push(moment(rnd, o, seizedAt, 10, 60), { kind: 'release', target: 'vehicle', reason: 'excess' });
}

// The worker's rounds: a few hours after each search, the next morning and two days on (retries
// after a failure or a time-out), all in time order with the other steps.
function withDeliveries(steps: HandlingStep[], o: HandlingOptions): HandlingStep[] {
  const rounds = new Map<number, HandlingStep>();
  const round = (at: Moment | null) => {
    if (!at || compareDates(at.on, o.today) >= 0) return;
    rounds.set(key(at), { kind: 'deliver', at, case: -1, by: '' });
  };
  for (const s of steps.filter((s) => s.kind === 'search')) {
    round({ on: s.at.on, minute: Math.min(s.at.minute + 120, DAY_MINUTES - 5) });
    round({ on: addDays(s.at.on, 1), minute: 8 * 60 });
    round({ on: addDays(s.at.on, 2), minute: 8 * 60 });
  }
  return [...steps, ...rounds.values()];
}
