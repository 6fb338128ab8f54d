// The calculator registry (POST /api/v1/rules/<name>, `zhixing rules <name>`) and every rule's
// documentation entry (docs/rules.md). A new rule file is added to both lists here.
import type { RuleDoc } from '../citation.ts';
import type { Calculator } from './calculator.types.ts';

import { rule as applicationPeriodRule } from '../application-period.ts';
import { rule as assetReportOrderRule } from '../asset-report-order.ts';
import { rule as assetLeadRule } from '../asset-lead.ts';
import { rule as enforcementFeeRule } from '../enforcement-fee.ts';
import { rule as auctionPlanRule } from '../auction-plan.ts';
import { rule as referencePriceRule } from '../reference-price.ts';
import { rule as biddingRule } from '../bidding.ts';
import { rule as calendarRule } from '../calendar.ts';
import { rule as caseNumberRule } from '../case-number.ts';
import { rule as delayInterestRule } from '../delay-interest.ts';
import { rule as deferralTermRule } from '../deferral-term.ts';
import { rule as dishonestListingRule } from '../dishonest-listing.ts';
import { rule as listingDeletionRule } from '../listing-deletion.ts';
import { rule as listingCorrectionRule } from '../listing-correction.ts';
import { rule as consumptionRestrictionRule } from '../consumption-restriction.ts';
import { rule as creditRestorationRule } from '../credit-restoration.ts';
import { rule as disciplineLevelRule } from '../discipline-level.ts';
import { rule as distributionRule } from '../distribution.ts';
import { rule as documentServiceRule } from '../document-service.ts';
import { rule as identityRule } from '../identity.ts';
import { rule as identityDocumentsRule } from '../identity-documents.ts';
import { rule as pausedPeriodRule } from '../paused-period.ts';
import { rule as payoutDeadlineRule } from '../payout-deadline.ts';
import { rule as periodRule } from '../period.ts';
import { rule as seizureTermRule } from '../seizure-term.ts';
// 终本: the pool's six-monthly re-search (src/dormant).
import { rule as dormantResearchRule } from '../dormant-research.ts';
import { rule as poolExitRule } from '../pool-exit.ts';
import { rule as terminationCheckRule } from '../termination-check.ts';

import { calculator as auctionPlan } from './auction-plan.ts';
import { calculator as caseNumber } from './case-number.ts';
import { calculator as delayInterest } from './delay-interest.ts';
import { calculator as dishonestListing } from './dishonest-listing.ts';
import { calculator as distribution } from './distribution.ts';
import { calculator as identity } from './identity.ts';
import { calculator as payoutDeadline } from './payout-deadline.ts';
import { calculator as period } from './period.ts';
import { calculator as seizureTerm } from './seizure-term.ts';
import { calculator as terminationCheck } from './termination-check.ts';

const all: readonly Calculator[] = [
  caseNumber,
  identity,
  period,
  seizureTerm,
  payoutDeadline,
  delayInterest,
  auctionPlan,
  distribution,
  terminationCheck,
  dishonestListing,
];

export const calculators: Record<string, Calculator> = Object.fromEntries(all.map((c) => [c.name, c]));
if (Object.keys(calculators).length !== all.length) throw new Error('two calculators share a name');

// In the order docs/rules.md lists them: foundations first, then the enforcement rules.
export const ruleDocs: RuleDoc[] = [
  calendarRule,
  periodRule,
  pausedPeriodRule,
  caseNumberRule,
  identityRule,
  identityDocumentsRule,
  applicationPeriodRule,
  seizureTermRule,
  deferralTermRule,
  payoutDeadlineRule,
  delayInterestRule,
  referencePriceRule,
  auctionPlanRule,
  biddingRule,
  distributionRule,
  terminationCheckRule,
  dishonestListingRule,
  listingDeletionRule,
  listingCorrectionRule,
  consumptionRestrictionRule,
  creditRestorationRule,
  disciplineLevelRule,
  // The first instruments and their service.
  documentServiceRule,
  assetReportOrderRule,
  // Asset leads (src/leads).
  assetLeadRule,
  // The costs the over-seizure check counts (src/assets).
  enforcementFeeRule,
  // 终本: the pool's six-monthly re-search (src/dormant).
  dormantResearchRule,
  // 出清: the ways out of the pool other than resumption (src/dormant).
  poolExitRule,
];
