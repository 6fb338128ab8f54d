import type { AppContext } from '../platform/context.ts';
import { fixedClock } from '../platform/clock.ts';
import { createUser } from '../access/create-user.ts';
import type { Role } from '../access/access.types.ts';
import { officersByUsername } from '../access/officers.ts';
import { hasAnyCase } from '../cases/cases.repo.ts';
import { allCourts } from '../courts/registry.ts';
import type { DemoCourt } from './demo-data.ts';
import { systemPrincipal } from '../access/system-principal.ts';
import { actorOf } from '../audit/audit.types.ts';
import { isoInstant, localDate, weekday, yearOf, type LocalDate } from '../shared/dates.ts';
import { makeResidentId } from '../rules/identity.ts';
import { generateCaseload, type CourtStaff, type DemoCase } from './caseload.ts';
import { DEMO_COURT, DEMO_PROVINCE, demoCourtInfos } from './demo-courts.ts';
import { instantOf, writeCaseload, type People } from './write-caseload.ts';
import { seedHandling } from './seed-handling.ts';
import { seedStatement } from './seed-statement.ts';
import { seedDormant } from './seed-dormant.ts';
import { publishedPersonDebtor } from './demo.repo.ts';

export { DEMO_COURT, DEMO_PROVINCE } from './demo-courts.ts';
export const DEMO_PASSWORD = 'zhixing-demo';
const demoDebtorUser = { username: 'debtor', role: 'party' as const, courtCode: DEMO_COURT, scope: 'court' as const };

type DemoUser = {
  username: string;
  displayName: string;
  role: Role;
  courtCode: string;
  scope: 'court' | 'subtree';
  partyIdentity?: string;
  institutionCode?: string;
};

export const demoUsers = (partyIdentity: string, partyName: string): DemoUser[] => [
  { username: 'judge', displayName: '张明（执行法官）', role: 'judge', courtCode: DEMO_COURT, scope: 'court' },
  { username: 'enforcer', displayName: '李强（执行员）', role: 'enforcer', courtCode: DEMO_COURT, scope: 'court' },
  { username: 'clerk', displayName: '王芳（书记员）', role: 'clerk', courtCode: DEMO_COURT, scope: 'court' },
  { username: 'head', displayName: '陈建华（执行局长）', role: 'bureau-head', courtCode: DEMO_COURT, scope: 'court' },
  { username: 'finance', displayName: '赵丽（财务人员）', role: 'finance', courtCode: DEMO_COURT, scope: 'court' },
  { username: 'president', displayName: '郑国栋（院长）', role: 'president', courtCode: DEMO_COURT, scope: 'court' },
  { username: 'coordinator', displayName: '刘志强（江门中院协调员）', role: 'coordinator', courtCode: '粤07', scope: 'subtree' },
  { username: 'taishan', displayName: '黄伟（台山法院执行法官）', role: 'judge', courtCode: '粤0781', scope: 'court' },
  { username: 'court-admin', displayName: '周敏（蓬江法院管理员）', role: 'administrator', courtCode: DEMO_COURT, scope: 'court' },
  { username: 'party', displayName: `${partyName}（申请执行人）`, role: 'party', courtCode: DEMO_COURT, scope: 'court', partyIdentity },
  { username: 'public', displayName: '公众查询', role: 'public', courtCode: DEMO_PROVINCE, scope: 'court' },
  // A bank answering through the institution API (src/institutions), as a real one would.
  {
    username: 'icbc',
    displayName: '工商银行江门分行（协助执行）',
    role: 'institution',
    courtCode: DEMO_COURT,
    scope: 'court',
    institutionCode: 'sandbox-icbc',
  },
];

/** Who handles the demo's cases: the home court's officers, clerk and head, and 台山's judge. */
export const demoStaff: Record<string, CourtStaff> = {
  [DEMO_COURT]: { officers: ['judge', 'enforcer'], judges: ['judge'], clerk: 'clerk', head: 'head' },
  粤0781: { officers: ['taishan'] },
};

/** The demo courts: every court of one province (the high court and all below it). */
export function demoCourts(): DemoCourt[] {
  return allCourts()
    .filter((c) => (c.code === DEMO_PROVINCE || c.code.startsWith(DEMO_PROVINCE)) && c.level === 'basic' && !c.special)
    .map((c) => ({ code: c.code, name: c.name, divisionCode: c.divisionCode }));
}

/** The demo's caseload as of `today` (the same for the same count and day). */
export function demoCaseload(ctx: Pick<AppContext, 'calendar'>, count: number, today: LocalDate): DemoCase[] {
  const known = new Map<string, boolean>();
  const isWorkday = (d: LocalDate) => {
    let w = known.get(d);
    if (w === undefined) {
      const r = ctx.calendar.isWorkday(d);
      known.set(d, (w = r.ok ? r.value : weekday(d) !== 0 && weekday(d) !== 6));
    }
    return w;
  };
  return generateCaseload({ count, today, courts: demoCourtInfos(), homeCourt: DEMO_COURT, staff: demoStaff, isWorkday });
}

/** Seeds demo users and `count` cases with their histories; does nothing to a database that already has cases. */
export async function seedDemo(
  ctx: AppContext,
  opts: { count?: number; log?: (s: string) => void; handling?: boolean } = {},
): Promise<{ cases: number; users: number }> {
  const log = opts.log ?? (() => {});
  if (await hasAnyCase(ctx.db)) return { cases: 0, users: 0 };
  const today = ctx.clock.today();
  const cases = demoCaseload(ctx, opts.count ?? 3000, today);
  // The demo party is the first natural-person applicant of an open case of the home court (of any court if none).
  const persons = cases.filter((c) => c.applicants[0]!.kind === 'person' && c.resumedFrom === null);
  const open = persons.filter((c) => !c.steps.some((s) => s.kind === 'close'));
  const home = (list: typeof persons) => list.find((c) => c.courtCode === DEMO_COURT);
  const partyCase = home(open) ?? home(persons) ?? open[0] ?? persons[0];
  const applicant = partyCase?.applicants[0];
  const partyIdentity = applicant?.kind === 'person' ? applicant.idNumber : makeResidentId('440703', localDate('1980-01-01'), 1);
  const users = demoUsers(partyIdentity, applicant?.name ?? '演示当事人');
  // The court's staff have their accounts from before the first filing of the demo's period.
  const hired = instantOf({ on: `${yearOf(today) - 1}-01-02` as LocalDate, minute: 480 });
  const staffCtx = { ...ctx, clock: fixedClock(isoInstant(hired)) };
  const system = systemPrincipal(ctx, '系统（演示数据）');
  let created = 0;
  for (const u of users.filter((u) => u.role !== 'party')) {
    const r = await createUser(staffCtx, system, { ...u, password: DEMO_PASSWORD });
    if (r.ok) created += 1;
  }
  const staff = await officersByUsername(
    ctx.db,
    users.map((u) => u.username),
  );
  const people: People = {
    actorOf: (username) => {
      const u = username ? users.find((x) => x.username === username) : undefined;
      const id = username ? staff.get(username)?.id : undefined;
      return u && id ? { id, name: u.displayName } : actorOf(system);
    },
    officer: (username) => ({ id: staff.get(username)!.id, name: users.find((x) => x.username === username)!.displayName }),
  };
  await writeCaseload(ctx, cases, people);
  log(`演示数据：已载入 ${cases.length} 件`);
  // The party account after the cases: it is bound on the evidence of its case (create-user.ts).
  const party = users.find((u) => u.role === 'party')!;
  if (partyCase && (await createUser(ctx, system, { ...party, password: DEMO_PASSWORD })).ok) created += 1;
  // Then the officers' work on the running cases, through the use cases at its moments.
  if (opts.handling !== false) {
    const done = await seedHandling(ctx, { cases, partyCase: partyCase?.index ?? null, today, count: cases.length });
    log(`演示数据：已办理 ${done.notices ?? 0} 件的执行通知、${done.search ?? 0} 次网络查控、${done.seize ?? 0} 项查封冻结`);
    // The court account's statement of the last days, for 对账 (ADR 0173).
    const posted = await seedStatement(ctx, today);
    log(`演示数据：已导入银行流水，${posted} 笔入案款账户`);
    // The 终本案件库's six-monthly re-search of the oldest 终本 cases (src/dormant, ADR 0213).
    const dormant = await seedDormant(ctx, today);
    log(`演示数据：终本案件库已复查 ${dormant.researched} 件`);
  }
  // A listed debtor's portal account (信用修复, ADR 0209), once the handling has published a listing.
  const listed = await publishedPersonDebtor(ctx.db, DEMO_COURT);
  const debtor = listed && { ...demoDebtorUser, displayName: `${listed.name}（被执行人）`, partyIdentity: listed.idNumber };
  if (debtor && (await createUser(ctx, system, { ...debtor, password: DEMO_PASSWORD })).ok) created += 1;
  return { cases: cases.length, users: created };
}
