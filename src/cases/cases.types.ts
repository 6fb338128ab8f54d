import type { Fen } from '../shared/money.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { CaseType } from '../shared/vocabulary.ts';

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

export type Party =
  | { kind: 'person'; name: string; idNumber: string }
  | { kind: 'organization'; name: string; creditCode: string; legalRepresentative: string | null };

export type Obligation = { kind: 'money'; amount: Fen; description: string } | { kind: 'act'; description: string };

export type EnforcementTitle = {
  documentNumber: string;
  issuer: string;
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
  title: EnforcementTitle;
  applicants: Party[];
  debtors: Party[];
  thirdParties: Party[];
  officerId: string | null;
};
