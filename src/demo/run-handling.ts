import type { AppContext } from '../platform/context.ts';
import { fixedClock } from '../platform/clock.ts';
import type { Principal } from '../access/access.types.ts';
import { transact } from '../db/transaction.ts';
import { isoInstant, type LocalDate } from '../shared/dates.ts';
import { formatYuan, fen } from '../shared/money.ts';
import type { Result } from '../shared/result.ts';
import { issueFirstNotices } from '../documents/issue-first-notices.ts';
import { recordService } from '../documents/record-service.ts';
import { startSearch } from '../searches/start-search.ts';
import { recordReportIn } from '../reports/record-report.ts';
import { verifyReport } from '../reports/verify-report.ts';
import { imposeSanctionIn } from '../reports/impose-sanction.ts';
import { decideApproval } from '../approvals/decide-approval.ts';
import { caseAssets } from '../assets/assets.repo.ts';
import { recordAssetIn } from '../assets/register-asset.ts';
import { orderSeizureIn } from '../assets/order-seizure.ts';
import { recordDeductionIn } from '../assets/record-deduction.ts';
import { renewSeizure } from '../assets/renew-seizure.ts';
import { releaseSeizure } from '../assets/release-seizure.ts';
import { lapseSeizure } from '../assets/seizure-expiries.ts';
import { submitLeadIn } from '../leads/submit-lead.ts';
import { recordLeadOutcome } from '../leads/record-lead-outcome.ts';
import { deliverDue } from '../outbox/deliver.ts';
import type { DemoCase } from './caseload.ts';
import type { HandlingStep, Target } from './handling-plan.ts';
import { instantOf } from './write-caseload.ts';
import { demoNetwork, DEMO_DELIVERY } from './demo-network.ts';
import { recordOnsiteVisit } from './run-onsite.ts';
import { runDisposalStep, type DisposalWork } from './run-disposal.ts';
import { runCreditStep } from './credit-plan.ts';

// Runs the planned handling (handling-plan.ts) through the use cases, each with the clock set to
// its step's moment, in time order: what the officers' own calls would have written, events,
// rows and deadlines alike. A refusal is a bug of the plan and stops the seed.

export type HandlingPeople = { principal: (username: string) => Principal; team: (court: string) => string[] };

type CaseWork = {
  id: string;
  orders: { id: string; addressee: string }[];
  reportId: string | null;
  seizures: Map<Target, { id: string; assetId: string; amount: string | null }>;
  leadId: string | null;
  leadOutcome: 'verified-found' | 'not-found' | null;
  sanctionApproval?: string;
  listingApproval?: string;
  report: string | null;
  disposals?: DisposalWork['disposals'];
  /** What the case's freezes hold, in fen. */
  covered?: bigint;
};

const MEASURE: Record<Target, 'freeze' | 'seal' | 'seize'> = { deposit: 'freeze', 'real-estate': 'seal', vehicle: 'seize' };

export type HandlingCount = Record<HandlingStep['kind'], number>;

export async function runHandling(
  ctx: AppContext,
  cases: readonly DemoCase[],
  steps: readonly HandlingStep[],
  people: HandlingPeople,
  caseIds: ReadonlyMap<number, string>,
): Promise<HandlingCount> {
  const work = new Map<number, CaseWork>();
  const of = (i: number): CaseWork => {
    let w = work.get(i);
    if (!w) {
      w = { id: caseIds.get(i)!, orders: [], reportId: null, seizures: new Map(), leadId: null, leadOutcome: null, report: null };
      work.set(i, w);
    }
    return w;
  };
  const network = demoNetwork();
  const done = {} as HandlingCount;
  for (const s of steps) {
    const now = { ...ctx, clock: fixedClock(isoInstant(instantOf(s.at))) };
    const today = s.at.on;
    if (s.kind === 'deliver') {
      await deliverDue(now, network, { worker: 'demo', limit: 100_000, policy: DEMO_DELIVERY });
      done.deliver = (done.deliver ?? 0) + 1;
      continue;
    }
    const c = cases[s.case]!;
    const w = of(s.case);
    const who = people.principal(s.by);
    const ran = await step(now, c, w, s, who, today, work, people.team);
    if (ran) done[s.kind] = (done[s.kind] ?? 0) + 1;
  }
  return done;
}

async function step(
  ctx: AppContext,
  c: DemoCase,
  w: CaseWork,
  s: HandlingStep,
  who: Principal,
  today: LocalDate,
  all: ReadonlyMap<number, CaseWork>,
  team: (court: string) => string[],
): Promise<boolean> {
  const tx = <T>(fn: Parameters<typeof transact<T>>[1]) => transact(ctx, fn);
  switch (s.kind) {
    case 'notices': {
      const docs = must(await issueFirstNotices(ctx, who, w.id, {})).items;
      w.orders = docs.filter((d) => d.kind === 'asset-report-order').map((d) => ({ id: d.id, addressee: d.addressee }));
      (w as CaseWork & { docs?: typeof docs }).docs = docs;
      return true;
    }
    case 'serve': {
      const docs = (w as CaseWork & { docs?: { id: string; addressee: string }[] }).docs ?? [];
      for (const d of docs)
        must(await recordService(ctx, who, d.id, { method: s.method, servedOn: today, recipient: d.addressee, address: null }));
      return docs.length > 0;
    }
    case 'search':
      must(await startSearch(ctx, who, w.id, {}));
      return true;
    case 'report': {
      const order = w.orders[0];
      if (!order) return false;
      const found = await assetsInOrder(ctx, w.id);
      const honest = s.report === 'on-time' || s.report === 'late';
      const items = found.slice(0, 4).map((a) => ({
        kind: a.kind,
        identifier: a.identifierDisplay,
        description: `${a.institution ?? ''}${a.identifierDisplay}`.slice(0, 200),
        value: a.estimatedValue === null ? null : formatYuan(a.estimatedValue),
      }));
      const input = honest && items.length > 0 ? { items } : { declaresNone: true, items: [], note: '本人名下无可供执行的财产' };
      const r = must(await tx((t) => recordReportIn(t, ctx, who, w.id, { orderId: order.id, reportedOn: today, ...input })));
      w.reportId = r.id;
      w.report = s.report;
      return true;
    }
    case 'verify': {
      if (!w.reportId) return false;
      const lying = w.report === 'false' || w.report === 'false-detained';
      const outcome = lying ? 'false' : 'consistent';
      const note = lying ? '经网络查控，被执行人名下有存款、不动产等财产未如实报告' : null;
      must(await verifyReport(ctx, who, w.reportId, { verifiedOn: today, outcome, note }));
      return true;
    }
    case 'sanction': {
      const order = w.orders[0];
      if (!order || !w.report) return false;
      const debtor = c.debtors[0]!;
      const ground = w.report === 'late' ? 'late-report' : 'false-report';
      const base = { orderId: order.id, ground, decidedOn: today };
      const input =
        w.report === 'false-detained'
          ? {
              ...base,
              measure: 'detention',
              days: 10,
              startOn: today,
              detainee: debtor.kind === 'person' ? debtor.name : debtor.legalRepresentative,
            }
          : { ...base, measure: 'fine', amount: debtor.kind === 'person' ? '5000.00' : '50000.00' };
      w.sanctionApproval = must(await tx((t) => imposeSanctionIn(t, ctx, who, w.id, input))).approvalId ?? undefined;
      return true;
    }
    case 'approve-sanction': {
      if (!w.sanctionApproval) return false;
      must(await decideApproval(ctx, who, w.sanctionApproval, { decision: 'approve', opinion: '同意' }));
      delete w.sanctionApproval;
      return true;
    }
    case 'seize': {
      // A freeze that holds the whole claim is enough: no flat or car is seized beside it (超标的).
      if (s.target !== 'deposit' && (w.covered ?? 0n) >= c.claimAmount) return false;
      const asset = (await assetsInOrder(ctx, w.id)).find((a) => a.kind === s.target && ![...all.values()].some((x) => holds(x, a.id)));
      if (!asset) return false;
      const amount =
        s.target === 'deposit' ? formatYuan(fen(min(asset.estimatedValue ?? c.claimAmount, c.claimAmount) || 100n)) : undefined;
      const order = {
        assetId: asset.id,
        measure: MEASURE[s.target],
        ruledOn: today,
        effectiveOn: today,
        live: s.live,
        amount,
        expiresOn: s.until ?? undefined,
      };
      const r = must(await tx((t) => orderSeizureIn(t, ctx, who, w.id, order)));
      w.seizures.set(s.target, { id: r.id, assetId: asset.id, amount: amount ?? null });
      if (s.target === 'deposit' && amount) w.covered = (w.covered ?? 0n) + min(asset.estimatedValue ?? 0n, c.claimAmount);
      return true;
    }
    case 'join-queue': {
      const first = all.get(s.of)?.seizures.get('real-estate');
      if (!first) return false;
      const asset = (await caseAssets(ctx.db, all.get(s.of)!.id)).find((a) => a.id === first.assetId)!;
      const entry = { kind: asset.kind, identifier: asset.identifierDisplay, institution: asset.institution ?? undefined };
      must(await tx((t) => recordAssetIn(t, ctx, who, w.id, entry)));
      const order = { assetId: asset.id, measure: 'seal' as const, ruledOn: today, effectiveOn: today };
      const r = must(await tx((t) => orderSeizureIn(t, ctx, who, w.id, order)));
      w.seizures.set('real-estate', { id: r.id, assetId: asset.id, amount: null });
      return true;
    }
    case 'deduct': {
      const frozen = w.seizures.get('deposit');
      if (!frozen?.amount) return false;
      const d = { amount: frozen.amount, deductedOn: today, confirmation: `扣划回执 ${today.replaceAll('-', '')}` };
      must(await tx((t) => recordDeductionIn(t, ctx, who, frozen.id, d)));
      w.seizures.delete('deposit'); // all of it taken: nothing left to renew or lapse
      return true;
    }
    case 'renew': {
      const held = w.seizures.get(s.target);
      if (!held) return false;
      must(await renewSeizure(ctx, who, held.id, { effectiveOn: today }));
      return true;
    }
    case 'release': {
      const held = w.seizures.get(s.target);
      if (!held) return false;
      must(await releaseSeizure(ctx, who, held.id, { releasedOn: today, reason: s.reason }));
      w.seizures.delete(s.target);
      return true;
    }
    case 'lapse': {
      const held = w.seizures.get(s.target);
      if (!held) return false;
      const lapsed = must(await lapseSeizure(ctx, held.id, today));
      if (lapsed) w.seizures.delete(s.target);
      return lapsed;
    }
    case 'lead': {
      const input = leadOf(c, s.source, s.urgent);
      const r = must(await tx((t) => submitLeadIn(t, ctx, who, w.id, input, s.source)));
      w.leadId = r.id;
      w.leadOutcome = s.outcome;
      return true;
    }
    case 'lead-outcome': {
      if (!w.leadId || !w.leadOutcome) return false;
      const note = w.leadOutcome === 'not-found' ? '经向登记机关查询，被执行人名下无该财产' : '经核查，线索属实，已登记为本案财产';
      must(await recordLeadOutcome(ctx, who, w.leadId, { outcome: w.leadOutcome, on: today, note }));
      w.leadId = null;
      return true;
    }
    case 'onsite':
      return recordOnsiteVisit(ctx, who, w.id, c, today, team(c.courtCode));
    case 'deliver':
      return false;
    case 'list-debtor':
    case 'approve-listing':
    case 'serve-restriction':
      return runCreditStep(ctx, w, s, who, today);
    default:
      return runDisposalStep(ctx, c, w, s, who, today, all.values());
  }
}

const holds = (w: CaseWork, assetId: string) => [...w.seizures.values()].some((x) => x.assetId === assetId);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

const LEADS: { kind: 'vehicle' | 'real-estate' | 'deposit' | 'equity'; text: string }[] = [
  { kind: 'vehicle', text: '被执行人近期驾驶一辆白色小型轿车出入小区，车牌号见标识' },
  { kind: 'real-estate', text: '被执行人在新会区购有商铺一间，已出租给他人经营' },
  { kind: 'deposit', text: '被执行人在农商银行开有账户，经营收入经该账户收取' },
  { kind: 'equity', text: '被执行人持有一家贸易公司的股权，系该公司股东' },
];

function leadOf(c: DemoCase, source: 'party' | 'officer', urgent: boolean) {
  const l = LEADS[(c.index + (source === 'party' ? 1 : 0)) % LEADS.length]!;
  const identifier = l.kind === 'vehicle' ? `粤J${String(10000 + ((c.index * 7919) % 89999)).slice(0, 5)}` : null;
  return { kind: l.kind, identifier, description: urgent ? `${l.text}（被执行人正在转移，请尽快核查）` : l.text, urgent };
}

/**
 * A case's assets in an order fixed by the data (kind, then registry identifier): the register
 * orders assets found by one answer by their random ids, and the demo must be the same every time.
 */
const assetsInOrder = async (ctx: AppContext, caseId: string) =>
  (await caseAssets(ctx.db, caseId)).sort((a, b) =>
    a.kind === b.kind ? (a.identifier < b.identifier ? -1 : a.identifier > b.identifier ? 1 : 0) : a.kind < b.kind ? -1 : 1,
  );

export function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`demo handling: a use case refused a step: ${r.code} ${r.detail ?? ''}`);
  return r.value;
}
