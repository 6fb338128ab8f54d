import { formatCaseNumber } from '../rules/case-number.ts';
import { addDays, compareDates, daysBetween, localDate, weekday, yearOf, type LocalDate } from '../shared/dates.ts';
import { fen } from '../shared/money.ts';
import { typeCodeOf, type CaseType, type Party } from '../cases/cases.types.ts';
import { namer, rngOf, type Rng } from './names.ts';
import { makeFiling, type DemoCourtInfo, type Filing } from './titles.ts';
import { planCase, roughDueOn, type DemoStep, type Moment, type Variant } from './lifecycle-plan.ts';

// A court's enforcement caseload of the last year(s), deterministic: the same seed, size, courts and
// today give the same cases, numbers, parties and histories on every machine. Case numbers follow
// the filing order in each court, year and type (执, 执保, 执恢), from 1 without gaps.

export type { DemoStep, Moment } from './lifecycle-plan.ts';

export type DemoCase = Filing & {
  index: number;
  courtCode: string;
  type: CaseType;
  year: number;
  serial: number;
  caseNumber: string;
  filedAt: Moment;
  filedBy: string | null;
  officer: string | null;
  /** The index of the case a 执恢 case resumes. */
  resumedFrom: number | null;
  steps: DemoStep[];
};

/** Who works where: the officers (承办人) of a court, its clerk and its bureau head, by username. */
export type CourtStaff = { officers: string[]; clerk?: string; head?: string; judges?: string[] };

export type CaseloadOptions = {
  count: number;
  seed?: number;
  today: LocalDate;
  courts: readonly DemoCourtInfo[];
  homeCourt: string;
  staff: Readonly<Record<string, CourtStaff>>;
  homeShare?: number;
  isWorkday?: (d: LocalDate) => boolean;
};

const weekdaysOnly = (d: LocalDate) => weekday(d) !== 0 && weekday(d) !== 6;
const RESUMPTION_REASONS = ['申请执行人提供了被执行人名下新的财产线索', '经定期网络查控发现被执行人名下有可供执行的财产'];

type Slot = { court: DemoCourtInfo; filedAt: Moment; type: 'first' | 'preservation' };

export function generateCaseload(o: CaseloadOptions): DemoCase[] {
  const rnd = rngOf(o.seed ?? 20261126);
  const isWorkday = o.isWorkday ?? weekdaysOnly;
  const names = namer(rnd);
  const pool = new Map<string, Party[]>();
  const pools = {
    debtorOf: (court: string, make: () => Party) => {
      const list = pool.get(court) ?? [];
      pool.set(court, list);
      if (list.length < Math.max(3, o.count / 80) && (list.length === 0 || rnd.chance(0.5))) list.push(make());
      return rnd.pick(list);
    },
  };
  const resumptions = o.count >= 40 ? Math.round(o.count * 0.04) : 0;
  const slots = filingSlots(rnd, o, o.count - resumptions, isWorkday);
  const variants = o.count >= 40 ? coverage(slots, o) : new Map<number, Variant>();
  const build = (s: Slot, i: number, variant: Variant): DemoCase => {
    const forceKind =
      variant.kind === 'closed' && variant.mode === 'refused' ? 'arbitration' : s.type === 'preservation' ? 'preservation' : undefined;
    const filing = makeFiling(rnd, names, pools, s.court, s.filedAt.on, forceKind);
    const staff = o.staff[s.court.code];
    const officer = staff?.officers.length ? rnd.pick(staff.officers) : null;
    const refusable = ['arbitration', 'labour-arbitration', 'notarial'].includes(filing.titleKind);
    const personDebtor = filing.debtors[0]!.kind === 'person';
    const steps = planCase(rnd, {
      filedAt: s.filedAt,
      type: s.type,
      officer,
      actors: actorsOf(staff),
      refusable,
      personDebtor,
      variant,
      today: o.today,
      isWorkday,
    });
    const filedBy = staff?.clerk ?? officer;
    return {
      ...filing,
      index: i,
      courtCode: s.court.code,
      type: s.type,
      year: 0,
      serial: 0,
      caseNumber: '',
      filedAt: s.filedAt,
      filedBy,
      officer,
      resumedFrom: null,
      steps,
    };
  };
  const cases = slots.map((s, i) => build(s, i, variants.get(i) ?? { kind: 'natural' }));
  const resumed = addResumptions(rnd, cases, resumptions, o, isWorkday);
  // Too few 终本 cases to resume (a small demo): the count is made up with more first filings.
  for (const s of filingSlots(rnd, o, resumptions - resumed, isWorkday)) cases.push(build(s, cases.length, { kind: 'natural' }));
  return numbered(cases);
}

const actorsOf = (staff: CourtStaff | undefined) => ({
  clerk: staff?.clerk ?? staff?.officers[0] ?? null,
  head: staff?.head ?? staff?.officers[0] ?? null,
  approver: staff?.head ?? null,
  judge: staff?.judges?.[0] ?? null,
  // Closing needs a judge or the bureau head (an 执行员 may not close on their own).
  closer: (officer: string | null) =>
    officer && (staff?.judges ?? staff?.officers ?? []).includes(officer) ? officer : (staff?.head ?? officer),
});

// Filing days spread evenly over the period (court days only), so that the slots come in filing order.
function filingSlots(rnd: Rng, o: CaseloadOptions, n: number, isWorkday: (d: LocalDate) => boolean): Slot[] {
  const start = localDate(`${yearOf(o.today) - 1}-01-02`);
  let end = addDays(o.today, -1);
  while (!isWorkday(end)) end = addDays(end, -1);
  const span = daysBetween(start, end);
  const home = o.courts.find((c) => c.code === o.homeCourt) ?? o.courts[0]!;
  const staffed = o.courts.filter((c) => c.code !== home.code && o.staff[c.code]);
  const others = o.courts.filter((c) => c.code !== home.code && !o.staff[c.code]);
  const slots: Slot[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd.next();
    const homeShare = o.homeShare ?? 0.8;
    const court =
      r < homeShare || (staffed.length === 0 && others.length === 0)
        ? home
        : r < homeShare + 0.05 * staffed.length && staffed.length
          ? rnd.pick(staffed)
          : rnd.pick(others.length ? others : staffed);
    let on = addDays(start, Math.floor(((i + rnd.next()) * span) / Math.max(1, n)));
    while (!isWorkday(on) && compareDates(on, end) < 0) on = addDays(on, 1);
    while (!isWorkday(on)) on = addDays(on, -1);
    slots.push({ court, filedAt: { on, minute: rnd.int(510, 1050) }, type: rnd.chance(0.08) ? 'preservation' : 'first' });
  }
  return slots;
}

// Every state the demo must show, each forced on a case of the home court filed at a fitting time.
function coverage(slots: Slot[], o: CaseloadOptions): Map<number, Variant> {
  const chosen = new Map<number, Variant>();
  // Each home-court first filing with its age today and the days until its six months are up.
  const homeFirst = slots.flatMap((s, i) =>
    s.court.code === o.homeCourt && s.type === 'first'
      ? [{ i, age: daysBetween(s.filedAt.on, o.today), dueIn: daysBetween(o.today, roughDueOn(s.filedAt.on)) }]
      : [],
  );
  const latestFirst = [...homeFirst].reverse();
  type Candidate = (typeof homeFirst)[number];
  const take = (variant: Variant, fits: (c: Candidate) => boolean, latest = false) => {
    const hit = (latest ? latestFirst : homeFirst).find((c) => !chosen.has(c.i) && fits(c));
    if (hit) chosen.set(hit.i, variant);
  };
  for (let k = 0; k < 2; k++) take({ kind: 'not-started' }, () => true, true);
  take({ kind: 'open' }, (c) => c.age >= 30 && c.age <= 90, true);
  take({ kind: 'paused-now', pause: 'suspend' }, (c) => c.age >= 60 && c.age <= 150, true);
  take({ kind: 'paused-now', pause: 'defer' }, (c) => c.age >= 45 && c.age <= 150, true);
  for (const mode of ['fully-enforced', 'current-procedure-terminated', 'terminated', 'cancelled', 'refused', 'rejected'] as const)
    take({ kind: 'closed', mode }, (c) => c.age >= 200 && c.age <= 400);
  // Past the 执行期限 (six months from filing), and a few due within the coming month.
  const overdue = Math.max(3, Math.round(slots.length * 0.01));
  for (let k = 0; k < overdue; k++) take({ kind: 'open' }, (c) => c.age >= 200 && c.age <= 330, true);
  const soon = Math.max(2, Math.round(slots.length * 0.006));
  for (let k = 0; k < soon; k++) take({ kind: 'open' }, (c) => c.dueIn >= 6 && c.dueIn <= 25);
  return chosen;
}

// 执恢: some 终本 cases are resumed later under a new number, with the amount still owed, the same
// title and parties, and the original's 承办人.
function addResumptions(rnd: Rng, cases: DemoCase[], wanted: number, o: CaseloadOptions, isWorkday: (d: LocalDate) => boolean): number {
  const latest = addDays(o.today, -1);
  const eligible = cases.filter((c) => {
    const close = c.steps.at(-1);
    return close?.kind === 'close' && close.mode === 'current-procedure-terminated' && daysBetween(close.at.on, o.today) > 30;
  });
  const every = eligible.length / Math.max(1, wanted);
  for (let k = 0; k < wanted && k < eligible.length; k++) {
    const original = eligible[Math.floor(k * every)]!;
    const closed = original.steps.at(-1)!.at;
    let on = addDays(closed.on, rnd.int(20, Math.max(21, Math.min(300, daysBetween(closed.on, latest)))));
    if (compareDates(on, latest) > 0) on = latest;
    while (!isWorkday(on)) on = addDays(on, -1);
    if (compareDates(on, closed.on) < 0) on = closed.on;
    const filedAt = { on, minute: on === closed.on ? Math.min(closed.minute + 30, 1430) : rnd.int(510, 1050) };
    const index = cases.length;
    const staff = o.staff[original.courtCode];
    original.steps.push({
      kind: 'resume',
      at: filedAt,
      by: staff?.clerk ?? original.officer,
      reason: rnd.pick(RESUMPTION_REASONS),
      resumption: index,
    });
    const claim = fen((original.claimAmount * BigInt(rnd.int(55, 100))) / 100n);
    const steps = planCase(rnd, {
      filedAt,
      type: 'resumed',
      officer: original.officer,
      actors: actorsOf(staff),
      refusable: false,
      personDebtor: original.debtors[0]!.kind === 'person',
      variant: { kind: 'natural' },
      today: o.today,
      isWorkday,
    });
    cases.push({
      ...original,
      index,
      type: 'resumed',
      claimAmount: claim,
      filedAt,
      filedBy: staff?.clerk ?? original.officer,
      resumedFrom: original.index,
      steps,
    });
  }
  return Math.min(wanted, eligible.length);
}

// Numbers in filing order per court, year and type: （2026）粤0703执1号, 2号, …
function numbered(cases: DemoCase[]): DemoCase[] {
  const order = [...cases].sort(
    (a, b) => compareDates(a.filedAt.on, b.filedAt.on) || a.filedAt.minute - b.filedAt.minute || a.index - b.index,
  );
  const serials = new Map<string, number>();
  for (const c of order) {
    const year = yearOf(c.filedAt.on);
    const typeCode = typeCodeOf[c.type];
    const key = `${c.courtCode}|${year}|${typeCode}`;
    const serial = (serials.get(key) ?? 0) + 1;
    serials.set(key, serial);
    Object.assign(c, { year, serial, caseNumber: formatCaseNumber({ year, courtCode: c.courtCode, typeCode, serial }) });
  }
  return cases;
}
