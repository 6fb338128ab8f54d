import { parseCaseNumber } from '../rules/case-number.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { firstUnstorableText } from '../db/storable.ts';
import {
  caseStatuses,
  closureModes,
  MAX_CASE_SERIAL,
  typeCodeOf,
  type CaseStatus,
  type ClosureMode,
  type FilingDraft,
} from './cases.types.ts';
import { parseFiling } from './filing-input.ts';
import { canClose } from './lifecycle.ts';

export { csvColumns, csvRecordToRow } from './case-csv.ts';

export type ImportRow = {
  /** Normalised (full-width brackets, ASCII digits, no spaces): the one spelling stored and compared. */
  caseNumber: string;
  courtCode: string;
  year: number;
  typeCode: string;
  serial: number;
  legacy: boolean;
  draft: FilingDraft;
  status: CaseStatus;
  closure: { mode: ClosureMode; closedOn: LocalDate; reason: string } | null;
  /** The 承办人 by username, checked against the users of the court when the row is written. */
  officer: string | null;
  /** The case a 执恢 case resumes, by its normalised number, resolved when the row is written. */
  resumedFrom: string | null;
};

// One import row: the filing contract of POST /cases plus the case number it already has in the
// court's old system (import is idempotent by it) and, optionally, its current status and closure,
// its 承办人 and the case it resumes.
export function parseImportRow(input: Record<string, unknown>, today: LocalDate): Result<ImportRow> {
  const number = typeof input.caseNumber === 'string' ? parseCaseNumber(input.caseNumber.trim()) : null;
  if (!number || !number.valid)
    return failure(
      'validation-failed',
      `案号不正确：${typeof input.caseNumber === 'string' ? input.caseNumber : JSON.stringify(input.caseNumber ?? '（空）')}`,
    );
  // The court code as the number spells it once normalised: ASCII digits, no spaces.
  const given = typeof input.courtCode === 'string' ? foldDigits(input.courtCode) : '';
  const courtCode = given || (number.legacy ? '' : (number.courtCode ?? ''));
  const filing = parseFiling({ ...input, courtCode, officerId: undefined }, today);
  if (!filing.ok) return filing;
  const draft = { ...filing.value, officerId: null };
  if (!number.legacy) {
    if (number.courtCode !== draft.courtCode)
      return failure('validation-failed', `案号中的法院代字「${number.courtCode}」与执行法院「${draft.courtCode}」不一致`);
    if (number.typeCode !== typeCodeOf[draft.type])
      return failure('validation-failed', `案号类型代字「${number.typeCode}」与案件类型不一致`);
    if (number.year !== Number(draft.filedOn.slice(0, 4))) return failure('validation-failed', '案号年度与立案日期年份不一致');
    // The court's next filing of that year and type must still have a number (src/cases/cases.repo.ts).
    if (number.serial! >= MAX_CASE_SERIAL)
      return failure('case-serial-too-large', `案件编号 ${number.serial} 已到上限，本院该年度此类案件此后将无号可编`);
  }
  const status = (input.status ?? 'filed') as CaseStatus;
  if (!caseStatuses.includes(status)) return failure('validation-failed', `未知案件状态：${String(input.status)}`);
  const closure = parseClosure(input, status, draft.filedOn, today);
  if (!closure.ok) return closure;
  const links = parseLinks(input, draft.type);
  if (!links.ok) return links;
  const row: ImportRow = {
    caseNumber: number.normalized!,
    courtCode: draft.courtCode,
    year: number.year ?? Number(draft.filedOn.slice(0, 4)),
    typeCode: typeCodeOf[draft.type],
    serial: number.serial ?? 0,
    legacy: number.legacy,
    draft,
    status,
    closure: closure.value,
    ...links.value,
  };
  // What PostgreSQL would refuse is refused here, by line, before anything is written.
  const unstorable = firstUnstorableText(row);
  if (unstorable) return failure('validation-failed', `字段 ${unstorable} 含有数据库不能保存的字符（NUL 或不成对的 UTF-16 代理项）`);
  if ([draft.filedOn, draft.title.effectiveOn, draft.title.performanceDeadline].some((d) => d?.startsWith('0000')))
    return failure('invalid-date-value', '日期的年份不能为 0000');
  return success(row);
}

const foldDigits = (v: string) => v.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');

function parseClosure(
  input: Record<string, unknown>,
  status: CaseStatus,
  filedOn: LocalDate,
  today: LocalDate,
): Result<ImportRow['closure']> {
  if (status !== 'closed') return input.closure ? failure('closure-not-allowed', '未结案的案件不能有结案信息') : success(null);
  const c = (input.closure ?? {}) as Record<string, unknown>;
  const mode = c.mode as ClosureMode;
  const closedOn = parseLocalDate(c.closedOn);
  if (!closureModes.includes(mode)) return failure('validation-failed', '已结案的案件须有结案方式');
  if (!closedOn || compareDates(closedOn, filedOn) < 0 || compareDates(closedOn, today) > 0)
    return failure('closed-before-filed', '结案日期须在立案日期与今天之间');
  if (!canClose('in-progress', mode) && !canClose('filed', mode)) return failure('closure-not-allowed');
  return success({ mode, closedOn, reason: typeof c.reason === 'string' && c.reason ? c.reason : '导入' });
}

function parseLinks(input: Record<string, unknown>, type: FilingDraft['type']): Result<Pick<ImportRow, 'officer' | 'resumedFrom'>> {
  const officer = input.officer === undefined || input.officer === null || input.officer === '' ? null : input.officer;
  if (officer !== null && (typeof officer !== 'string' || officer.length > 100)) return failure('officer-invalid', '承办人须为用户名');
  let resumedFrom: string | null = null;
  if (input.resumedFrom !== undefined && input.resumedFrom !== null && input.resumedFrom !== '') {
    const from = typeof input.resumedFrom === 'string' ? parseCaseNumber(input.resumedFrom) : null;
    if (!from?.valid)
      return failure(
        'validation-failed',
        `原案号不正确：${typeof input.resumedFrom === 'string' ? input.resumedFrom : JSON.stringify(input.resumedFrom)}`,
      );
    if (type !== 'resumed') return failure('validation-failed', '只有恢复执行案件才有原案号');
    resumedFrom = from.normalized;
  }
  return success({ officer, resumedFrom });
}
