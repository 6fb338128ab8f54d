import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { decideApproval } from '../approvals/decide-approval.ts';
import { getCase } from '../cases/read-cases.ts';
import { decideListingIn } from '../credit/decide-listing.ts';
import { listCaseRestrictions } from '../credit/read-restrictions.ts';
import { recordService } from '../documents/record-service.ts';
import { transact } from '../db/transaction.ts';
import { addDays, compareDates, type LocalDate } from '../shared/dates.ts';
import { moment, type HandlingOptions, type HandlingStep } from './handling-plan.ts';
import { rngOf } from './names.ts';

// The dishonest list in the demo (src/credit): the home court lists the debtors who reported
// falsely (ground 4, 违反财产报告制度) a few days after the verification found it, and some whose
// searches found nothing to seize (ground 1); the 院长 approves a day or two later. Listings decided
// in the last month keep a month's grace (still 已决定); older ones were published at approval.
// The last request still waits in the 院长's inbox. The public query (ADR 0208) reads these.

export type CreditAct =
  | { kind: 'list-debtor'; ground: 1 | 4; graceMonths: 0 | 1 }
  | { kind: 'approve-listing' }
  // The 限制消费令 a publication ordered (src/credit, ADR 0206) is served on the debtor.
  | { kind: 'serve-restriction' };

type Options = Pick<HandlingOptions, 'today' | 'isWorkday' | 'homeCourt'> & { courtOf: (caseIndex: number) => string };

/** Ground-1 listings: at most this many. */
const GROUND_ONE = 6;
/** Decided this recently, a listing keeps a month's grace that has not yet run out by today. */
const GRACE_WINDOW_DAYS = 27;

export function planListings(earlier: readonly HandlingStep[], o: Options): HandlingStep[] {
  const rnd = rngOf(20261208);
  const home = (s: HandlingStep) => o.courtOf(s.case) === o.homeCourt;
  const lying = new Set(
    earlier.flatMap((s) => (s.kind === 'report' && (s.report === 'false' || s.report === 'false-detained') ? [s.case] : [])),
  );
  // A case has one request before the 院长 at a time: a fined or detained liar is listed after that
  // sanction's approval, and not while it still waits.
  const sanctioned = new Set(earlier.flatMap((s) => (s.kind === 'sanction' ? [s.case] : [])));
  const approved = new Map(earlier.flatMap((s) => (s.kind === 'approve-sanction' ? [[s.case, s] as const] : [])));
  const fourth = earlier
    .filter((s) => s.kind === 'verify' && home(s) && lying.has(s.case) && (!sanctioned.has(s.case) || approved.has(s.case)))
    .map((s) => ({ s: approved.get(s.case) ?? s, ground: 4 as const }));
  // Ground 1 where the searches left money unpaid: the newest searches old enough to have been
  // answered and acted on (whether what was seized suffices is the rule's to say when it runs).
  const first = earlier
    .filter((s) => s.kind === 'search' && home(s) && !lying.has(s.case) && !sanctioned.has(s.case))
    .filter((s) => compareDates(addDays(s.at.on, 45), o.today) < 0)
    .slice(-GROUND_ONE)
    .map((s) => ({ s, ground: 1 as const }));
  const out: HandlingStep[] = [];
  for (const { s, ground } of [...fourth, ...first]) {
    const at = moment(rnd, o, s.at, ground === 4 ? 2 : 20, ground === 4 ? 5 : 40);
    if (!at) continue;
    const graceMonths = compareDates(addDays(at.on, GRACE_WINDOW_DAYS), o.today) >= 0 ? 1 : 0;
    out.push({ kind: 'list-debtor', at, case: s.case, by: 'judge', ground, graceMonths });
    const approved = moment(rnd, o, at, 1, 2);
    if (!approved) continue;
    out.push({ kind: 'approve-listing', at: approved, case: s.case, by: 'president' });
    const served = moment(rnd, o, approved, 1, 3);
    if (served) out.push({ kind: 'serve-restriction', at: served, case: s.case, by: 'judge' });
    // The worker's rounds after a publication: each recipient acknowledges and gets its next notice.
    for (const later of [30, 90])
      out.push({ kind: 'deliver', at: { on: approved.on, minute: Math.min(approved.minute + later, 1435) }, case: -1, by: '' });
  }
  // The newest decision still waits in the 院长's inbox.
  const newest = out.filter((s) => s.kind === 'list-debtor').sort((a, b) => compareDates(b.at.on, a.at.on) || b.at.minute - a.at.minute)[0];
  return out.filter((s) => !(newest && s.kind === 'approve-listing' && s.case === newest.case));
}

type Work = { id: string; listingApproval?: string };

/** Runs a listing step; a debtor the rules refuse (a minor, enough seized) is left off the list. */
export async function runCreditStep(
  ctx: AppContext,
  w: Work,
  s: HandlingStep & CreditAct,
  who: Principal,
  today: LocalDate,
): Promise<boolean> {
  if (s.kind === 'serve-restriction') {
    const orders = await listCaseRestrictions(ctx, who, w.id);
    if (!orders.ok) throw new Error(`demo credit: ${orders.code}`);
    let served = 0;
    for (const r of orders.value.items) {
      if (!r.documentId) continue;
      const done = await recordService(ctx, who, r.documentId, {
        method: 'direct',
        servedOn: today,
        recipient: r.debtorName,
        address: null,
      });
      if (!done.ok) throw new Error(`demo credit: service refused: ${done.code} ${done.detail ?? ''}`);
      served++;
    }
    return served > 0;
  }
  if (s.kind === 'approve-listing') {
    if (!w.listingApproval) return false;
    const r = await decideApproval(ctx, who, w.listingApproval, { decision: 'approve', opinion: '同意纳入失信被执行人名单' });
    if (!r.ok) throw new Error(`demo credit: approval refused: ${r.code} ${r.detail ?? ''}`);
    delete w.listingApproval;
    return true;
  }
  const c = await getCase(ctx, who, w.id);
  if (!c.ok || c.value.status === 'closed') return false;
  const debtor = c.value.debtors[0];
  if (!debtor?.id) return false;
  const input = { debtorPartyId: debtor.id, ground: s.ground, decidedOn: today, graceMonths: s.graceMonths };
  const r = await transact(ctx, (tx) => decideListingIn(tx, ctx, who, w.id, input));
  if (!r.ok) {
    if (
      [
        'minor',
        'sufficient-seized-property',
        'ground-not-established',
        'already-listed',
        'age-unknown',
        'fully-secured',
        'approval-pending',
      ].includes(r.code)
    )
      return false;
    throw new Error(`demo credit: listing refused: ${r.code} ${r.detail ?? ''}`);
  }
  w.listingApproval = r.value.approvalId ?? undefined;
  return true;
}
