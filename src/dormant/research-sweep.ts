import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvents } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { meetDeadline, openDeadlines } from '../deadlines/deadline-changes.ts';
import { sendResearches } from '../searches/send-search.ts';
import type { DebtorFact } from '../cases/instrument-facts.ts';
import { cycleDueBy, nextResearchDue, researchDueOn } from '../rules/dormant-research.ts';
import { dryRunReport, capOf, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import type { LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { success } from '../shared/result.ts';
import {
  countDue,
  debtorsOfCases,
  insertResearches,
  lockDueCases,
  markCyclesSent,
  outstandingOfCases,
  runningResearchDeadlines,
  type DebtorRow,
  type DueCase,
} from './dormant.repo.ts';

// The six-monthly re-search of the 终本案件库 (终本规定 第9条, ADR 0213). For each case whose next
// search is due by asOf, one search of every debtor across every class is sent through the outbox,
// and the case's own row records the cycle sent — in the same transaction as the outbound requests,
// one transaction per batch, the rows taken FOR UPDATE SKIP LOCKED. A run killed midway loses only
// the batch in flight (nothing of it was written), the next run takes up the rest: no cycle is sent
// twice, none skipped. The outbox delivers within each institution's concurrency (src/outbox), so a
// pool of a million cases queues its requests and no bank ever sees more than its cap at once.

export const researchActor: Actor = { id: null, name: '系统（终本定期复查）' };

/** Batch size of the sweep: every case of a batch sends its requests in one transaction. */
export const RESEARCH_BATCH = 50;

type Planned = { d: DueCase; cycle: number | null; outstandingFen: bigint; debtors: DebtorFact[] };

const debtorFact = (p: DebtorRow): DebtorFact => ({
  partyId: p.id,
  name: p.name,
  kind: p.kind,
  identity: p.kind === 'person' ? (p.id_number ?? '') : (p.credit_code ?? p.id_number ?? ''),
});

// The cases of one batch, locked: what each owes and its debtors in one query each, then every
// kind of row written once for the batch (searches, requests and their events, cycles, pool rows,
// deadlines). Row for row and event for event what a case-by-case sweep would write.
async function researchBatch(tx: Tx, ctx: AppContext, asOf: LocalDate, due: readonly DueCase[]): Promise<number> {
  const now = ctx.clock.now();
  const ids = due.map((d) => d.case_id);
  const owed = await outstandingOfCases(tx, ids);
  const debtors = new Map<string, DebtorFact[]>();
  for (const p of await debtorsOfCases(tx, ids)) debtors.set(p.case_id, [...(debtors.get(p.case_id) ?? []), debtorFact(p)]);
  const planned: Planned[] = due.map((d) => ({
    d,
    cycle: cycleDueBy(d.closed_on as LocalDate, d.research_cycle, asOf),
    outstandingFen: owed.get(d.case_id) ?? 0n,
    debtors: debtors.get(d.case_id) ?? [],
  }));
  // Nothing due after all (the ten cycles done): the row says so, and is not picked again.
  const idle = planned.filter((p) => p.cycle === null);
  const work = planned.filter((p): p is Planned & { cycle: number } => p.cycle !== null);
  const sent = await sendResearches(
    tx,
    ctx,
    researchActor,
    now,
    work.map((p) => ({ courtId: p.d.court_id, caseId: p.d.case_id, caseNumber: p.d.case_number, cycle: p.cycle, debtors: p.debtors })),
  );
  const rows = work.map((p, i) => {
    const closedOn = p.d.closed_on as LocalDate;
    return { ...p, sent: sent[i]!, next: nextResearchDue(closedOn, p.cycle), dueOn: researchDueOn(closedOn, p.cycle) };
  });
  await insertResearches(
    tx,
    rows
      .filter((r) => r.sent)
      .map((r) => ({
        court_id: r.d.court_id,
        case_id: r.d.case_id,
        cycle: r.cycle,
        due_on: r.dueOn,
        sent_on: asOf,
        search_id: r.sent.id,
        requests: r.sent.requests,
      })),
  );
  await markCyclesSent(tx, [
    ...idle.map((p) => ({
      caseId: p.d.case_id,
      cycle: p.d.research_cycle,
      sentOn: (p.d.last_search_on ?? asOf) as LocalDate,
      next: nextResearchDue(p.d.closed_on as LocalDate, p.d.research_cycle),
      outstandingFen: p.outstandingFen,
    })),
    ...rows.map((r) => ({ caseId: r.d.case_id, cycle: r.cycle, sentOn: asOf, next: r.next, outstandingFen: r.outstandingFen })),
  ]);
  await appendEvents(
    tx,
    researchActor,
    now,
    rows.map((r) => ({
      courtId: r.d.court_id,
      caseId: r.d.case_id,
      action: r.sent ? 'dormant.research-sent' : 'dormant.research-skipped',
      entityType: 'dormant-case',
      entityId: r.d.case_id,
      changes: {
        cycle: { before: r.d.research_cycle, after: r.cycle },
        dueOn: r.dueOn,
        sentOn: asOf,
        nextSearchDue: r.next,
        outstanding: formatYuan(r.outstandingFen),
        ...(r.sent ? { searchId: r.sent.id, requests: r.sent.requests } : { reason: '本案没有被执行人，无从查询' }),
      },
    })),
  );
  // The cycle's deadline is met (one left open for a missed cycle is met by the late search), the next one opens.
  const meetable = await runningResearchDeadlines(
    tx,
    rows.map((r) => ({ caseId: r.d.case_id, subject: String(r.d.research_cycle + 1) })),
  );
  for (const r of rows.filter((x) => meetable.has(x.d.case_id)))
    await meetDeadline(tx, ctx, researchActor, now, {
      caseId: r.d.case_id,
      node: 'dormant-research',
      subject: String(r.d.research_cycle + 1),
      metOn: asOf,
    });
  await openDeadlines(
    tx,
    ctx,
    researchActor,
    now,
    rows
      .filter((r) => r.next)
      .map((r) => ({
        courtId: r.d.court_id,
        caseId: r.d.case_id,
        node: 'dormant-research',
        subject: String(r.cycle + 1),
        startOn: r.dueOn,
      })),
  );
  return rows.length;
}

/** One batch: at most `n` due cases, locked, each sent and advanced; one transaction. */
export async function researchSome(ctx: AppContext, asOf: LocalDate, n: number): Promise<{ examined: number; changed: number }> {
  const r = await transact(ctx, async (tx) => {
    const due = await lockDueCases(tx, asOf, n);
    return success({ examined: due.length, changed: await researchBatch(tx, ctx, asOf, due) });
  });
  return r.ok ? r.value : { examined: 0, changed: 0 };
}

export const researchDormantSweep: Sweep = {
  name: 'research-dormant',
  title: '终本案件定期复查',
  description:
    '终本案件库中下一次复查期限已到的案件，对每个被执行人向各协助查询机构发送网络查控请求（经 outbox，受各机构并发上限约束），' +
    '记 dormant.research-sent 事件，复查次数加一并设定下一次期限（终本后每六个月一次，五年为止）；结果到达后告知申请执行人。',
  async run(ctx, o) {
    if (o.dryRun) return dryRunReport(o, await countDue(ctx.db, o.asOf, capOf(o)));
    return inBatches(o, (n) => researchSome(ctx, o.asOf, n), RESEARCH_BATCH);
  },
};
