import type { NumberedCase } from './case-writes.repo.ts';
import { partyIdentityOf, type Party, type PartyRole } from './cases.types.ts';

// Every fact a case's rows hold, as its filing or import event records it, so that the audit can
// replay a case's events and compare the result with its rows (src/cases/replay-cases.ts). The
// event's top-level keys (caseNumber, type, filedOn, claimAmountFen, status, closureMode, closedOn,
// titleDocument, performanceDeadline, officerId, resumedFromId) are not repeated; the rest is kept
// compact under `facts`, because import writes one such event per case.

/** How an import names the links it resolves while writing: the 承办人 by username, the 原案 by case number. */
export type LinkFacts = { officer?: string | null; resumedFrom?: string | null };

/** [role, kind, name, identity (ID number or credit code), legal representative]; the position is the index within the role. */
export type PartyFact = [PartyRole, 'person' | 'organization', string, string, string | null];
/** [document type, 住所, 送达地址, its confirmation day, phone, agents] of a party, in the party facts' order. */
export type PartyDetailsFact = [string, string | null, string | null, string | null, string | null, unknown[]];
/** [kind, amount in fen (money) or null, description]. */
export type ObligationFact = ['money' | 'act', string | null, string];

export type CaseFacts = {
  v: 1;
  year: number;
  typeCode: string;
  serial: number;
  closureReason: string | null;
  issuer: string;
  effectiveOn: string;
  obligations: ObligationFact[];
  parties: PartyFact[];
  /** Recorded since filings carry them (absent from older events). */
  cause?: string | null;
  appliedOn?: string | null;
  issuerType?: string;
  partyDetails?: PartyDetailsFact[];
  /** Import only: it names the links instead of holding their ids. */
  officer?: string | null;
  resumedFrom?: string | null;
};

export function filingFacts(c: NumberedCase, links: LinkFacts | null): CaseFacts {
  const t = c.draft.title;
  const party =
    (role: PartyRole) =>
    (p: NumberedCase['draft']['applicants'][number]): PartyFact =>
      p.kind === 'person'
        ? [role, 'person', p.name, p.idNumber, null]
        : [role, 'organization', p.name, partyIdentityOf(p), p.legalRepresentative];
  const details = (p: Party): PartyDetailsFact => [p.idType, p.address, p.serviceAddress, p.addressConfirmedOn, p.phone, p.agents];
  const all = [...c.draft.applicants, ...c.draft.debtors, ...c.draft.thirdParties];
  return {
    v: 1,
    year: c.year,
    typeCode: c.typeCode,
    serial: c.serial,
    closureReason: c.closure?.reason ?? null,
    issuer: t.issuer,
    effectiveOn: t.effectiveOn,
    obligations: t.obligations.map((o) =>
      o.kind === 'money' ? ['money', o.amount.toString(), o.description] : ['act', null, o.description],
    ),
    parties: [
      ...c.draft.applicants.map(party('applicant')),
      ...c.draft.debtors.map(party('debtor')),
      ...c.draft.thirdParties.map(party('third-party')),
    ],
    ...(links ? { officer: links.officer ?? null, resumedFrom: links.resumedFrom ?? null } : {}),
    cause: c.draft.cause,
    appliedOn: c.draft.appliedOn,
    issuerType: t.issuerType,
    partyDetails: all.map(details),
  };
}

/** An event's changes as shown on a case's timeline: without the facts, which hold every party's full identity. */
export function withoutFacts(changes: unknown): Record<string, unknown> | null {
  if (!changes || typeof changes !== 'object') return null;
  const { facts: _facts, ...rest } = changes as Record<string, unknown>;
  return rest;
}

/**
 * The audit record of a filing or an import: the facts a later gate or indicator needs (money as
 * fen strings), and under `facts` every fact the case's rows hold, so that the audit can replay it.
 */
export function filingChanges(c: NumberedCase, links: LinkFacts | null = null): Record<string, unknown> {
  return {
    caseNumber: c.caseNumber,
    type: c.draft.type,
    filedOn: c.draft.filedOn,
    claimAmountFen: c.draft.claimAmount.toString(),
    status: { before: null, after: c.status ?? 'filed' },
    ...(c.closure ? { closureMode: c.closure.mode, closedOn: c.closure.closedOn } : {}),
    titleDocument: c.draft.title.documentNumber,
    performanceDeadline: c.draft.title.performanceDeadline,
    applicants: c.draft.applicants.length,
    debtors: c.draft.debtors.length,
    ...(c.draft.officerId ? { officerId: c.draft.officerId } : {}),
    ...(c.resumedFromId ? { resumedFromId: c.resumedFromId } : {}),
    facts: filingFacts(c, links),
  };
}
