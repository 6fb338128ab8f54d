export const roles = [
  'administrator',
  'judge',
  'enforcer',
  'clerk',
  'bureau-head',
  'coordinator',
  'party',
  'public',
  'institution',
  'finance',
  'president',
] as const;
export type Role = (typeof roles)[number];

// The password policy's bounds (the policy itself: password-policy.ts).
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;

export const roleNames: Record<Role, string> = {
  administrator: '系统管理员',
  judge: '执行法官',
  enforcer: '执行员',
  clerk: '书记员',
  'bureau-head': '执行局长',
  coordinator: '上级法院协调员',
  party: '当事人',
  public: '公众',
  // A bank, registry or platform that answers the court's requests (src/institutions), bound to one institution.
  institution: '协助执行单位',
  // Posts receipts, claims unmatched money, approves payouts at the last step and records the bank's answer (src/funds).
  finance: '财务人员',
  // Approves fines and detentions (民事诉讼法(2023) 第119条) and, with its gate, 终本 (src/approvals).
  president: '院长',
};

// Every route declares one of these; 'anyone' needs no sign-in.
export const permissions = [
  'anyone',
  'signed-in',
  'case.read',
  'case.file',
  'case.progress',
  'case.close',
  'case.assign',
  'case.import',
  'case.export',
  'party.case.read',
  'identity.read',
  'identity.reveal',
  'user.manage',
  'audit.verify',
  // Legal instruments: issuing them and recording their service.
  'document.issue',
  'document.serve',
  // The first steps and the field work: asset reports, leads, on-site records and evidence.
  'measure.record',
  // Fines and detention for a breach of the reporting duty (民诉法 第118条).
  'sanction.record',
  // A party submits an asset lead on their own case (财产调查规定 第2条).
  'lead.submit',
  // An assisting institution answering the requests addressed to it (src/institutions).
  'institution.answer',
  // Case funds (src/funds): posting receipts and statements, claiming 暂存款; asking for a payout.
  'funds.post',
  'funds.payout',
  // 对账: the court account's statement against the ledger (finance and the bureau head).
  'funds.reconcile',
  // The recipients of joint discipline read the dishonest list's additions and deletions (ADR 0208).
  'credit.feed',
] as const;
export type Permission = (typeof permissions)[number];

// Full ID numbers and credit codes (ADR 0061): 'identity.read' shows them in every case detail, to
// the roles that handle cases; the others who read cases see them masked and open one case's in
// full on purpose ('identity.reveal', with a reason, logged).
const staffRead: Permission[] = ['signed-in', 'case.read', 'identity.reveal'];
const handlesCases: Permission[] = [...staffRead, 'identity.read'];
// Legal instruments, their service, and the first steps and field work that follow them.
const instruments: Permission[] = ['document.issue', 'document.serve', 'measure.record'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  administrator: [
    ...staffRead,
    'case.file',
    'case.progress',
    'case.close',
    'case.assign',
    'case.import',
    'case.export',
    'user.manage',
    'audit.verify',
    ...instruments,
  ],
  judge: [...handlesCases, 'case.file', 'case.progress', 'case.close', 'case.assign', ...instruments, 'sanction.record', 'funds.payout'],
  enforcer: [...handlesCases, 'case.file', 'case.progress', ...instruments, 'funds.payout'],
  clerk: [...handlesCases, 'case.file', ...instruments],
  'bureau-head': [...handlesCases, 'case.progress', 'case.close', 'case.assign', 'audit.verify', 'sanction.record', 'funds.reconcile'],
  coordinator: [...staffRead],
  party: ['signed-in', 'party.case.read', 'lead.submit'],
  public: ['signed-in'],
  institution: ['signed-in', 'institution.answer', 'credit.feed'],
  finance: [...handlesCases, 'funds.post', 'funds.payout', 'funds.reconcile'],
  president: [...handlesCases],
};

export type Principal = {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly courtId: number;
  readonly scope: 'court' | 'subtree';
  readonly partyIdentity: string | null;
  /** Courts whose cases this user may see: the court, or it and every court below it. */
  readonly courtIds: readonly number[];
  /** The session the request came with (absent for the system principal). */
  readonly sessionId?: string;
  /** An administrator set this password: until it is changed, only what 'signed-in' allows. */
  readonly mustChangePassword?: boolean;
};

export const can = (p: Principal, permission: Permission): boolean =>
  permission === 'anyone' || (p.mustChangePassword ? permission === 'signed-in' : rolePermissions[p.role].includes(permission));

// A subtree can hold thousands of courts; membership is asked once per imported row.
const scopeSets = new WeakMap<readonly number[], Set<number>>();
export function inScope(p: Principal, courtId: number): boolean {
  let set = scopeSets.get(p.courtIds);
  if (!set) scopeSets.set(p.courtIds, (set = new Set(p.courtIds)));
  return set.has(courtId);
}
