import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { meetDeadline, openDeadline } from '../deadlines/deadline-changes.ts';
import { sendResearch } from '../searches/send-search.ts';
import { cycleDueBy, nextResearchDue, researchDueOn } from '../rules/dormant-research.ts';
import { dryRunReport, capOf, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import type { LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { success } from '../shared/result.ts';
import { countDue, insertResearch, lockDueCases, markCycleSent, outstandingOf, type DueCase } from './dormant.repo.ts';

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

async function researchOne(tx: Tx, ctx: AppContext, asOf: LocalDate, d: DueCase): Promise<boolean> {
  const closedOn = d.closed_on as LocalDate;
  const cycle = cycleDueBy(closedOn, d.research_cycle, asOf);
  const now = ctx.clock.now();
  const outstandingFen = await outstandingOf(tx, d.case_id);
  if (cycle === null) {
    // Nothing due after all (the ten cycles done): the row says so, and is not picked again.
    await markCycleSent(tx, d.case_id, {
      cycle: d.research_cycle,
      sentOn: (d.last_search_on ?? asOf) as LocalDate,
      next: nextResearchDue(closedOn, d.research_cycle),
      outstandingFen,
    });
    return false;
  }
  const next = nextResearchDue(closedOn, cycle);
  const dueOn = researchDueOn(closedOn, cycle);
  const sent = await sendResearch(tx, ctx, researchActor, now, {
    courtId: d.court_id,
    caseId: d.case_id,
    caseNumber: d.case_number,
    cycle,
  });
  if (sent)
    await insertResearch(tx, {
      court_id: d.court_id,
      case_id: d.case_id,
      cycle,
      due_on: dueOn,
      sent_on: asOf,
      search_id: sent.id,
      requests: sent.requests,
    });
  await markCycleSent(tx, d.case_id, { cycle, sentOn: asOf, next, outstandingFen });
  await appendEvent(tx, researchActor, now, {
    courtId: d.court_id,
    caseId: d.case_id,
    action: sent ? 'dormant.research-sent' : 'dormant.research-skipped',
    entityType: 'dormant-case',
    entityId: d.case_id,
    changes: {
      cycle: { before: d.research_cycle, after: cycle },
      dueOn,
      sentOn: asOf,
      nextSearchDue: next,
      outstanding: formatYuan(outstandingFen),
      ...(sent ? { searchId: sent.id, requests: sent.requests } : { reason: '本案没有被执行人，无从查询' }),
    },
  });
  // The cycle's deadline is met (one left open for a missed cycle is met by the late search), the next one opens.
  await meetDeadline(tx, ctx, researchActor, now, {
    caseId: d.case_id,
    node: 'dormant-research',
    subject: String(d.research_cycle + 1),
    metOn: asOf,
  });
  if (next)
    await openDeadline(tx, ctx, researchActor, now, {
      courtId: d.court_id,
      caseId: d.case_id,
      node: 'dormant-research',
      subject: String(cycle + 1),
      startOn: dueOn,
    });
  return true;
}

/** One batch: at most `n` due cases, locked, each sent and advanced; one transaction. */
export async function researchSome(ctx: AppContext, asOf: LocalDate, n: number): Promise<{ examined: number; changed: number }> {
  const r = await transact(ctx, async (tx) => {
    const due = await lockDueCases(tx, asOf, n);
    let changed = 0;
    for (const d of due) if (await researchOne(tx, ctx, asOf, d)) changed++;
    return success({ examined: due.length, changed });
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
