import type { AppContext } from '../platform/context.ts';
import { createUser } from '../access/create-user.ts';
import type { Role } from '../access/access.types.ts';
import { importCases, type ImportLine } from '../cases/import-cases.ts';
import { assignOfficer } from '../cases/change-case.ts';
import { hasAnyCase, openCaseIds } from '../cases/cases.repo.ts';
import { userIdsByUsername } from '../access/access.repo.ts';
import { allCourts } from '../courts/registry.ts';
import { demoRows, type DemoCourt } from './demo-data.ts';
import { systemPrincipal } from '../access/system-principal.ts';
import { makeResidentId } from '../rules/identity.ts';
import { localDate } from '../shared/dates.ts';

export const DEMO_PROVINCE = '粤';
export const DEMO_COURT = '粤0703';
export const DEMO_PASSWORD = 'zhixing-demo';

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

/** The demo courts: every court of one province (the high court and all below it). */
export function demoCourts(): DemoCourt[] {
  return allCourts()
    .filter((c) => (c.code === DEMO_PROVINCE || c.code.startsWith(DEMO_PROVINCE)) && c.level === 'basic' && !c.special)
    .map((c) => ({ code: c.code, name: c.name, divisionCode: c.divisionCode }));
}

/** Seeds demo users and `count` deterministic cases; does nothing to a database that already has cases. */
export async function seedDemo(
  ctx: AppContext,
  opts: { count?: number; log?: (s: string) => void } = {},
): Promise<{ cases: number; users: number }> {
  const log = opts.log ?? (() => {});
  if (await hasAnyCase(ctx.db)) return { cases: 0, users: 0 };
  const rows = [...demoRows({ count: opts.count ?? 3000, courts: demoCourts(), homeCourt: DEMO_COURT, until: ctx.clock.today() })];
  // The demo party is the first natural-person applicant (of the home court if there is one).
  const applicantOf = (r: Record<string, unknown>) => (r.applicants as { kind: string; idNumber?: string; name: string }[])[0]!;
  const persons = rows.filter((r) => applicantOf(r).kind === 'person');
  const partyRow = persons.find((r) => r.courtCode === DEMO_COURT) ?? persons[0];
  const partyApplicant = partyRow
    ? applicantOf(partyRow)
    : { idNumber: makeResidentId('440703', localDate('1980-01-01'), 1), name: '演示当事人' };
  const partyIdentity = partyApplicant.idNumber!;
  async function* lines(): AsyncGenerator<ImportLine> {
    let line = 0;
    for (const data of rows) yield { line: ++line, data };
  }
  const report = await importCases(ctx, systemPrincipal(ctx, '系统（演示数据）'), lines(), {
    batchSize: 2000,
    onProgress: (r) => log(`演示数据：已导入 ${r.imported} 件`),
  });
  if (report.errors.length) throw new Error(`demo seed rejected rows: ${JSON.stringify(report.errors.slice(0, 3))}`);
  // Users after the cases: the party account is bound on the evidence of its case (create-user.ts).
  let users = 0;
  for (const u of demoUsers(partyIdentity, partyApplicant.name)) {
    const r = await createUser(ctx, systemPrincipal(ctx, '系统（演示数据）'), { ...u, password: DEMO_PASSWORD });
    if (r.ok) users += 1;
  }
  // Give the home court's open cases an officer, through the same use case a bureau head uses.
  const officers = await userIdsByUsername(ctx.db, ['judge', 'enforcer']);
  const home = ctx.courts.byCode(DEMO_COURT)!;
  const open = await openCaseIds(ctx.db, home.id, 400);
  const head = systemPrincipal(ctx, '系统（演示数据）');
  for (const [i, id] of open.entries()) await assignOfficer(ctx, head, id, officers[i % officers.length]!);
  return { cases: report.imported, users };
}
