import { addDays, compareDates, daysBetween, type LocalDate } from '../shared/dates.ts';
import type { Moment } from './caseload.ts';
import { moment, type HandlingOptions, type HandlingStep } from './handling-plan.ts';
import { rngOf, type Rng } from './names.ts';

// The disposal of what the demo's cases sealed or seized (src/disposal): a reference price by
// 议价, by 网络询价 after the earlier methods failed, or by a 委托评估 still running; a first round
// on the sandbox platform, sold or failed; a second round, sold or failed; 以物抵债 after a failed
// round, or 变卖 after the second. Each disposal is planned with every step it may take, at past
// moments (a round announced lately is still running); which path it takes is decided when it
// runs (run-disposal.ts), by its place among the disposals whose case holds the asset, since the
// plan cannot know what the searches will find.

export type DisposalTarget = 'real-estate' | 'vehicle';

export type DisposalAct =
  // `newest`: started in the last 60 days; one of these is priced by 委托评估.
  | { kind: 'reference-price'; target: DisposalTarget; newest: boolean }
  | { kind: 'online-inquiry'; target: DisposalTarget }
  | { kind: 'appraisal-extension'; target: DisposalTarget }
  | { kind: 'announce'; target: DisposalTarget; round: 1 | 2 }
  | { kind: 'auction-result'; target: DisposalTarget; round: 1 | 2 }
  | { kind: 'payment'; target: DisposalTarget; round: 1 | 2 }
  | { kind: 'set-off'; target: DisposalTarget }
  | { kind: 'sale'; target: DisposalTarget }
  | { kind: 'sale-result'; target: DisposalTarget };

/** Days from the announcement to the bidding: at least 30 / 15 (immovables) and 15 / 7 (movables), S8 第12条、第26条. */
const LEAD_DAYS: Record<DisposalTarget, Record<1 | 2, number>> = { 'real-estate': { 1: 31, 2: 16 }, vehicle: { 1: 16, 2: 8 } };
export const biddingLeadDays = (target: DisposalTarget, round: 1 | 2) => LEAD_DAYS[target][round];

// Those started in the last 60 days (an appraisal's 30 days and two extensions of 15, S9 第19条)
// are candidates for 委托评估: the first whose case holds its asset is commissioned and, when its
// report would be due before today, extended; so its report is not in and not yet due.
const APPRAISAL_DAYS = 60;

type Options = Pick<HandlingOptions, 'today' | 'isWorkday' | 'homeCourt'> & { courtOf: (caseIndex: number) => string };

export function planDisposal(earlier: readonly HandlingStep[], o: Options, seed = 20261205): HandlingStep[] {
  const rnd = rngOf(seed);
  const released = new Set(earlier.flatMap((s) => (s.kind === 'release' ? [`${s.case}/${s.target}`] : [])));
  const queuedBehind = new Set(earlier.flatMap((s) => (s.kind === 'join-queue' ? [s.of] : [])));
  const seizures = earlier
    .filter(
      (s): s is HandlingStep & { kind: 'seize'; target: DisposalTarget } =>
        s.kind === 'seize' &&
        s.target !== 'deposit' &&
        o.courtOf(s.case) === o.homeCourt &&
        !released.has(`${s.case}/${s.target}`) &&
        !(s.target === 'real-estate' && queuedBehind.has(s.case)),
    )
    .sort((a, b) => compareDates(a.at.on, b.at.on) || a.at.minute - b.at.minute || a.case - b.case);
  // Two in three are taken on; the rest still wait for their reference price.
  const started = seizures
    .filter((_, k) => k % 3 !== 2)
    .map((s) => ({ s, at: moment(rnd, o, s.at, 5, 15) }))
    .filter((x): x is { s: (typeof seizures)[number]; at: Moment } => x.at !== null);
  const out: HandlingStep[] = [];
  started.forEach(({ s, at }) => {
    const push = (when: Moment | null, act: DisposalAct) => {
      if (when) out.push({ ...act, at: when, case: s.case, by: s.by });
      return when;
    };
    const target = s.target;
    const newest = daysBetween(at.on, o.today) < APPRAISAL_DAYS;
    push(at, { kind: 'reference-price', target, newest });
    // Asked at least 5 days before the report is due (S9 第19条): on day 18 and day 36 or a little later.
    if (newest) for (const day of [18, 36]) push(after(rnd, o, at.on, day), { kind: 'appraisal-extension', target });
    // The platforms answer within 3 days of the request, made the day after the start.
    const inquired = push(after(rnd, o, at.on, 4), { kind: 'online-inquiry', target });
    const round = (r: 1 | 2, from: Moment | null) => {
      const announced = from && push(moment(rnd, o, from, 1, 4), { kind: 'announce', target, round: r });
      // The result is fetched on a court day after the bidding day (its 24 hours and any extension).
      return announced && push(after(rnd, o, announced.on, biddingLeadDays(target, r) + 2), { kind: 'auction-result', target, round: r });
    };
    const first = round(1, inquired);
    const next = first && moment(rnd, o, first, 3, 10);
    push(next, { kind: 'payment', target, round: 1 });
    push(next, { kind: 'set-off', target });
    const second = round(2, next);
    const last = second && moment(rnd, o, second, 3, 10);
    push(last, { kind: 'payment', target, round: 2 });
    const sale = push(last, { kind: 'sale', target });
    if (sale) push(moment(rnd, o, sale, 10, 40), { kind: 'sale-result', target });
  });
  return out;
}

// A court day `days` or more after `on`, in the morning; null on or after today.
function after(rnd: Rng, o: Options, on: LocalDate, days: number): Moment | null {
  let d = addDays(on, days);
  while (!o.isWorkday(d)) d = addDays(d, 1);
  return compareDates(d, o.today) < 0 ? { on: d, minute: rnd.int(540, 700) } : null;
}
