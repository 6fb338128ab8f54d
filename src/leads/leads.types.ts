import type { AssetKind } from '../shared/asset-kinds.ts';

// Asset leads (财产线索): what an applicant or an officer points the court to, and what verifying
// it found (财产调查规定 第2条).

export const leadOutcomes = ['verified-found', 'not-found', 'not-verifiable'] as const;
export type LeadOutcome = (typeof leadOutcomes)[number];
export const leadOutcomeNames: Record<LeadOutcome, string> = {
  'verified-found': '经核查，财产存在',
  'not-found': '经核查，未发现该财产',
  'not-verifiable': '线索不明确，无法核查',
};

export const leadSources = ['party', 'officer'] as const;
export type LeadSource = (typeof leadSources)[number];
export const leadSourceNames: Record<LeadSource, string> = { party: '当事人提交', officer: '承办人登记' };

export type LeadView = {
  id: string;
  caseId: string;
  kind: AssetKind;
  kindName: string;
  identifier: string | null;
  description: string;
  urgent: boolean;
  submittedOn: string;
  verifyDueOn: string;
  source: LeadSource;
  sourceName: string;
  submittedBy: string;
  outcome: LeadOutcome | null;
  outcomeName: string | null;
  outcomeOn: string | null;
  outcomeNote: string | null;
  outcomeBy: string | null;
};
