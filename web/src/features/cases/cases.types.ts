// The shapes of the cases API (src/cases/read-cases.ts), as the web app reads them.
export type CaseStatus = 'filed' | 'in-progress' | 'suspended' | 'deferred' | 'closed';
export type ClosureMode = 'fully-enforced' | 'current-procedure-terminated' | 'terminated' | 'cancelled' | 'refused' | 'rejected';
export type CaseType = 'first' | 'resumed' | 'preservation';
export type Court = { code: string; name: string };

export type CaseListItem = {
  id: string;
  caseNumber: string;
  court: Court;
  type: CaseType;
  status: CaseStatus;
  statusName: string;
  closureMode: ClosureMode | null;
  filedOn: string;
  claimAmount: string;
  applicants: string;
  debtors: string;
  officerName: string | null;
};

export type CasePage = { items: CaseListItem[]; nextCursor: string | null };

export type CaseFilters = {
  court?: string | undefined;
  status?: string | undefined;
  party?: string | undefined;
  filedFrom?: string | undefined;
  filedTo?: string | undefined;
};

export type PartyView = {
  role: 'applicant' | 'debtor' | 'third-party';
  kind: 'person' | 'organization';
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string | null;
  // Decoded from the number itself, present only where it is shown in full.
  birthDate?: string | null;
  sex?: 'male' | 'female' | null;
  registrationAuthority?: string | null;
  organisationType?: string | null;
};

export type Obligation = { kind: 'money'; amount: string; description: string } | { kind: 'act'; description: string };

export type CaseLink = { id: string; caseNumber: string };

export type CaseDetail = {
  id: string;
  caseNumber: string;
  court: Court;
  type: CaseType;
  typeCode: string;
  status: CaseStatus;
  statusName: string;
  filedOn: string;
  claimAmount: string;
  officer: { id: string; name: string | null } | null;
  closure: { mode: ClosureMode; modeName: string; closedOn: string; reason: string | null } | null;
  resumedFrom: CaseLink | null;
  resumedBy: CaseLink[];
  title: {
    documentNumber: string;
    issuer: string;
    effectiveOn: string;
    performanceDeadline: string | null;
    obligations: Obligation[];
  } | null;
  applicants: PartyView[];
  debtors: PartyView[];
  thirdParties: PartyView[];
  version: number;
};

export type TimelineEvent = { id: string; seq: string; at: string; actor: string; action: string; changes: Record<string, unknown> | null };

export type Transition = 'start' | 'suspend' | 'defer' | 'continue';

export type PartyInput =
  | { kind: 'person'; name: string; idNumber: string }
  | { kind: 'organization'; name: string; creditCode: string; legalRepresentative?: string };

export type Filing = {
  courtCode: string;
  type: CaseType;
  filedOn: string;
  claimAmount: string;
  title: {
    documentNumber: string;
    issuer: string;
    effectiveOn: string;
    performanceDeadline: string | null;
    obligations: ({ kind: 'money'; amount: string; description: string } | { kind: 'act'; description: string })[];
  };
  applicants: PartyInput[];
  debtors: PartyInput[];
};

export type Filed = { id: string; caseNumber: string; status: CaseStatus };
