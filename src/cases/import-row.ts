import { parseCaseNumber } from '../rules/case-number.ts';
import { normalizeIdentity, validateResidentId } from '../rules/identity.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { caseStatuses, closureModes, typeCodeOf, type CaseStatus, type ClosureMode, type FilingDraft } from './cases.types.ts';
import { parseFiling } from './filing-input.ts';
import { canClose } from './lifecycle.ts';

export type ImportRow = {
  caseNumber: string;
  courtCode: string;
  year: number;
  typeCode: string;
  serial: number;
  legacy: boolean;
  draft: FilingDraft;
  status: CaseStatus;
  closure: { mode: ClosureMode; closedOn: LocalDate; reason: string } | null;
};

// One import row: the filing contract of POST /cases plus the case number it already has in the
// court's old system (import is idempotent by it) and, optionally, its current status and closure.
export function parseImportRow(input: Record<string, unknown>, today: LocalDate): Result<ImportRow> {
  const number = typeof input.caseNumber === 'string' ? parseCaseNumber(input.caseNumber.trim()) : null;
  if (!number || !number.valid) return failure('validation-failed', `案号不正确：${String(input.caseNumber ?? '（空）')}`);
  const courtCode =
    typeof input.courtCode === 'string' && input.courtCode ? input.courtCode : number.legacy ? '' : (number.courtCode ?? '');
  const filing = parseFiling({ ...input, courtCode }, today);
  if (!filing.ok) return filing;
  // Officers are assigned after import through the assignment use case, never by a foreign id.
  const draft = { ...filing.value, officerId: null };
  if (!number.legacy) {
    if (number.courtCode !== draft.courtCode)
      return failure('validation-failed', `案号中的法院代字「${number.courtCode}」与执行法院「${draft.courtCode}」不一致`);
    if (number.typeCode !== typeCodeOf[draft.type])
      return failure('validation-failed', `案号类型代字「${number.typeCode}」与案件类型不一致`);
    if (number.year !== Number(draft.filedOn.slice(0, 4))) return failure('validation-failed', '案号年度与立案日期年份不一致');
  }
  const status = (input.status ?? 'filed') as CaseStatus;
  if (!caseStatuses.includes(status)) return failure('validation-failed', `未知案件状态：${String(input.status)}`);
  let closure: ImportRow['closure'] = null;
  if (status === 'closed') {
    const c = (input.closure ?? {}) as Record<string, unknown>;
    const mode = c.mode as ClosureMode;
    const closedOn = parseLocalDate(c.closedOn);
    if (!closureModes.includes(mode)) return failure('validation-failed', '已结案的案件须有结案方式');
    if (!closedOn || compareDates(closedOn, draft.filedOn) < 0 || compareDates(closedOn, today) > 0)
      return failure('closed-before-filed', '结案日期须在立案日期与今天之间');
    if (!canClose('in-progress', mode) && !canClose('filed', mode)) return failure('closure-not-allowed');
    closure = { mode, closedOn, reason: typeof c.reason === 'string' && c.reason ? c.reason : '导入' };
  } else if (input.closure) {
    return failure('closure-not-allowed', '未结案的案件不能有结案信息');
  }
  return success({
    caseNumber: input.caseNumber as string,
    courtCode: draft.courtCode,
    year: number.year ?? Number(draft.filedOn.slice(0, 4)),
    typeCode: typeCodeOf[draft.type],
    serial: number.serial ?? 0,
    legacy: number.legacy,
    draft,
    status,
    closure,
  });
}

const CSV_SPLIT = /[;；]/;

/** A CSV record (header names as keys) in the import's flat column layout, turned into a row object. */
export function csvRecordToRow(r: Record<string, string>): Record<string, unknown> {
  const list = (v: string | undefined) => (v ?? '').split(CSV_SPLIT).map((s) => s.trim());
  const parties = (names: string | undefined, ids: string | undefined, reps?: string) => {
    const n = list(names);
    const i = list(ids);
    const rep = list(reps);
    return n.filter(Boolean).map((name, k) => {
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
    applicants: parties(r.applicantNames, r.applicantIds),
    debtors: parties(r.debtorNames, r.debtorIds, r.debtorLegalRepresentatives),
  };
}

export const csvColumns = [
  'caseNumber',
  'courtCode',
  'type',
  'filedOn',
  'claimAmount',
  'status',
  'closureMode',
  'closedOn',
  'closureReason',
  'titleDocumentNumber',
  'titleIssuer',
  'titleEffectiveOn',
  'titlePerformanceDeadline',
  'moneyAmount',
  'moneyDescription',
  'actDescription',
  'applicantNames',
  'applicantIds',
  'debtorNames',
  'debtorIds',
  'debtorLegalRepresentatives',
] as const;
