import type { Executor } from '../db/connection.ts';
import type { Party } from '../cases/cases.types.ts';
import { validateResidentId } from '../rules/identity.ts';
import { BAR_LABELS, scheduleListing, type ListingBar } from '../rules/dishonest-listing.ts';
import type { LocalDate } from '../shared/dates.ts';
import { fen } from '../shared/money.ts';
import { listingFacts, type ListingFacts } from './credit.repo.ts';

// The listing gate's own judgment of a debtor, published for the 终本 gate (src/termination):
// decide-listing.ts refuses a decision with these bars, and 终本 asks whether any ground the
// case's records establish would let the debtor be listed.

/** The rule's bars for listing this debtor on this ground and day, given the case's facts. */
export function listingBarsOf(
  debtor: Party,
  facts: ListingFacts,
  ground: number,
  decidedOn: LocalDate,
  graceMonths: number,
  extensionYears: number,
): ReturnType<typeof scheduleListing> {
  const birthDate = debtor.kind === 'person' && debtor.idType === 'resident-id' ? validateResidentId(debtor.idNumber).birthDate : null;
  return scheduleListing({
    ground,
    debtor: debtor.kind === 'person' ? { kind: 'person', ...(birthDate ? { birthDate } : {}) } : { kind: 'organization' },
    debt: fen(facts.unpaid > 0n ? facts.unpaid : 0n),
    seizedValue: fen(facts.seizedValue),
    decidedOn,
    graceMonths,
    extensionYears,
  });
}

export type ListingEligibility = { readonly eligible: boolean; readonly why: string };

/**
 * Whether the debtor meets the listing conditions on `asOf` on a ground the records establish
 * (1: money unpaid; 4: a breach of the reporting duty): eligible if one of them is not barred.
 * Grounds 2, 3, 5 and 6 rest on the officer's written evidence, which only a decision records.
 */
export async function listingEligibility(db: Executor, caseId: string, debtor: Party, asOf: LocalDate): Promise<ListingEligibility> {
  const facts = await listingFacts(db, caseId, asOf);
  const grounds = [...(facts.unpaid > 0n ? [1] : []), ...(facts.reportBreach ? [4] : [])];
  if (grounds.length === 0) return { eligible: false, why: '案件记录不能证明任何失信情形（债务已履行，无违反报告财产义务的记录）' };
  const bars = new Set<ListingBar>();
  for (const ground of grounds) {
    const s = listingBarsOf(debtor, facts, ground, asOf, 0, 0);
    if (s.ok && s.value.allowed) return { eligible: true, why: `符合第${ground}项情形` };
    if (s.ok) for (const r of s.value.reasons) bars.add(r);
  }
  return { eligible: false, why: [...bars].map((b) => `${BAR_LABELS[b].label}（${BAR_LABELS[b].article}）`).join('；') };
}
