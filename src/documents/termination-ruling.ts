import type { Tx } from '../db/connection.ts';
import type { Actor } from '../audit/audit.types.ts';
import type { AppContext } from '../platform/context.ts';
import { caseFactsOf } from '../cases/instrument-facts.ts';
import type { Party } from '../cases/cases.types.ts';
import { assetKindNames, type AssetKind } from '../shared/asset-kinds.ts';
import { formatYuan } from '../shared/money.ts';
import { localDate, type LocalDate } from '../shared/dates.ts';
import type { DocumentMeta } from './documents.repo.ts';
import { generateDocument } from './generate-document.ts';
import { terminationRuling, type RulingAsset, type RulingMeasure, type TerminationRulingData } from './templates/termination-ruling.ts';
import type { InstrumentParty } from './templates/wording.ts';
import { claimAndReceived, latestInterview, rulingAssets, rulingMeasures, type RULING_MEASURE_ACTIONS } from './termination-ruling.repo.ts';

// The 终本 ruling, generated when the closure is written (src/cases/case-steps.ts), from what the
// case's own records say. The officer serves it on the applicant like any instrument.

const measureTexts: Record<(typeof RULING_MEASURE_ACTIONS)[number], string> = {
  'case.enforcement-notice-served': '向被执行人送达执行通知书',
  'case.asset-report-order-served': '向被执行人送达报告财产令，责令其报告财产',
  'case.asset-report-verified': '核查被执行人报告的财产情况',
  'asset-search.started': '通过网络执行查控系统查询被执行人的存款、车辆、不动产、证券等财产',
  'case.asset-lead-verified': '核查申请执行人或他人提供的财产线索',
  'case.onsite-enforced': '到被执行人住所地或者财产所在地进行调查',
  'seizure.ordered': '查封、扣押、冻结被执行人的财产',
  'auction.announced': '对查封的财产进行网络司法拍卖',
  'credit.restriction-imposed': '对被执行人发出限制消费令',
  'credit.listing-published': '将被执行人纳入失信被执行人名单',
  'case.sanction-imposed': '对妨害执行的行为依法采取罚款、拘留措施',
};

const seizureOutcomes: Record<string, string> = {
  effective: '已采取控制措施，继续有效',
  waiting: '已轮候查封（冻结）',
  released: '控制措施已解除',
  lapsed: '控制措施已到期',
};

const instrumentParty = (p: Party): InstrumentParty =>
  p.kind === 'person'
    ? { kind: 'person', name: p.name, idNumber: p.idNumber || null }
    : { kind: 'organization', name: p.name, creditCode: p.creditCode || null, legalRepresentative: p.legalRepresentative };

/** Generates the ruling inside the caller's transaction (which holds the case row); null if the case has no title to recite. */
export async function issueTerminationRulingIn(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  input: { caseId: string; issuedOn: LocalDate; route: TerminationRulingData['route'] },
): Promise<DocumentMeta | null> {
  const c = await caseFactsOf(tx, input.caseId);
  if (!c?.title) return null;
  const money = await claimAndReceived(tx, c.id);
  const measures: RulingMeasure[] = (await rulingMeasures(tx, c.id)).map((m) => ({
    on: localDate(m.first_on),
    text: `${measureTexts[m.action as keyof typeof measureTexts]}${m.n > 1 ? `（共${m.n}次）` : ''}`,
  }));
  const assets: RulingAsset[] = (await rulingAssets(tx, c.id)).map((a) => ({
    text: `${assetKindNames[a.kind as AssetKind] ?? '财产'}（${a.identifier_display}${a.estimated_value ? `，估值人民币${formatYuan(BigInt(a.estimated_value))}元` : ''}）`,
    outcome: a.seizure ? (seizureOutcomes[a.seizure] ?? '') : '未采取控制措施',
  }));
  const interview = await latestInterview(tx, c.id);
  const data: TerminationRulingData = {
    court: ctx.courts.byId(c.courtId)!.name,
    caseNumber: c.caseNumber,
    issuedOn: input.issuedOn,
    filedOn: c.filedOn,
    applicants: c.applicants.map(instrumentParty),
    debtors: c.debtors.map(instrumentParty),
    title: { issuer: c.title.issuer, documentNumber: c.title.documentNumber },
    claim: formatYuan(money.claim),
    recovered: formatYuan(money.received),
    outstanding: formatYuan(money.claim > money.received ? money.claim - money.received : 0n),
    measures,
    assets,
    interview: interview ? { on: localDate(interview.on), view: interview.view } : null,
    route: input.route,
    officer: c.officerName,
  };
  return generateDocument(tx, actor, at, {
    template: terminationRuling,
    data,
    courtId: c.courtId,
    caseId: c.id,
    caseNumber: c.caseNumber,
    addressee: c.applicants.map((p) => p.name).join('、'),
    issuedOn: input.issuedOn,
  });
}
