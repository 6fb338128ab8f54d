// The words of case funds (案款) that the server and the web app share: a payout's approval
// steps (承办人 → 执行局长 → 财务人员), each with the roles that may decide it.
export const payoutSteps = [
  { step: 'officer', title: '承办人审核', roles: ['judge', 'enforcer'] },
  { step: 'bureau-head', title: '执行局长审批', roles: ['bureau-head'] },
  { step: 'finance', title: '财务人员核发', roles: ['finance'] },
] as const;
export type PayoutStep = (typeof payoutSteps)[number]['step'];

/** The step a role decides, or null: a 待审批 inbox of payouts is per step. */
export const payoutStepOfRole = (role: string): number => payoutSteps.findIndex((s) => (s.roles as readonly string[]).includes(role));
