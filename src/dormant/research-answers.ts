import type { Actor } from '../audit/audit.types.ts';
import { appendEvents } from '../audit/append-events.ts';
import type { NewEvent } from '../audit/audit.types.ts';
import type { Executor, Tx } from '../db/connection.ts';
import { openDeadline } from '../deadlines/deadline-changes.ts';
import { fixedClock } from '../platform/clock.ts';
import { defaultCalendar } from '../rules/calendar.ts';
import { twoEmptyInARow } from '../rules/dormant-research.ts';
import { localDateAt } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { institutionByCode } from '../institutions/directory.ts';
import {
  hasTwoEmptyResearches,
  lockResearchOfSearch,
  researchesOf,
  searchOutcome,
  unansweredOf,
  updateResearch,
  type ResearchRow,
} from './dormant.repo.ts';

// When a re-search's answers are in (called by src/searches' answer and failure handlers, in the
// transaction that records each answer or failure): the cycle's result is recorded; once every
// request has settled — answered, failed or timed out (ADR 0217), those that did not answer named — the
// applicant is told (the notice the portal shows, GET /cases/{id}/researches), a find is reported to
// the officer as a proposal to resume (dormant.find-reported, with the deadline dormant-find-review
// in the officer's 待办: ADR 0215), and a second empty cycle in a row
// establishes the deletion ground of 失信名单规定 第10条第1款第4项 (dormant.two-empty-researches).

type Unanswered = { institution: string; debtor_name: string; reason: string };

// Who did not answer, as the applicant reads it: 「中国工商银行（模拟）：答复期限届满，未收到协助单位答复」.
const silentOf = (list: readonly Unanswered[]): string => {
  const debtors = new Set(list.map((u) => u.debtor_name)).size;
  const name = (u: Unanswered) => `${institutionByCode(u.institution)?.name ?? u.institution}${debtors > 1 ? `（${u.debtor_name}）` : ''}`;
  return list.map((u) => `「${name(u)}：${u.reason}」`).join('；');
};

const noticeOf = (r: ResearchRow, findings: number, valueFen: bigint, on: string, unanswered: readonly Unanswered[]): string => {
  const silent = unanswered.length > 0 ? `以下协助单位未能答复，本次查询不完整：${silentOf(unanswered)}。` : '';
  if (findings > 0)
    return `${on} 第${r.cycle}次终本复查：通过网络执行查控系统查询到被执行人财产 ${findings} 项（估值合计 ${formatYuan(valueFen)} 元），法院将核实并依法恢复执行。${silent}`;
  if (silent)
    return `${on} 第${r.cycle}次终本复查：通过网络执行查控系统查询，已答复的协助单位未发现被执行人有可供执行的财产；${silent}未答复的协助单位将在下次复查时再行查询。您发现财产线索的，可随时申请恢复执行。`;
  return `${on} 第${r.cycle}次终本复查：通过网络执行查控系统查询，未发现被执行人有可供执行的财产。您发现财产线索的，可随时申请恢复执行。`;
};

export async function recordResearchAnswer(tx: Tx, actor: Actor, at: Date, searchId: string): Promise<void> {
  const r = await lockResearchOfSearch(tx, searchId);
  if (!r || r.answered_on) return;
  const o = await searchOutcome(tx, searchId);
  const complete = o.settled >= r.requests;
  const on = localDateAt(at);
  const unanswered = complete ? await unansweredOf(tx, searchId) : [];
  const notice = complete ? noticeOf(r, o.findings, o.valueFen, on, unanswered) : null;
  await updateResearch(tx, r.case_id, r.cycle, {
    answered: o.settled,
    unanswered: unanswered.length,
    answeredOn: complete ? on : null,
    findings: o.findings,
    valueFen: o.valueFen,
    notice,
  });
  if (!complete) return;
  const base = { courtId: r.court_id, caseId: r.case_id, entityType: 'dormant-research', entityId: `${r.case_id}:${r.cycle}` };
  const events: NewEvent[] = [
    {
      ...base,
      action: 'dormant.research-answered',
      changes: {
        cycle: r.cycle,
        searchId,
        findings: o.findings,
        value: formatYuan(o.valueFen),
        answeredOn: on,
        notice,
        ...(unanswered.length > 0
          ? { unanswered: unanswered.map((u) => ({ institution: u.institution, debtor: u.debtor_name, reason: u.reason })) }
          : {}),
      },
    },
  ];
  if (o.findings > 0)
    events.push({
      ...base,
      action: 'dormant.find-reported',
      changes: { cycle: r.cycle, searchId, findings: o.findings, value: formatYuan(o.valueFen), proposal: '复查发现财产，建议恢复执行' },
    });
  else {
    // A cycle some institution did not answer was not searched in full: not an empty search (ADR 0217).
    const answered = (await researchesOf(tx, r.case_id)).filter((x) => x.cycle === r.cycle || x.answered_on !== null);
    const findings = answered.map((x) => (x.cycle === r.cycle ? (unanswered.length > 0 ? null : 0) : x.unanswered > 0 ? null : x.findings));
    if (twoEmptyInARow(findings))
      events.push({
        ...base,
        action: 'dormant.two-empty-researches',
        changes: {
          cycles: answered.slice(-2).map((x) => x.cycle),
          ground: 'no-property-after-termination',
          article: '失信名单规定 第10条第1款第4项',
        },
      });
  }
  await appendEvents(tx, actor, at, events);
  // The answer path has no app context: the bundled calendar, as src/credit/notify.ts meets its deadline.
  if (o.findings > 0)
    await openDeadline(tx, { calendar: defaultCalendar, clock: fixedClock(at.toISOString()) }, actor, at, {
      courtId: r.court_id,
      caseId: r.case_id,
      node: 'dormant-find-review',
      subject: String(r.cycle),
      startOn: on,
    });
}

/**
 * 失信名单规定 第10条第1款第4项 is established on the case's facts: two re-searches in a row after
 * 终本 found nothing (src/credit asks before deleting a listing on it).
 */
export const noPropertyAfterTermination = (db: Executor, caseId: string): Promise<boolean> => hasTwoEmptyResearches(db, caseId);
