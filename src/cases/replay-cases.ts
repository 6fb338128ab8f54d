import type { Executor } from '../db/connection.ts';
import { canonicalJson } from '../audit/hash.ts';
import { parseCaseNumber } from '../rules/case-number.ts';
import { isoInstant } from '../shared/dates.ts';
import type { CaseFacts } from './case-facts.ts';
import { caseEventsOf, caseRowsAfter, casesWithoutRow, type CaseEventForReplay, type CaseRowsForReplay } from './replay.repo.ts';

// Published to the audit: replays each case's events — its filing or import with every fact, then
// every change — and compares the result with the case's rows, naming the first difference. An edit
// of `cases`, `case_titles` or `case_parties` behind the application's back is found this way.
//
// The convention it relies on: a use case that changes a column of a case row records that column
// in its event (entity 'case') as { before, after } under the name below, once per changed column;
// each such event moved the row's version on by one and set its updated_at.

export type CaseMismatch = { courtId: number; caseId: string; caseNumber: string; field: string; row: string; events: string };
export type ReplayReport = { checked: number; mismatches: CaseMismatch[] };

const CHANGEABLE: Record<string, string> = {
  status: 'status',
  closureMode: 'closure_mode',
  closedOn: 'closed_on',
  closureReason: 'closure_reason',
  officerId: 'officer_id',
};

type Expected = Map<string, unknown>; // 'cases.status' → value; a field it does not know is absent

const isChange = (v: unknown): v is { before: unknown; after: unknown } => !!v && typeof v === 'object' && 'after' in v && 'before' in v;
const normalNumber = (n: unknown) => (typeof n === 'string' ? (parseCaseNumber(n).normalized ?? n) : n);

/** What the filing or import event says the rows held when the case was created. */
function fromFiling(e: CaseEventForReplay): Expected {
  const c = e.changes as Record<string, unknown>;
  const x: Expected = new Map();
  const status = isChange(c.status) ? c.status.after : c.status;
  x.set('cases.case_number', normalNumber(c.caseNumber));
  x.set('cases.court_id', e.court_id);
  x.set('cases.type', c.type);
  x.set('cases.status', status);
  x.set('cases.filed_on', c.filedOn);
  x.set('cases.claim_amount', c.claimAmountFen);
  x.set('cases.closure_mode', c.closureMode ?? null);
  x.set('cases.closed_on', c.closedOn ?? null);
  x.set('cases.created_at', isoInstant(e.occurred_at));
  x.set('cases.updated_at', isoInstant(e.occurred_at));
  x.set('cases.version', 1);
  x.set('case_titles.document_number', c.titleDocument);
  x.set('case_titles.performance_deadline', c.performanceDeadline ?? null);
  const f = c.facts as CaseFacts | undefined;
  if (!f) {
    // An event of before the facts were recorded: what it says, and the number of parties.
    if (e.action === 'case.filed') {
      x.set('cases.officer_id', c.officerId ?? null);
      x.set('cases.resumed_from_id', c.resumedFromId ?? null);
    }
    x.set('parties.applicants', c.applicants);
    x.set('parties.debtors', c.debtors);
    return x;
  }
  x.set('cases.year', f.year);
  x.set('cases.type_code', f.typeCode);
  x.set('cases.serial', f.serial);
  x.set('cases.closure_reason', f.closureReason);
  if ('officer' in f) {
    x.set('cases.officer', f.officer);
    x.set('cases.resumed_from', normalNumber(f.resumedFrom));
  } else {
    x.set('cases.officer_id', c.officerId ?? null);
    x.set('cases.resumed_from_id', c.resumedFromId ?? null);
  }
  const names = (role: string) =>
    f.parties
      .filter((p) => p[0] === role)
      .map((p) => p[2])
      .join('、');
  x.set('cases.applicant_names', names('applicant'));
  x.set('cases.debtor_names', names('debtor'));
  x.set('case_titles.issuer', f.issuer);
  x.set('case_titles.effective_on', f.effectiveOn);
  x.set(
    'case_titles.obligations',
    canonicalJson(
      f.obligations.map(([kind, amount, description]) => (kind === 'money' ? { kind, amount, description } : { kind, description })),
    ),
  );
  x.set('case_parties', canonicalJson(f.parties.map(partyKey)));
  if (f.issuerType !== undefined) {
    x.set('cases.cause', f.cause ?? null);
    x.set('cases.applied_on', f.appliedOn ?? null);
    x.set('case_titles.issuer_type', f.issuerType);
    x.set('case_parties.details', canonicalJson(f.partyDetails ?? []));
  }
  return x;
}

/** Folds a later event into what is expected. */
function apply(x: Expected, e: CaseEventForReplay): void {
  const c = (e.changes ?? {}) as Record<string, unknown>;
  let changed = false;
  for (const [key, column] of Object.entries(CHANGEABLE)) {
    const v = c[key];
    if (!isChange(v)) continue;
    x.set(`cases.${column}`, v.after);
    if (column === 'officer_id') x.delete('cases.officer');
    changed = true;
  }
  // A closure recorded before closureReason had its { before, after }.
  if (e.action === 'case.closed' && !isChange(c.closureReason) && typeof c.reason === 'string') x.set('cases.closure_reason', c.reason);
  if (!changed) return;
  x.set('cases.version', (x.get('cases.version') as number) + 1);
  x.set('cases.updated_at', isoInstant(e.occurred_at));
}

const partyKey = (p: CaseFacts['parties'][number] | [string, string, string, string | null, string | null]) => [
  p[0],
  p[1],
  p[2],
  p[3],
  p[4],
];

/** What the rows hold, under the same names. */
function actual(r: CaseRowsForReplay): Map<string, unknown> {
  const a = new Map<string, unknown>();
  for (const col of ['case_number', 'court_id', 'year', 'type', 'type_code', 'serial', 'status', 'filed_on', 'claim_amount'])
    a.set(`cases.${col}`, r[col as keyof CaseRowsForReplay]);
  a.set('cases.officer_id', r.officer_id);
  a.set('cases.officer', r.officer_username);
  a.set('cases.closure_mode', r.closure_mode);
  a.set('cases.closed_on', r.closed_on);
  a.set('cases.closure_reason', r.closure_reason);
  a.set('cases.resumed_from_id', r.resumed_from_id);
  a.set('cases.resumed_from', r.resumed_from_number);
  a.set('cases.applicant_names', r.applicant_names);
  a.set('cases.debtor_names', r.debtor_names);
  a.set('cases.created_at', isoInstant(r.created_at));
  a.set('cases.updated_at', isoInstant(r.updated_at));
  a.set('cases.version', r.version);
  a.set('case_titles.document_number', r.title?.document_number ?? null);
  a.set('case_titles.issuer', r.title?.issuer ?? null);
  a.set('case_titles.effective_on', r.title?.effective_on ?? null);
  a.set('case_titles.performance_deadline', r.title?.performance_deadline ?? null);
  a.set('case_titles.obligations', r.title ? canonicalJson(r.title.obligations) : null);
  a.set('parties.applicants', r.parties.filter((p) => p.role === 'applicant').length);
  a.set('parties.debtors', r.parties.filter((p) => p.role === 'debtor').length);
  const order = ['applicant', 'debtor', 'third-party'];
  const sorted = [...r.parties].sort((p, q) => order.indexOf(p.role) - order.indexOf(q.role) || p.position - q.position);
  a.set('case_parties', canonicalJson(sorted.map((p) => [p.role, p.kind, p.name, p.id_number ?? p.credit_code, p.legal_representative])));
  a.set('cases.cause', r.cause);
  a.set('cases.applied_on', r.applied_on);
  a.set('case_titles.issuer_type', r.title?.issuer_type ?? null);
  a.set(
    'case_parties.details',
    canonicalJson(sorted.map((p) => [p.id_type, p.address, p.service_address, p.address_confirmed_on, p.phone, p.agents])),
  );
  return a;
}

const shown = (v: unknown) => (v === null || v === undefined ? '（空）' : typeof v === 'string' ? v : JSON.stringify(v));

/** Values as compared: a number and its digits alike, absent and null alike. */
const comparable = (v: unknown): string => {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
};

/** The first difference between a case's rows and its events, or null. */
export function firstDifference(
  row: CaseRowsForReplay,
  events: readonly CaseEventForReplay[],
): Omit<CaseMismatch, 'courtId' | 'caseId' | 'caseNumber'> | null {
  const [first, ...rest] = events;
  if (!first) return { field: 'events', row: '案件存在', events: '没有立案或导入事件' };
  if (first.action !== 'case.filed' && first.action !== 'case.imported')
    return { field: 'events', row: '案件存在', events: `第一个事件是 ${first.action}，不是立案或导入` };
  const expected = fromFiling(first);
  for (const e of rest) apply(expected, e);
  const a = actual(row);
  for (const [field, value] of expected) {
    const got = a.get(field);
    if (comparable(got) !== comparable(value)) return { field, row: shown(got), events: shown(value) };
  }
  return null;
}

/** Replays every case of these courts (all when null), in batches. */
export async function replayCases(
  db: Executor,
  opts: { courtIds?: readonly number[]; batch?: number; maxMismatches?: number } = {},
): Promise<ReplayReport> {
  const batch = opts.batch ?? 500;
  const max = opts.maxMismatches ?? 100;
  const courtIds = opts.courtIds ?? null;
  const mismatches: CaseMismatch[] = [];
  let checked = 0;
  for (let after = '00000000-0000-0000-0000-000000000000'; mismatches.length < max;) {
    const rows = await caseRowsAfter(db, courtIds, after, batch);
    if (rows.length === 0) break;
    const events = await caseEventsOf(
      db,
      rows.map((r) => r.id),
    );
    const byCase = new Map<string, CaseEventForReplay[]>();
    for (const e of events) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);
    for (const r of rows) {
      checked += 1;
      const d = firstDifference(r, byCase.get(r.id) ?? []);
      if (d && mismatches.length < max) mismatches.push({ courtId: r.court_id, caseId: r.id, caseNumber: r.case_number, ...d });
    }
    after = rows[rows.length - 1]!.id;
  }
  for (const gone of await casesWithoutRow(db, courtIds, Math.max(0, max - mismatches.length)))
    mismatches.push({
      courtId: gone.court_id,
      caseId: gone.case_id,
      caseNumber: gone.case_number ?? '',
      field: 'cases',
      row: '（无此行）',
      events: '案件已立案或导入',
    });
  return { checked, mismatches };
}

/** The Chinese name of each field the replay compares, for the reports. */
export const replayFieldNames: Readonly<Record<string, string>> = {
  events: '事件',
  cases: '案件数据',
  'cases.case_number': '案号',
  'cases.court_id': '法院',
  'cases.year': '年度',
  'cases.type': '案件类型',
  'cases.type_code': '类型代字',
  'cases.serial': '案件编号',
  'cases.status': '状态',
  'cases.filed_on': '立案日期',
  'cases.claim_amount': '申请执行标的额（分）',
  'cases.closure_mode': '结案方式',
  'cases.closed_on': '结案日期',
  'cases.closure_reason': '结案理由',
  'cases.officer': '承办人',
  'cases.officer_id': '承办人',
  'cases.resumed_from': '原案',
  'cases.resumed_from_id': '原案',
  'cases.applicant_names': '申请执行人名称',
  'cases.debtor_names': '被执行人名称',
  'cases.created_at': '创建时间',
  'cases.updated_at': '更新时间',
  'cases.version': '版本号',
  'case_titles.document_number': '执行依据文号',
  'case_titles.issuer': '执行依据作出机关',
  'case_titles.issuer_type': '执行依据种类',
  'cases.cause': '案由',
  'cases.applied_on': '申请执行日期',
  'case_parties.details': '当事人证件类型、地址、电话和代理人',
  'case_titles.effective_on': '执行依据生效日期',
  'case_titles.performance_deadline': '履行期限',
  'case_titles.obligations': '执行义务',
  case_parties: '当事人',
  'parties.applicants': '申请执行人人数',
  'parties.debtors': '被执行人人数',
};
