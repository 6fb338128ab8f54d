import { normalizeIdentity, validateResidentId } from '../rules/identity.ts';

// The flat CSV layout of import and export: one case a row, several parties in one cell separated
// by semicolons. The header row may be in Chinese (what export writes, what a clerk sees in Excel
// or WPS) or in the English keys; both import.

export const csvLayout = [
  ['caseNumber', '案号'],
  ['courtCode', '执行法院代字'],
  ['type', '案件类型'],
  ['filedOn', '立案日期'],
  ['claimAmount', '申请执行标的（元）'],
  ['status', '案件状态'],
  ['closureMode', '结案方式'],
  ['closedOn', '结案日期'],
  ['closureReason', '结案理由'],
  ['titleDocumentNumber', '执行依据文书号'],
  ['titleIssuer', '执行依据作出机构'],
  ['titleEffectiveOn', '执行依据生效日期'],
  ['titlePerformanceDeadline', '履行期限'],
  ['moneyAmount', '给付金额（元）'],
  ['moneyDescription', '给付内容'],
  ['actDescription', '行为义务内容'],
  ['applicantNames', '申请执行人'],
  ['applicantIds', '申请执行人证件号码'],
  ['applicantLegalRepresentatives', '申请执行人法定代表人'],
  ['debtorNames', '被执行人'],
  ['debtorIds', '被执行人证件号码'],
  ['debtorLegalRepresentatives', '被执行人法定代表人'],
  ['officer', '承办人（用户名）'],
  ['resumedFrom', '原案号'],
] as const;

export type CsvColumn = (typeof csvLayout)[number][0];
export const csvColumns: readonly CsvColumn[] = csvLayout.map(([key]) => key);
export const csvHeaders: readonly string[] = csvLayout.map(([, label]) => label);
const keyOfHeader = new Map<string, CsvColumn>(csvLayout.flatMap(([key, label]) => [[key, key] as const, [label, key] as const]));

/** The import key of a header cell, Chinese or English; null for a column the layout does not have. */
export const csvKeyOf = (header: string): CsvColumn | null => keyOfHeader.get(header.trim()) ?? null;

export const CSV_LIST_SEPARATOR = ';';
const CSV_SPLIT = /[;；]/;

// A cell that starts with = + - @ is a formula to Excel and WPS: exported with a leading
// apostrophe (the spreadsheets' own "this is text" mark), which import takes off again. A cell
// that starts with an apostrophe gets one more, so that every value comes back as it was.
const FORMULA_START = /^[=+\-@']/;
export const neutraliseCell = (v: string): string => (FORMULA_START.test(v) ? `'${v}` : v);
export const restoreCell = (v: string): string => (v.startsWith("'") && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v);

/** A CSV record (import keys → cell text) turned into a row object of the JSON Lines import. */
export function csvRecordToRow(raw: Partial<Record<CsvColumn, string>>): Record<string, unknown> {
  const r: Partial<Record<CsvColumn, string>> = {};
  for (const [k, v] of Object.entries(raw) as [CsvColumn, string | undefined][]) if (v !== undefined) r[k] = restoreCell(v);
  const list = (v: string | undefined) => (v ?? '').split(CSV_SPLIT).map((s) => s.trim());
  const parties = (names: string | undefined, ids: string | undefined, reps: string | undefined) => {
    const i = list(ids);
    const rep = list(reps);
    return list(names)
      .filter(Boolean)
      .map((name, k) => {
        const id = normalizeIdentity(i[k] ?? '');
        // An 18-character number that passes GB 11643 is a person; anything else is read as a credit code.
        return validateResidentId(id).valid
          ? { kind: 'person', name, idNumber: id }
          : { kind: 'organization', name, creditCode: id, legalRepresentative: rep[k] || null };
      });
  };
  const obligations = [
    ...(r.moneyAmount ? [{ kind: 'money', amount: r.moneyAmount, description: r.moneyDescription || '给付金钱' }] : []),
    ...(r.actDescription ? [{ kind: 'act', description: r.actDescription }] : []),
  ];
  return {
    caseNumber: r.caseNumber,
    courtCode: r.courtCode || undefined,
    type: r.type || 'first',
    filedOn: r.filedOn,
    claimAmount: r.claimAmount,
    status: r.status || 'filed',
    ...(r.closureMode ? { closure: { mode: r.closureMode, closedOn: r.closedOn, reason: r.closureReason } } : {}),
    title: {
      documentNumber: r.titleDocumentNumber,
      issuer: r.titleIssuer,
      effectiveOn: r.titleEffectiveOn,
      performanceDeadline: r.titlePerformanceDeadline || null,
      obligations,
    },
    applicants: parties(r.applicantNames, r.applicantIds, r.applicantLegalRepresentatives),
    debtors: parties(r.debtorNames, r.debtorIds, r.debtorLegalRepresentatives),
    ...(r.officer ? { officer: r.officer } : {}),
    ...(r.resumedFrom ? { resumedFrom: r.resumedFrom } : {}),
  };
}

type ExportParty = { kind: string; name: string; idNumber?: string; creditCode?: string; legalRepresentative?: string | null };
type Obligation = { kind: string; amount?: string; description: string };
/** A case as the JSON Lines export writes it (see export-cases.ts). */
export type ExportRow = {
  caseNumber: string;
  courtCode: string;
  type: string;
  filedOn: string;
  claimAmount: string;
  status: string;
  closure?: { mode: string; closedOn: string | null; reason: string | null };
  title: { documentNumber: string; issuer: string; effectiveOn: string; performanceDeadline: string | null; obligations: Obligation[] };
  applicants: ExportParty[];
  debtors: ExportParty[];
  thirdParties?: ExportParty[];
  officer?: string;
  resumedFrom?: string;
};

const textsOf = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(textsOf) : v && typeof v === 'object' ? Object.values(v).flatMap(textsOf) : [];

/** Why this case cannot be written as one CSV row without losing or changing something; null when it can. */
export function csvCannotRepresent(r: ExportRow): string | null {
  if (r.thirdParties?.length) return '有第三人（CSV 没有第三人的列）';
  // The import reads one record a line.
  if (textsOf(r).some((t) => /[\n\r]/.test(t))) return '有含换行的内容（CSV 每件案件占一行）';
  const kinds = r.title.obligations.map((o) => o.kind).join(',');
  if (!['money', 'act', 'money,act'].includes(kinds)) return '执行依据有多项义务（CSV 只有一项给付金钱和一项行为义务的列）';
  for (const p of [...r.applicants, ...r.debtors]) {
    const texts = [p.name, p.legalRepresentative ?? ''];
    if (texts.some((t) => CSV_SPLIT.test(t))) return `当事人「${p.name}」的名称或法定代表人含有分号（CSV 用分号分隔多名当事人）`;
    // Import reads a number that passes GB 11643 as a person's: a credit code that does would change kind.
    if (p.kind === 'organization' && validateResidentId(p.creditCode ?? '').valid) return `单位「${p.name}」的代码会被读作身份证号码`;
  }
  return null;
}

/** One case as a CSV row in the layout's column order, formulas neutralised. Check csvCannotRepresent first. */
export function toCsvRow(r: ExportRow): string[] {
  const money = r.title.obligations.find((o) => o.kind === 'money');
  const act = r.title.obligations.find((o) => o.kind === 'act');
  const ids = (ps: ExportParty[]) => ps.map((p) => p.idNumber ?? p.creditCode ?? '').join(CSV_LIST_SEPARATOR);
  const names = (ps: ExportParty[]) => ps.map((p) => p.name).join(CSV_LIST_SEPARATOR);
  const reps = (ps: ExportParty[]) => ps.map((p) => p.legalRepresentative ?? '').join(CSV_LIST_SEPARATOR);
  const values: Record<CsvColumn, string> = {
    caseNumber: r.caseNumber,
    courtCode: r.courtCode,
    type: r.type,
    filedOn: r.filedOn,
    claimAmount: r.claimAmount,
    status: r.status,
    closureMode: r.closure?.mode ?? '',
    closedOn: r.closure?.closedOn ?? '',
    closureReason: r.closure?.reason ?? '',
    titleDocumentNumber: r.title.documentNumber,
    titleIssuer: r.title.issuer,
    titleEffectiveOn: r.title.effectiveOn,
    titlePerformanceDeadline: r.title.performanceDeadline ?? '',
    moneyAmount: money?.amount ?? '',
    moneyDescription: money?.description ?? '',
    actDescription: act?.description ?? '',
    applicantNames: names(r.applicants),
    applicantIds: ids(r.applicants),
    applicantLegalRepresentatives: r.applicants.some((p) => p.legalRepresentative) ? reps(r.applicants) : '',
    debtorNames: names(r.debtors),
    debtorIds: ids(r.debtors),
    debtorLegalRepresentatives: reps(r.debtors),
    officer: r.officer ?? '',
    resumedFrom: r.resumedFrom ?? '',
  };
  return csvColumns.map((c) => neutraliseCell(values[c]));
}
