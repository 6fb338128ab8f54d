import { isRecord } from '../shared/json.ts';
import { parseApiDate } from '../shared/contract.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import type { ErrorCode } from '../shared/result.ts';
import { validateResidentId } from '../rules/identity.ts';
import {
  checkDocument,
  documentTypeNames,
  isOrganisationDocument,
  isPersonDocument,
  organisationDocumentTypes,
  personDocumentTypes,
  type DocumentType,
} from '../rules/identity-documents.ts';
import type { Agent, Party, PartyContact } from './cases.types.ts';

// A filing's parties, each validated by the rule of its own document type, with its 住所, 送达地址
// (and the day the 送达地址确认书 was signed), phone and 委托代理人. Every problem is a field error.

export type Add = (field: string, code: ErrorCode, message: string) => void;
import { MAX_AGENTS } from './cases.models.ts';

const trimmed = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

function optionalText(v: unknown, field: string, label: string, add: Add, max: number): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v !== 'string') return (add(field, 'validation-failed', `${label}须为文字`), null);
  if (v.trim().length > max) add(field, 'validation-failed', `${label}过长（最多 ${max} 字）`);
  return trimmed(v);
}

// 手机号码 (11 digits from 1) or a landline with its area code (0xx-xxxxxxxx, an extension allowed).
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\+?\d{6,15})$/;

function phone(v: unknown, field: string, add: Add): string | null {
  const text = optionalText(v, field, '联系电话', add, 30);
  if (text === null) return null;
  const n = text.replace(/[\s（）()]/g, '').replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!PHONE.test(n)) add(field, 'invalid-phone', '联系电话不正确：手机号码为 11 位数字，固定电话须带区号（如 0750-3201234）');
  return n;
}

function agent(v: unknown, field: string, add: Add): Agent | null {
  if (!isRecord(v)) return (add(field, 'validation-failed', '委托代理人格式不正确'), null);
  const kind = v.kind === 'lawyer' || v.kind === 'other' ? v.kind : null;
  if (!kind) add(`${field}.kind`, 'validation-failed', '代理人类型只能是 lawyer（律师）或 other（其他代理人）');
  const name = trimmed(v.name);
  if (!name) add(`${field}.name`, 'validation-failed', '请填写代理人姓名');
  let idNumber: string | null = null;
  if (trimmed(v.idNumber)) {
    const id = validateResidentId(String(v.idNumber));
    if (id.valid) idNumber = id.normalized;
    else add(`${field}.idNumber`, 'invalid-id-number', `代理人${name ?? ''}的身份证号码不正确`);
  }
  let licenseNumber: string | null = null;
  const licence = trimmed(v.licenseNumber)?.replace(/\s+/g, '') ?? null;
  // 律师执业证号: 17 digits (执业机构所在地区划码 + 执业类别 + 首次执业年份 + 性别 + 序号).
  if (licence && !/^\d{17}$/.test(licence)) add(`${field}.licenseNumber`, 'invalid-license-number', '律师执业证号应为 17 位数字');
  else licenseNumber = licence;
  if (kind === 'lawyer' && !licence) add(`${field}.licenseNumber`, 'validation-failed', `请填写律师${name ?? ''}的执业证号`);
  const firm = optionalText(v.firm, `${field}.firm`, '律师事务所', add, 100);
  return kind && name ? { kind, name, idNumber, licenseNumber, firm } : null;
}

function contact(p: Record<string, unknown>, f: string, add: Add, today: LocalDate): PartyContact {
  const address = optionalText(p.address, `${f}.address`, '住所', add, 200);
  const serviceAddress = optionalText(p.serviceAddress, `${f}.serviceAddress`, '送达地址', add, 200);
  let addressConfirmedOn: LocalDate | null = null;
  if (p.addressConfirmedOn !== undefined && p.addressConfirmedOn !== null && p.addressConfirmedOn !== '') {
    addressConfirmedOn = parseApiDate(p.addressConfirmedOn);
    if (!addressConfirmedOn) add(`${f}.addressConfirmedOn`, 'invalid-date-value', '送达地址确认日期须为有效日期（YYYY-MM-DD）');
    else if (compareDates(addressConfirmedOn, today) > 0) add(`${f}.addressConfirmedOn`, 'date-in-future', '送达地址确认日期不能晚于今天');
    if (!serviceAddress) add(`${f}.serviceAddress`, 'validation-failed', '已签署送达地址确认书的，请填写确认的送达地址');
  }
  const agents: Agent[] = [];
  if (p.agents !== undefined && p.agents !== null) {
    if (!Array.isArray(p.agents)) add(`${f}.agents`, 'validation-failed', '委托代理人须为列表');
    else if (p.agents.length > MAX_AGENTS) add(`${f}.agents`, 'validation-failed', `委托代理人最多 ${MAX_AGENTS} 名`);
    else
      p.agents.forEach((a, i) => {
        const x = agent(a, `${f}.agents[${i}]`, add);
        if (x) agents.push(x);
      });
  }
  return { address, serviceAddress, addressConfirmedOn, phone: phone(p.phone, `${f}.phone`, add), agents };
}

/** The document type asked for, or the default of the kind (resident ID, credit code). */
function documentType(p: Record<string, unknown>, f: string, add: Add): DocumentType | null {
  if (p.idType === undefined || p.idType === null || p.idType === '') return p.kind === 'person' ? 'resident-id' : 'credit-code';
  const t = typeof p.idType === 'string' ? p.idType : JSON.stringify(p.idType);
  if (p.kind === 'person' && isPersonDocument(t)) return t;
  if (p.kind === 'organization' && isOrganisationDocument(t)) return t;
  const allowed: readonly DocumentType[] = p.kind === 'person' ? personDocumentTypes : organisationDocumentTypes;
  add(
    `${f}.idType`,
    'unknown-id-type',
    `证件类型「${t}」不适用于${p.kind === 'person' ? '自然人' : '单位'}；可选：${allowed.map((a) => documentTypeNames[a]).join('、')}`,
  );
  return null;
}

export function parseParties(v: unknown, field: string, add: Add, today: LocalDate, optional = false): Party[] {
  if (!Array.isArray(v)) {
    if (!optional) add(field, 'party-required', '当事人须为列表');
    return [];
  }
  const out: Party[] = [];
  v.forEach((p, i) => {
    const f = `${field}[${i}]`;
    if (!isRecord(p)) return add(f, 'validation-failed', '当事人格式不正确');
    const name = trimmed(p.name) ?? '';
    if (!name) add(`${f}.name`, 'validation-failed', '请填写当事人名称');
    else if (name.length > 100) add(`${f}.name`, 'validation-failed', '当事人名称过长');
    if (p.kind !== 'person' && p.kind !== 'organization')
      return add(`${f}.kind`, 'validation-failed', '当事人类型只能是 person 或 organization');
    const idType = documentType(p, f, add);
    const details = contact(p, f, add, today);
    if (!idType) return;
    // Stored as validated (full-width folded, spaces dropped, upper-cased), so a search finds it.
    const numberField = idType === 'credit-code' ? 'creditCode' : 'idNumber';
    const given = p[numberField];
    const raw = typeof given === 'string' ? given : '';
    const check = checkDocument(idType, raw);
    if (!check.valid) {
      const code: ErrorCode =
        idType === 'resident-id' ? 'invalid-id-number' : idType === 'credit-code' ? 'invalid-credit-code' : 'invalid-document-number';
      return add(`${f}.${numberField}`, code, `${name || (p.kind === 'person' ? '自然人' : '单位')}的${check.problem}`);
    }
    if (p.kind === 'person') {
      if (!isPersonDocument(idType)) return;
      out.push({ kind: 'person', name, idType, idNumber: check.normalized, ...details });
    } else if (isOrganisationDocument(idType)) {
      const credit = idType === 'credit-code';
      out.push({
        kind: 'organization',
        name,
        idType,
        creditCode: credit ? check.normalized : null,
        idNumber: credit ? null : check.normalized,
        legalRepresentative: trimmed(p.legalRepresentative),
        ...details,
      });
    }
  });
  return out;
}
