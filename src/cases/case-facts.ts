import type { NumberedCase } from './case-writes.repo.ts';
import type { PartyRole } from './cases.types.ts';

// Every fact a case's rows hold, as its filing or import event records it (`changes.facts`), so
// that the audit can replay a case's events and compare the result with its rows.

/** How an import names the links it resolves while writing: the 承办人 by username, the 原案 by case number. */
export type LinkFacts = { officer?: string | null; resumedFrom?: string | null };

export type PartyFacts = {
  role: PartyRole;
  position: number;
  kind: 'person' | 'organization';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
};

export type CaseFacts = {
  caseNumber: string;
  year: number;
  type: string;
  typeCode: string;
  serial: number;
  status: string;
  filedOn: string;
  claimAmountFen: string;
  closureMode: string | null;
  closedOn: string | null;
  closureReason: string | null;
  /** Filing records the ids; import the username and the number (it resolves them only while writing). */
  officerId?: string | null;
  officer?: string | null;
  resumedFromId?: string | null;
  resumedFrom?: string | null;
  title: {
    documentNumber: string;
    issuer: string;
    effectiveOn: string;
    performanceDeadline: string | null;
    obligations: { kind: string; amount?: string; description: string }[];
  };
  parties: PartyFacts[];
};

export function filingFacts(c: NumberedCase, links: LinkFacts = {}): CaseFacts {
  const t = c.draft.title;
  const groups = [
    ['applicant', c.draft.applicants],
    ['debtor', c.draft.debtors],
    ['third-party', c.draft.thirdParties],
  ] as const;
  const imported = 'officer' in links || 'resumedFrom' in links;
  return {
    caseNumber: c.caseNumber,
    year: c.year,
    type: c.draft.type,
    typeCode: c.typeCode,
    serial: c.serial,
    status: c.status ?? 'filed',
    filedOn: c.draft.filedOn,
    claimAmountFen: c.draft.claimAmount.toString(),
    closureMode: c.closure?.mode ?? null,
    closedOn: c.closure?.closedOn ?? null,
    closureReason: c.closure?.reason ?? null,
    ...(imported
      ? { officer: links.officer ?? null, resumedFrom: links.resumedFrom ?? null }
      : { officerId: c.draft.officerId, resumedFromId: c.resumedFromId }),
    title: {
      documentNumber: t.documentNumber,
      issuer: t.issuer,
      effectiveOn: t.effectiveOn,
      performanceDeadline: t.performanceDeadline,
      obligations: t.obligations.map((o) =>
        o.kind === 'money'
          ? { kind: 'money', amount: o.amount.toString(), description: o.description }
          : { kind: 'act', description: o.description },
      ),
    },
    parties: groups.flatMap(([role, list]) =>
      list.map((p, position) => ({
        role,
        position,
        kind: p.kind,
        name: p.name,
        idNumber: p.kind === 'person' ? p.idNumber : null,
        creditCode: p.kind === 'organization' ? p.creditCode : null,
        legalRepresentative: p.kind === 'organization' ? p.legalRepresentative : null,
      })),
    ),
  };
}
