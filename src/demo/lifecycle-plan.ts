import { addDays, addMonths, compareDates, daysBetween, type LocalDate } from '../shared/dates.ts';
import type { ClosureMode } from '../cases/cases.types.ts';
import { approvalPolicyOf } from '../shared/approvals.ts';
import type { Rng } from './names.ts';

// What happens to a case after its filing, day by day: the 承办人 assigned, enforcement started,
// suspended or deferred and continued, closed in one of the six modes. Planned forward from the
// filing; whatever falls on or after the demo's today has not happened yet and is dropped.
// A step that needs a second signature (暂缓执行, 终结执行, 不予执行: src/shared/approvals.ts) is
// a request by its officer and then the bureau head's decision, which takes the step; a court
// without a bureau head suspends rather than defers and closes in the modes that need none.

/** A moment of a court day: its date and the minute after midnight (Asia/Shanghai). */
export type Moment = { on: LocalDate; minute: number };

export type DemoStep =
  | { kind: 'assign'; at: Moment; by: string | null; officer: string }
  | { kind: 'start'; at: Moment; by: string | null }
  | { kind: 'suspend' | 'continue'; at: Moment; by: string | null; reason: string }
  | { kind: 'defer'; at: Moment; by: string | null; reason: string; until: LocalDate }
  | { kind: 'decide'; at: Moment; by: string; opinion: string }
  | { kind: 'close'; at: Moment; by: string | null; mode: ClosureMode; reason: string }
  | { kind: 'resume'; at: Moment; by: string | null; reason: string; resumption: number };

/** A plan forced on a case so that the demo holds every state (the rest follow the caseload's odds). */
export type Variant =
  | { kind: 'natural' }
  | { kind: 'closed'; mode: ClosureMode }
  | { kind: 'open' } // running, never paused, not closed by today (at or past its 执行期限 if filed long ago)
  | { kind: 'paused-now'; pause: 'suspend' | 'defer' }
  | { kind: 'not-started' };

export type PlanInput = {
  filedAt: Moment;
  type: 'first' | 'resumed' | 'preservation';
  officer: string | null;
  actors: {
    clerk: string | null;
    head: string | null;
    /** The bureau head who decides approvals; null in a court that has none. */
    approver: string | null;
    /** A judge who may ask for a closure the bureau head then approves. */
    judge: string | null;
    closer: (officer: string | null) => string | null;
  };
  refusable: boolean; // an arbitral award or notarial deed: 不予执行 is possible
  personDebtor: boolean; // the first debtor is a natural person (death is a ground), else an organisation (bankruptcy)
  variant: Variant;
  today: LocalDate;
  isWorkday: (d: LocalDate) => boolean;
};

const SUSPENSIONS: [string, string][] = [
  ['案外人对执行标的提出异议，确有理由', '案外人异议审查终结，中止事由消失'],
  ['申请执行人表示可以延期执行', '申请执行人申请恢复执行'],
  ['被执行人（自然人）死亡，需等待继承人继承权利或承担义务', '继承人已确定，中止事由消失'],
  ['被执行人进入破产重整程序', '重整程序终结，中止事由消失'],
];
const DEFERRALS: [string, string][] = [
  ['被执行人提供执行担保，经申请执行人同意暂缓执行', '被执行人未按执行担保的承诺履行，申请执行人申请恢复执行'],
  ['双方达成执行和解协议，暂缓执行', '被执行人未按和解协议履行，申请执行人申请恢复执行'],
];
export const CLOSURE_REASONS: Record<ClosureMode, string[]> = {
  'fully-enforced': ['被执行人已履行全部义务', '执行款已全部发还申请执行人', '双方达成执行和解协议并已履行完毕'],
  'current-procedure-terminated': ['经穷尽财产调查措施，未发现被执行人有可供执行的财产，申请执行人签字确认终结本次执行程序'],
  terminated: ['申请执行人撤回执行申请', '被执行人（自然人）死亡，无遗产可供执行，又无义务承担人'],
  cancelled: ['本案经上级法院指定其他法院执行，本案销案'],
  refused: ['裁定不予执行该执行依据'],
  rejected: ['申请不符合受理条件，裁定驳回执行申请'],
};

const WEIGHTS: [ClosureMode, number][] = [
  ['fully-enforced', 46],
  ['current-procedure-terminated', 36],
  ['terminated', 10],
  ['cancelled', 2],
  ['refused', 3],
  ['rejected', 3],
];

// A ground that fits the debtor: a person dies, a company goes into reorganisation.
const fitting = <T extends string | [string, string]>(list: readonly T[], personDebtor: boolean): T[] =>
  list.filter((r) => {
    const text = typeof r === 'string' ? r : r[0];
    return personDebtor ? !text.includes('破产') : !text.includes('（自然人）');
  });

export function planCase(rnd: Rng, p: PlanInput): DemoStep[] {
  const steps: DemoStep[] = [];
  let last = p.filedAt;
  const workday = (d: LocalDate) => {
    while (!p.isWorkday(d)) d = addDays(d, 1);
    return d;
  };
  // The next moment `days` after the last step, on a court day, later the same day if need be.
  const after = (days: number): Moment => {
    const on = workday(addDays(last.on, days));
    let minute = rnd.int(510, 1050);
    if (on === last.on && minute <= last.minute) minute = Math.min(last.minute + rnd.int(3, 40), 1430);
    last = { on, minute };
    return last;
  };
  const officer = p.officer;
  // A 执恢 case is filed with its original's 承办人; the others are assigned theirs within days.
  if (officer && p.type !== 'resumed')
    steps.push({ kind: 'assign', at: after(rnd.chance(0.06) ? rnd.int(8, 12) : rnd.int(0, 3)), by: p.actors.head, officer });
  const v = p.variant;
  if (v.kind === 'not-started') return cut(steps, p.today);
  const by = officer ?? p.actors.clerk;
  let mode = v.kind === 'closed' ? v.mode : pickMode(rnd, p);
  if (p.type === 'preservation' || (approvalPolicyOf('case.close', mode) && !closureRequester(p))) mode = 'fully-enforced';
  if (mode === 'rejected') {
    closeSteps(rnd, steps, after, p, 'rejected', rnd.int(5, 25));
    return cut(steps, p.today);
  }
  // Enforcement starts once the file reaches the officer: a preservation ruling at once, other cases within days.
  steps.push({ kind: 'start', at: after(p.type === 'preservation' ? rnd.int(0, 1) : rnd.int(1, 9)), by });
  if (p.type === 'preservation') {
    steps.push({ ...close(rnd, after(rnd.int(2, 30)), p, mode), reason: '保全措施已实施完毕' });
    return cut(steps, p.today);
  }
  if (v.kind === 'paused-now') {
    const pauseOn = addDays(p.today, -rnd.int(5, 30));
    if (compareDates(pauseOn, last.on) > 0) last = { on: pauseOn, minute: 0 };
    const kind = v.pause === 'defer' && deferrable(p) ? 'defer' : 'suspend';
    const [reason] = rnd.pick(fitting(kind === 'suspend' ? SUSPENSIONS : DEFERRALS, p.personDebtor));
    pauseStep(rnd, steps, after, p, by, kind, reason);
    return cut(steps, p.today);
  }
  if (v.kind === 'natural' || v.kind === 'closed') pause(rnd, steps, after, p, by, v.kind === 'closed' ? 0 : 1);
  if (v.kind === 'open') return cut(steps, p.today);
  // Days of enforcement until closure, the pauses apart: most within the six months, a tail beyond.
  const long = rnd.chance(mode === 'current-procedure-terminated' ? 0.1 : 0.07);
  let days = durationOf(rnd, mode, long);
  // 终本 needs more than three months since filing (终本规定 第1条第4项).
  if (mode === 'current-procedure-terminated') days = Math.max(days, 95);
  // A forced closure happens well before the demo's today.
  if (v.kind === 'closed') days = Math.max(1, Math.min(days, daysBetween(last.on, addDays(p.today, -7))));
  closeSteps(rnd, steps, after, p, mode, days);
  return cut(steps, p.today);
}

function pickMode(rnd: Rng, p: PlanInput): ClosureMode {
  for (;;) {
    let w = rnd.next() * 100;
    let mode: ClosureMode = 'fully-enforced';
    for (const [m, weight] of WEIGHTS)
      if ((w -= weight) < 0) {
        mode = m;
        break;
      }
    if (mode !== 'refused' || p.refusable) return mode;
  }
}

function durationOf(rnd: Rng, mode: ClosureMode, long: boolean): number {
  if (long) return rnd.int(190, 420);
  switch (mode) {
    case 'fully-enforced':
      return rnd.int(8, 150);
    case 'current-procedure-terminated':
      return rnd.int(95, 175);
    case 'terminated':
      return rnd.int(10, 160);
    case 'cancelled':
      return rnd.int(3, 60);
    default:
      return rnd.int(15, 120);
  }
}

type After = (days: number) => Moment;

// A suspension (中止) or deferral (暂缓) during enforcement, then its continuation.
function pause(rnd: Rng, steps: DemoStep[], after: After, p: PlanInput, by: string | null, odds: number): void {
  const r = rnd.next();
  if (r >= 0.17 * odds) return;
  const suspend = r < 0.12 * odds || !deferrable(p);
  const [reason, again] = rnd.pick(fitting(suspend ? SUSPENSIONS : DEFERRALS, p.personDebtor));
  pauseStep(rnd, steps, after, p, by, suspend ? 'suspend' : 'defer', reason, rnd.int(12, 80));
  // A deferral is continued before its stated last day (the sweep would otherwise end it on that day).
  const gap = suspend ? rnd.int(20, 150) : rnd.int(15, 60);
  steps.push({ kind: 'continue', at: after(gap), by, reason: again });
}

// The pause itself: a suspension at once; a deferral asked for with its last day, then approved.
function pauseStep(
  rnd: Rng,
  steps: DemoStep[],
  after: After,
  p: PlanInput,
  by: string | null,
  kind: 'suspend' | 'defer',
  reason: string,
  days = 0,
): void {
  const at = after(days);
  if (kind === 'suspend') steps.push({ kind, at, by, reason });
  else {
    steps.push({ kind, at, by, reason, until: addDays(at.on, rnd.int(75, 150)) });
    steps.push({ kind: 'decide', at: after(rnd.int(0, 1)), by: p.actors.approver!, opinion: '同意' });
  }
}

// 暂缓执行 needs the bureau head's approval: a court without one, or an officer who is the head, suspends instead.
const deferrable = (p: PlanInput): boolean =>
  !approvalPolicyOf('case.defer') || (p.actors.approver !== null && (p.officer ?? p.actors.clerk) !== p.actors.approver);

// Who asks for a closure that needs approval: the closer unless that is the approver, then a judge.
function closureRequester(p: PlanInput): string | null {
  const closer = p.actors.closer(p.officer);
  const asker = closer && closer !== p.actors.approver ? closer : p.actors.judge;
  return p.actors.approver && asker && asker !== p.actors.approver ? asker : null;
}

function closeSteps(rnd: Rng, steps: DemoStep[], after: After, p: PlanInput, mode: ClosureMode, days: number): void {
  const step = close(rnd, after(days), p, mode);
  if (!approvalPolicyOf('case.close', mode)) {
    steps.push(step);
    return;
  }
  steps.push({ ...step, by: closureRequester(p) });
  steps.push({ kind: 'decide', at: after(rnd.int(0, 2)), by: p.actors.approver!, opinion: '同意' });
}

function close(rnd: Rng, at: Moment, p: PlanInput, mode: ClosureMode): DemoStep & { kind: 'close' } {
  return { kind: 'close', at, by: p.actors.closer(p.officer), mode, reason: rnd.pick(fitting(CLOSURE_REASONS[mode], p.personDebtor)) };
}

/** What happened before the demo's today. */
function cut(steps: DemoStep[], today: LocalDate): DemoStep[] {
  const i = steps.findIndex((s) => compareDates(s.at.on, today) >= 0);
  return i < 0 ? steps : steps.slice(0, i);
}

/** The 执行期限's last day without pauses, as the deadline computes it before holidays move it (for planning only). */
export const roughDueOn = (filedOn: LocalDate): LocalDate => addMonths(filedOn, 6);
