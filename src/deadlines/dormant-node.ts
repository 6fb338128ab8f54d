import { citations, RESEARCH_INTERVAL_MONTHS } from '../rules/dormant-research.ts';
import type { NodeDefinition } from './deadlines.types.ts';

// 终本 re-search (src/rules/dormant-research.ts, ADR 0213): one per cycle (subject: the cycle,
// 1–10), six months each from the 终本 day; opened by src/dormant when the case enters the pool and
// after each cycle is sent, met by the re-search sweep when it sends that cycle's search.
export const dormantResearchNode: NodeDefinition = {
  id: 'dormant-research',
  title: '终本案件定期复查（每六个月查询一次被执行人财产）',
  basis: citations.map(({ source, version, article, certainty }) => ({ source, version, article, certainty })),
  period: { length: RESEARCH_INTERVAL_MONTHS, unit: 'month' },
  caseTypes: ['first', 'resumed'],
  opensOn: [],
  metBy: [],
  pausedBy: [],
  onCaseClosed: 'waived',
  remindDaysBefore: [7],
  backfill: false,
  perSubject: true,
};
