import { isRecord } from '../shared/json.ts';
import { parseYuan, type Fen } from '../shared/money.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { parseApiDate } from '../shared/contract.ts';
import { parseCaseNumber } from '../rules/case-number.ts';
import { issuerTypeNames, issuerTypes, type IssuerType } from '../shared/vocabulary.ts';
import { parseParties, type Add } from './party-input.ts';
import { failure, success, type FieldError, type Result } from '../shared/result.ts';
import type { ErrorCode } from '../shared/result.ts';
import { caseTypes, type CaseType, type FilingDraft, type Obligation } from './cases.types.ts';

// Validates an untrusted filing (API body or import row) into a FilingDraft, collecting every
// field error. The first error's code becomes the problem's code, so clients can branch on it.
export function parseFiling(input: unknown, today: LocalDate): Result<FilingDraft> {
  const errors: (FieldError & { code: ErrorCode })[] = [];
  const add = (field: string, code: ErrorCode, message: string) => errors.push({ field, code, message });
  const o = isRecord(input) ? input : {};
  if (!isRecord(input)) add('', 'validation-failed', '请求内容必须是对象');

  const courtCode = typeof o.courtCode === 'string' && o.courtCode.trim() ? o.courtCode.trim() : '';
  if (!courtCode) add('courtCode', 'validation-failed', '请填写执行法院');
  const type = (caseTypes as readonly string[]).includes(o.type as string) ? (o.type as CaseType) : 'first';
  if (o.type !== undefined && type !== o.type) add('type', 'validation-failed', '案件类型只能是 first、resumed 或 preservation');
  const filedOn = date(o.filedOn, 'filedOn', '立案日期', add);
  if (filedOn && compareDates(filedOn, today) > 0) add('filedOn', 'date-in-future', '立案日期不能晚于今天');
  const claimAmount = money(o.claimAmount, 'claimAmount', '申请执行标的', add);

  const t = isRecord(o.title) ? o.title : {};
  if (!isRecord(o.title)) add('title', 'validation-failed', '请填写执行依据');
  const documentNumber = text(t.documentNumber, 'title.documentNumber', '执行依据文书号', add);
  const issuer = text(t.issuer, 'title.issuer', '作出执行依据的机构', add);
  const effectiveOn = date(t.effectiveOn, 'title.effectiveOn', '生效日期', add);
  const performanceDeadline =
    t.performanceDeadline == null || t.performanceDeadline === ''
      ? null
      : date(t.performanceDeadline, 'title.performanceDeadline', '履行期限', add);
  if (effectiveOn && performanceDeadline && compareDates(performanceDeadline, effectiveOn) < 0) {
    add('title.performanceDeadline', 'performance-deadline-before-effective', '履行期限不能早于生效日期');
  }
  if (effectiveOn && filedOn && compareDates(filedOn, effectiveOn) < 0)
    add('filedOn', 'filed-before-effective', '立案日期不能早于执行依据生效日期');
  const obligations = Array.isArray(t.obligations) ? t.obligations.map((ob, i) => obligation(ob, `title.obligations[${i}]`, add)) : [];
  if (obligations.length === 0) add('title.obligations', 'obligation-required', '执行依据至少需要一项义务');

  const applicants = parseParties(o.applicants, 'applicants', add, today);
  const debtors = parseParties(o.debtors, 'debtors', add, today);
  const thirdParties = o.thirdParties === undefined ? [] : parseParties(o.thirdParties, 'thirdParties', add, today, true);
  const cause = optionalCause(o.cause, add);
  const appliedOn =
    o.appliedOn === undefined || o.appliedOn === null || o.appliedOn === '' ? null : date(o.appliedOn, 'appliedOn', '申请执行日期', add);
  if (appliedOn && filedOn && compareDates(appliedOn, filedOn) > 0) add('appliedOn', 'applied-after-filed', '申请执行日期不能晚于立案日期');
  const issuerType =
    t.issuerType === undefined
      ? defaultIssuerType(documentNumber)
      : (issuerTypes as readonly unknown[]).includes(t.issuerType)
        ? (t.issuerType as IssuerType)
        : null;
  if (issuerType === null)
    add('title.issuerType', 'validation-failed', `执行依据的种类不正确；可选：${issuerTypes.map((k) => issuerTypeNames[k]).join('、')}`);
  if (!Array.isArray(o.applicants) || o.applicants.length === 0) add('applicants', 'party-required', '至少需要一名申请执行人');
  if (!Array.isArray(o.debtors) || o.debtors.length === 0) add('debtors', 'party-required', '至少需要一名被执行人');
  const officerId = typeof o.officerId === 'string' && o.officerId ? o.officerId : null;

  if (errors.length > 0) return failure(errors[0]!.code, errors.map((e) => e.message).join('；'), errors);
  return success({
    courtCode,
    type,
    filedOn: filedOn!,
    claimAmount: claimAmount!,
    cause,
    appliedOn,
    title: {
      documentNumber,
      issuer,
      issuerType: issuerType!,
      effectiveOn: effectiveOn!,
      performanceDeadline,
      obligations: obligations.filter((x): x is Obligation => x !== null),
    },
    applicants,
    debtors,
    thirdParties,
    officerId,
  });
}

// A document number that reads as a court case number was made by a court; anything else is 'other'
// unless the filing says what it is.
const defaultIssuerType = (documentNumber: string): IssuerType => (parseCaseNumber(documentNumber).valid ? 'court-judgment' : 'other');

function optionalCause(v: unknown, add: Add): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string' || !v.trim()) return (add('cause', 'validation-failed', '案由须为文字'), null);
  if (v.trim().length > 60) add('cause', 'validation-failed', '案由过长（最多 60 字）');
  return v.trim();
}

function text(v: unknown, field: string, label: string, add: Add, max = 200): string {
  if (typeof v !== 'string' || !v.trim()) {
    add(field, 'validation-failed', `请填写${label}`);
    return '';
  }
  if (v.length > max) add(field, 'validation-failed', `${label}过长`);
  return v.trim();
}

function date(v: unknown, field: string, label: string, add: Add): LocalDate | null {
  // The contract's dates (from 1900): an import row is held to the same rule as the API.
  const d = parseApiDate(v);
  if (!d)
    add(
      field,
      v === undefined || v === '' ? 'validation-failed' : 'invalid-date-value',
      `${label}须为有效日期（YYYY-MM-DD，1900 年及以后）`,
    );
  return d;
}

function money(v: unknown, field: string, label: string, add: Add): Fen | null {
  const m = parseYuan(v);
  if (m === null) add(field, 'invalid-money', `${label}须为非负金额，最多两位小数（如 "120000.00"）`);
  return m;
}

function obligation(v: unknown, field: string, add: Add): Obligation | null {
  if (!isRecord(v)) return (add(field, 'validation-failed', '义务格式不正确'), null);
  const description = typeof v.description === 'string' ? v.description.trim() : '';
  if (v.kind === 'money') {
    const amount = money(v.amount, `${field}.amount`, '给付金额', add);
    if (amount === 0n) add(`${field}.amount`, 'invalid-money', '给付金额须大于零');
    return amount === null ? null : { kind: 'money', amount, description: description || '给付金钱' };
  }
  if (v.kind === 'act') {
    if (!description) add(`${field}.description`, 'validation-failed', '请填写行为义务的内容');
    return { kind: 'act', description };
  }
  add(`${field}.kind`, 'validation-failed', '义务类型只能是 money 或 act');
  return null;
}
