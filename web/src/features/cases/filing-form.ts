import type { Dayjs } from 'dayjs';
import type { FormInstance, FormRule } from 'antd';
import type { FieldProblem } from '../../api.ts';
import { creditCodeProblem, residentIdProblem } from './identity-hints.ts';
import { normalizeIdentity } from '../../../../src/rules/identity.ts';
import { isAfterToday } from '../../lib/dates.ts';
import { toYuan } from '../../lib/money.ts';
import type { CaseType, IssuerType } from '../../../../src/shared/vocabulary.ts';
import { checkDocument, documentTypeNames, type DocumentType } from '../../../../src/rules/identity-documents.ts';
import type { Filing, PartyInput } from './cases.api.ts';

export type AgentValues = { kind: 'lawyer' | 'other'; name?: string; idNumber?: string; licenseNumber?: string; firm?: string };
export type PartyValues = {
  kind: 'person' | 'organization';
  name?: string;
  idType?: DocumentType;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phone?: string;
  address?: string;
  serviceAddress?: string;
  addressConfirmedOn?: Dayjs | null;
  agents?: AgentValues[];
};
export type ObligationValues = { kind: 'money' | 'act'; amount?: string; description?: string };

export type FilingValues = {
  courtCode: string;
  type: CaseType;
  filedOn: Dayjs;
  appliedOn?: Dayjs | null;
  cause?: string;
  officerId?: string;
  claimAmount: string;
  title: {
    documentNumber: string;
    issuer: string;
    issuerType?: IssuerType;
    effectiveOn: Dayjs;
    performanceDeadline?: Dayjs | null;
    obligations: ObligationValues[];
  };
  applicants: PartyValues[];
  debtors: PartyValues[];
};

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

const text = (v: string | undefined) => v?.trim() || undefined;

function agent(a: AgentValues) {
  return {
    kind: a.kind,
    name: (a.name ?? '').trim(),
    ...(a.kind === 'lawyer'
      ? { licenseNumber: (a.licenseNumber ?? '').replace(/\s+/g, ''), ...(text(a.firm) ? { firm: text(a.firm) } : {}) }
      : text(a.idNumber)
        ? { idNumber: normalizeIdentity(a.idNumber ?? '') }
        : {}),
  };
}

function party(p: PartyValues): PartyInput {
  const name = (p.name ?? '').trim();
  const idType = p.idType ?? (p.kind === 'person' ? 'resident-id' : 'credit-code');
  const contact = {
    ...(text(p.phone) ? { phone: text(p.phone) } : {}),
    ...(text(p.address) ? { address: text(p.address) } : {}),
    ...(text(p.serviceAddress) ? { serviceAddress: text(p.serviceAddress) } : {}),
    ...(p.addressConfirmedOn ? { addressConfirmedOn: day(p.addressConfirmedOn) } : {}),
    ...(p.agents?.length ? { agents: p.agents.map(agent) } : {}),
  };
  if (p.kind === 'person') return { kind: 'person', name, idType, idNumber: normalizeIdentity(p.idNumber ?? ''), ...contact };
  const rep = p.legalRepresentative?.trim();
  const number =
    idType === 'credit-code' ? { creditCode: normalizeIdentity(p.creditCode ?? '') } : { idNumber: normalizeIdentity(p.idNumber ?? '') };
  return { kind: 'organization', name, idType, ...number, ...(rep ? { legalRepresentative: rep } : {}), ...contact };
}

/** The numbers of the filing's parties, to ask for probable duplicates before it is sent. */
export const partyIdentities = (v: FilingValues): string[] =>
  [...v.applicants, ...v.debtors]
    .map((p) =>
      normalizeIdentity((p.idType === 'credit-code' || (!p.idType && p.kind === 'organization') ? p.creditCode : p.idNumber) ?? ''),
    )
    .filter(Boolean);

/** The validated form as the POST /cases body. */
export function toFiling(v: FilingValues): Filing {
  return {
    courtCode: v.courtCode.trim(),
    type: v.type,
    filedOn: day(v.filedOn),
    ...(v.appliedOn ? { appliedOn: day(v.appliedOn) } : {}),
    ...(text(v.cause) ? { cause: text(v.cause) } : {}),
    ...(v.officerId ? { officerId: v.officerId } : {}),
    claimAmount: toYuan(v.claimAmount),
    title: {
      documentNumber: v.title.documentNumber.trim(),
      issuer: v.title.issuer.trim(),
      ...(v.title.issuerType ? { issuerType: v.title.issuerType } : {}),
      effectiveOn: day(v.title.effectiveOn),
      performanceDeadline: v.title.performanceDeadline ? day(v.title.performanceDeadline) : null,
      obligations: v.title.obligations.map((o) =>
        o.kind === 'money'
          ? { kind: 'money', amount: toYuan(o.amount ?? ''), description: o.description?.trim() || '给付金钱' }
          : { kind: 'act', description: (o.description ?? '').trim() },
      ),
    },
    applicants: v.applicants.map(party),
    debtors: v.debtors.map(party),
  };
}

export const idNumberRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写身份证号码' },
  {
    validator: async (_: unknown, v?: string) => {
      const p = v ? residentIdProblem(v) : null;
      if (p) throw new Error(p);
    },
  },
];

export const creditCodeRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写统一社会信用代码' },
  {
    validator: async (_: unknown, v?: string) => {
      const p = v ? creditCodeProblem(v) : null;
      if (p) throw new Error(p);
    },
  },
];

/** The rules of a party's document number: required, and valid by its type's own rule (as the server checks it). */
export function documentRules(t: DocumentType): FormRule[] {
  if (t === 'resident-id') return idNumberRules;
  if (t === 'credit-code') return creditCodeRules;
  return [
    { required: true, whitespace: true, message: `请填写${documentTypeNames[t]}号码` },
    {
      validator: async (_: unknown, v?: string) => {
        const check = v ? checkDocument(t, v) : null;
        if (check && !check.valid && check.problem) throw new Error(check.problem);
      },
    },
  ];
}

export const filedOnRules: FormRule[] = [
  { required: true, message: '请选择立案日期' },
  {
    validator: async (_: unknown, d?: Dayjs) => {
      if (d && isAfterToday(d)) throw new Error('立案日期不能晚于今天');
    },
  },
  ({ getFieldValue }) => ({
    validator: async (_: unknown, d?: Dayjs) => {
      const effective = getFieldValue(['title', 'effectiveOn']) as Dayjs | undefined;
      if (d && effective && day(d) < day(effective)) throw new Error('立案日期不能早于执行依据生效日期');
    },
  }),
];

export const deadlineRules: FormRule[] = [
  ({ getFieldValue }) => ({
    validator: async (_: unknown, d?: Dayjs | null) => {
      const effective = getFieldValue(['title', 'effectiveOn']) as Dayjs | undefined;
      if (d && effective && day(d) < day(effective)) throw new Error('履行期限不能早于生效日期');
    },
  }),
];

const LEAVES = new Set([
  'courtCode',
  'type',
  'filedOn',
  'claimAmount',
  'documentNumber',
  'issuer',
  'effectiveOn',
  'performanceDeadline',
  'kind',
  'amount',
  'description',
  'name',
  'idNumber',
  'creditCode',
  'legalRepresentative',
  'idType',
  'phone',
  'address',
  'serviceAddress',
  'addressConfirmedOn',
  'licenseNumber',
  'firm',
  'appliedOn',
  'cause',
  'issuerType',
  'officerId',
]);

/** 'debtors[0].idNumber' → ['debtors', 0, 'idNumber']. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Puts the server's field errors on the form's fields, shows the first; returns the messages no field can show. */
export function applyServerErrors(form: FormInstance, errors: FieldProblem[]): string[] {
  const unmapped: string[] = [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const e of errors) {
    const name = fieldPath(e.field);
    const leaf = name[name.length - 1];
    const parent = name.slice(0, -1);
    const exists = typeof leaf === 'string' && LEAVES.has(leaf) && (parent.length === 0 || form.getFieldValue(parent) !== undefined);
    if (!exists) {
      unmapped.push(e.message);
      continue;
    }
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.message);
    byField.set(key, entry);
  }
  const fields = [...byField.values()];
  form.setFields(fields);
  if (fields[0]) form.scrollToField(fields[0].name, { block: 'center' });
  return unmapped;
}
