import type { AppContext } from '../platform/context.ts';
import { inScope, type Principal } from '../access/access.types.ts';
import type { Executor } from '../db/connection.ts';
import { caseFactsOf, type CaseFacts } from '../cases/instrument-facts.ts';
import { listingEligibility } from '../credit/listing-eligibility.ts';
import {
  checkTermination,
  earliestTerminationDate,
  UNMET_LABELS,
  type AssetFinding,
  type TerminationCheckInput,
} from '../rules/termination-check.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Failure, type Result } from '../shared/result.ts';
import { terminationFacts, type FactRow, type TerminationFacts } from './termination-facts.repo.ts';
import { terminationOptions } from './termination-settings.ts';
import {
  conditionLabels,
  type ConditionView,
  type Evidence,
  type GateCondition,
  type TerminationRoute,
  type TerminationView,
} from './termination.types.ts';

// The 终本 gate (P6 第1–5条, through src/rules/termination-check.ts) on the facts the case itself
// records (termination-facts.repo.ts): each condition met with its evidence, or what would meet it.

type Row = { condition: GateCondition; evidence: FactRow | null; met: string; unmet: string };

const names = (ps: readonly { name: string }[]) => ps.map((p) => p.name).join('、');
const evidenceOf = (f: FactRow | null, text: string): Evidence | null => (f ? { source: f.source, id: f.id, on: f.on, text } : null);

async function rowsOf(db: Executor, c: CaseFacts, f: TerminationFacts, asOf: LocalDate, earliest: LocalDate): Promise<Row[]> {
  const per = (id: string | undefined) => (id ? f.debtors[id] : undefined);
  const unrestricted = c.debtors.filter((d) => !per(d.id)?.restriction);
  const unsearched = c.debtors.filter((d) => !per(d.id)?.search);
  const unlisted: { name: string; why: string }[] = [];
  const ineligible: string[] = [];
  for (const d of c.debtors) {
    if (per(d.id)?.listing) continue;
    const e = await listingEligibility(db, c.id, d, asOf);
    if (e.eligible) unlisted.push({ name: d.name, why: e.why });
    else ineligible.push(`${d.name}不符合纳入条件：${e.why}`);
  }
  const missing = c.debtors.filter((d) => per(d.id)?.whereabouts?.missing);
  const notSearched = missing.filter((d) => !per(d.id)?.whereabouts?.searched);
  const firstOf = (pick: (id: string) => FactRow | null | undefined) =>
    c.debtors.map((d) => (d.id ? pick(d.id) : null)).find((x) => x) ?? null;
  const waiting = unsearched.filter((d) => per(d.id)?.waitingSearch);
  const falseReport = f.falseReport && !f.reportSanction;
  return [
    {
      condition: 'enforcement-notice-not-served',
      evidence: f.enforcementNotice,
      met: `执行通知书已于 ${f.enforcementNotice?.on} 送达`,
      unmet: '须向被执行人送达执行通知书',
    },
    {
      condition: 'asset-report-not-ordered',
      evidence: f.reportOrder,
      met: `报告财产令已于 ${f.reportOrder?.on} 送达`,
      unmet: '须向被执行人送达报告财产令',
    },
    {
      condition: 'asset-report-not-verified',
      evidence: falseReport ? null : f.reportVerified,
      met: f.falseReport ? `虚假报告已于 ${f.reportSanction?.on} 处罚` : `财产报告已于 ${f.reportVerified?.on} 核查`,
      unmet: falseReport
        ? `被执行人报告不实（${f.falseReport?.on} 核查），须依法予以罚款或拘留`
        : '须核查被执行人的财产报告；拒不报告或逾期报告的，须依法予以处罚',
    },
    {
      condition: 'consumption-not-restricted',
      evidence: unrestricted.length ? null : firstOf((id) => per(id)?.restriction),
      met: `已对${names(c.debtors)}发出限制消费令`,
      unmet: `须对被执行人${names(unrestricted)}发出限制消费令`,
    },
    {
      condition: 'dishonest-listing-not-decided',
      evidence: unlisted.length ? null : firstOf((id) => per(id)?.listing),
      met: ineligible.length ? ineligible.join('；') : `已将${names(c.debtors)}纳入失信名单`,
      unmet: unlisted.map((u) => `须将被执行人${u.name}纳入失信名单（${u.why}）`).join('；'),
    },
    {
      condition: 'online-search-not-done',
      evidence: unsearched.length ? null : firstOf((id) => per(id)?.search),
      met: `已对${names(c.debtors)}完成网络查控`,
      unmet: `须对被执行人${names(unsearched)}完成网络查控${waiting.length ? `（${names(waiting)}的查询尚未全部答复）` : ''}`,
    },
    {
      condition: 'leads-not-verified',
      evidence: f.leadsPending ? null : f.leadsVerified,
      met: f.leadsVerified ? `财产线索均已核查（最近一条 ${f.leadsVerified.on}）` : '无申请执行人或他人提供的财产线索',
      unmet: `尚有 ${f.leadsPending} 条财产线索未核查，须核查并登记结果`,
    },
    {
      condition: 'on-site-investigation-not-done',
      evidence: f.onsite,
      met: `已于 ${f.onsite?.on} 现场调查（${f.onsite?.text}）`,
      unmet: '须在被执行人住所地或财产所在地进行调查并登记现场执行记录',
    },
    {
      condition: 'disposable-assets-found',
      evidence: f.disposable ? null : f.undisposable,
      met: f.undisposable ? `财产${f.undisposable.text}流拍或变卖不成，申请执行人不接受以物抵债，不能处置` : '未控制可供执行的财产',
      unmet: `已控制的财产${f.disposable?.text}尚未处置：须拍卖、变卖不成且申请执行人不接受以物抵债，或解除控制`,
    },
    {
      condition: 'three-months-not-elapsed',
      evidence: { source: 'cases', id: c.id, on: c.filedOn, text: '立案日期' },
      met: `立案日期 ${c.filedOn}，${earliest} 起已满三个月`,
      unmet: `立案日期 ${c.filedOn}，须自 ${earliest} 起方可终本`,
    },
    {
      condition: 'missing-debtor-not-searched',
      evidence: null,
      met: missing.length ? `已查找下落不明的被执行人${names(missing)}` : '无下落不明的被执行人',
      unmet: `被执行人${names(notSearched)}下落不明，须依法查找并登记查找措施`,
    },
    {
      condition: 'obstruction-not-sanctioned',
      evidence: f.unsanctioned ? null : f.sanctioned,
      met: f.sanctioned ? `妨害执行行为已于 ${f.sanctioned.on} 处罚` : '无妨害执行的记录',
      unmet: `对${f.unsanctioned?.text}的罚款、拘留（${f.unsanctioned?.on} 决定）尚待院长批准`,
    },
    {
      condition: 'applicant-not-interviewed',
      evidence: f.interview,
      met: `已于 ${f.interview?.on} ${f.interview?.text}申请执行人`,
      unmet: '须约谈申请执行人，告知案件情况和终本的后果，并记录其意见',
    },
  ];
}

function inputOf(c: CaseFacts, f: TerminationFacts, asOf: LocalDate, listingDone: boolean): TerminationCheckInput {
  const per = (id: string | undefined) => (id ? f.debtors[id] : undefined);
  const missing = c.debtors.filter((d) => per(d.id)?.whereabouts?.missing);
  const assets: AssetFinding = f.disposable ? 'disposable' : f.undisposable ? 'undisposable' : 'none';
  const obstructed = f.unsanctioned ?? f.sanctioned;
  return {
    filedOn: c.filedOn,
    asOf,
    assets,
    steps: {
      enforcementNoticeServed: f.enforcementNotice !== null,
      assetReportOrdered: f.reportOrder !== null,
      assetReportVerified: f.reportVerified !== null && !(f.falseReport && !f.reportSanction),
      consumptionRestricted: c.debtors.every((d) => per(d.id)?.restriction),
      dishonestListedOrIneligible: listingDone,
      onlineSearchDone: c.debtors.every((d) => per(d.id)?.search),
      leadsVerified: f.leadsPending === 0,
      onSiteInvestigated: f.onsite !== null,
      applicantInterviewed: f.interview !== null,
    },
    ...(missing.length ? { debtorMissing: { searched: missing.every((d) => per(d.id)?.whereabouts?.searched) } } : {}),
    ...(obstructed ? { obstruction: { sanctioned: !f.unsanctioned } } : {}),
  };
}

/** The gate on the case's records on `asOf`; with `route: 'applicant-confirmed'` also the applicant's agreement. */
export async function terminationGateOf(
  db: Executor,
  c: CaseFacts,
  asOf: LocalDate,
  route?: TerminationRoute,
): Promise<Result<TerminationView>> {
  const f = await terminationFacts(
    db,
    c.id,
    c.debtors.flatMap((d) => (d.id ? [d.id] : [])),
  );
  const options = terminationOptions();
  const { earliestDate } = earliestTerminationDate(c.filedOn);
  const rows = await rowsOf(db, c, f, asOf, earliestDate);
  const listingDone = !rows.find((x) => x.condition === 'dishonest-listing-not-decided')!.unmet;
  const checked = checkTermination(inputOf(c, f, asOf, listingDone), options);
  if (!checked.ok) return failure(checked.code, checked.detail);
  const unmet = new Set<GateCondition>(checked.value.unmet);
  const conditions: ConditionView[] = rows
    .filter((r) => r.condition !== 'applicant-not-interviewed' || options.requireApplicantInterview !== false)
    .map((r) => view(r, !unmet.has(r.condition)));
  if (route === 'applicant-confirmed') {
    const agrees = f.interview?.agrees === true;
    if (!agrees) unmet.add('applicant-not-confirmed');
    conditions.push({
      condition: 'applicant-not-confirmed',
      label: conditionLabels['applicant-not-confirmed'],
      article: '民诉法解释(2022) 第517条',
      met: agrees,
      evidence: agrees ? evidenceOf(f.interview, '约谈记录：同意终本') : null,
      detail: agrees
        ? `申请执行人于 ${f.interview?.on} 约谈时同意终本`
        : '申请执行人未书面同意终本：须在约谈记录中记明其同意，或改为合议庭评议并报院长审批',
    });
  }
  return success({
    caseId: c.id,
    eligible: unmet.size === 0,
    asOf,
    filedOn: c.filedOn,
    earliestDate,
    conditions,
  });
}

// An investigation step a court's settings do not require is met without evidence.
const notRequired = (r: Row) =>
  r.evidence === null && (r.condition === 'online-search-not-done' || r.condition === 'on-site-investigation-not-done');

function view(r: Row, met: boolean): ConditionView {
  const code = r.condition === 'applicant-not-confirmed' ? null : UNMET_LABELS[r.condition];
  return {
    condition: r.condition,
    label: conditionLabels[r.condition],
    article: code?.article ?? '',
    met,
    evidence: met ? evidenceOf(r.evidence, r.met) : null,
    detail: met ? (notRequired(r) ? '本院设置不要求此项调查' : r.met) : r.unmet,
  };
}

/** The refusal of a 终本 closure whose gate fails: 409 with each unmet condition and what would meet it. */
export function refusalOf(v: TerminationView): Failure | null {
  if (v.eligible) return null;
  const unmet = v.conditions.filter((c) => !c.met).map((c) => ({ condition: c.condition, detail: c.detail }));
  return { ...failure('termination-conditions-unmet', unmet.map((u) => u.detail).join('；')), unmet };
}

/** GET …/termination-check: the gate of a case of the caller's courts on `asOf` (today by default). */
export async function terminationCheck(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  asOf?: string,
  route?: TerminationRoute,
): Promise<Result<TerminationView>> {
  const day = asOf === undefined ? ctx.clock.today() : parseLocalDate(asOf);
  if (!day) return failure('invalid-date-value', '审查日须为有效日期');
  const c = await caseFactsOf(ctx.db, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  if (compareDates(day, c.filedOn) < 0) return failure('date-order-invalid', `审查日 ${day} 早于立案日期 ${c.filedOn}`);
  return terminationGateOf(ctx.db, c, day, route);
}
