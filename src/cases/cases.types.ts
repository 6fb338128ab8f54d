import type { Fen } from '../shared/money.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { CaseType, IssuerType } from '../shared/vocabulary.ts';
import type { OrganisationDocumentType, PersonDocumentType } from '../rules/identity-documents.ts';

// The shared words (statuses, types, closure modes) live in src/shared/vocabulary.ts, read by the web too.
export {
  caseStatuses,
  caseTypes,
  closureModeNames,
  closureModes,
  statusNames,
  typeCodeOf,
  type CaseStatus,
  type CaseType,
  type ClosureMode,
} from '../shared/vocabulary.ts';

// The highest 案件编号 the case-number parser accepts (nine digits, src/rules/case-number.ts): a
// court's sequence for a year and type ends there.
export const MAX_CASE_SERIAL = 999_999_999;

export type PartyRole = 'applicant' | 'debtor' | 'third-party';

/** A party's 委托代理人: a lawyer (with the licence number) or another agent. */
export type Agent = {
  kind: 'lawyer' | 'other';
  name: string;
  idNumber: string | null;
  licenseNumber: string | null;
  firm: string | null;
};

/** What a party has besides its name and number: 住所, 送达地址 (confirmed on a day), phone, agents. */
export type PartyContact = {
  address: string | null;
  serviceAddress: string | null;
  /** The day the party signed the 送达地址确认书; null: no confirmation on record. */
  addressConfirmedOn: LocalDate | null;
  phone: string | null;
  agents: Agent[];
  /** The stored party's id (case_parties.id), on parties read back from the database. */
  id?: string;
};

export const noContact: PartyContact = { address: null, serviceAddress: null, addressConfirmedOn: null, phone: null, agents: [] };

/**
 * A party with its identity document: a person's number of any document type in idNumber; an
 * organisation's 统一社会信用代码 in creditCode, or, lacking one, its 组织机构代码 or 注册号 in idNumber.
 */
export type Party = (
  | { kind: 'person'; name: string; idType: PersonDocumentType; idNumber: string }
  | {
      kind: 'organization';
      name: string;
      idType: OrganisationDocumentType;
      creditCode: string | null;
      idNumber: string | null;
      legalRepresentative: string | null;
    }
) &
  PartyContact;

/** The number by which the party is identified (and a party account bound): its document's number. */
export const partyIdentityOf = (p: Party): string => (p.kind === 'person' ? p.idNumber : (p.creditCode ?? p.idNumber ?? ''));

export type Obligation = { kind: 'money'; amount: Fen; description: string } | { kind: 'act'; description: string };

export type EnforcementTitle = {
  documentNumber: string;
  issuer: string;
  issuerType: IssuerType;
  effectiveOn: LocalDate;
  performanceDeadline: LocalDate | null;
  obligations: Obligation[];
};

/** A validated filing, ready to be numbered and stored. */
export type FilingDraft = {
  courtCode: string;
  type: CaseType;
  filedOn: LocalDate;
  claimAmount: Fen;
  /** 案由, e.g. 民间借贷纠纷; null when not given. */
  cause: string | null;
  /** 申请执行日期: the day the application reached the court; null when not given. */
  appliedOn: LocalDate | null;
  title: EnforcementTitle;
  applicants: Party[];
  debtors: Party[];
  thirdParties: Party[];
  officerId: string | null;
};
