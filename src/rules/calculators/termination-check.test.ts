import { describe, expect, it } from 'vitest';
import { runCalculator } from './run.ts';
import { calculator } from './termination-check.ts';
import type { CalculatorContext } from './calculator.types.ts';

const ctx: CalculatorContext = { resolveCourt: () => undefined };
const run = (input: unknown) => runCalculator(calculator, input, ctx);

const allDone = {
  enforcementNoticeServed: true,
  assetReportOrdered: true,
  assetReportVerified: true,
  consumptionRestricted: true,
  dishonestListedOrIneligible: true,
  onlineSearchDone: true,
  leadsVerified: true,
  onSiteInvestigated: true,
  applicantInterviewed: true,
};

describe('termination-check calculator', () => {
  it('answers eligible from 2026-04-16 for a case filed 2026-01-15, with its basis', () => {
    const r = run({ filedOn: '2026-01-15', asOf: '2026-04-16', steps: allDone, assets: 'none' });
    expect(r).toMatchObject({ ok: true, value: { eligible: true, unmet: [], threeMonthsEndOn: '2026-04-15', earliestDate: '2026-04-16' } });
    if (r.ok) expect(r.value.basis).toContainEqual(expect.objectContaining({ article: '第1条' }));
  });

  it('lists unmet codes with Chinese labels; an absent step counts as not done', () => {
    const { applicantInterviewed: _omitted, ...steps } = allDone;
    const r = run({ filedOn: '2026-01-15', asOf: '2026-04-15', steps, assets: 'none', debtorMissing: { searched: false } });
    expect(r).toMatchObject({
      ok: true,
      value: {
        eligible: false,
        unmet: ['three-months-not-elapsed', 'missing-debtor-not-searched', 'applicant-not-interviewed'],
        unmetDetails: [
          { code: 'three-months-not-elapsed', label: '自立案之日起未超过三个月', article: '第1条第4项' },
          { code: 'missing-debtor-not-searched' },
          { code: 'applicant-not-interviewed', label: '未约谈申请执行人' },
        ],
      },
    });
  });

  it('takes the configurable interview and checklist', () => {
    const steps = { ...allDone, applicantInterviewed: false, onSiteInvestigated: false };
    const r = run({
      filedOn: '2026-01-15',
      asOf: '2026-05-01',
      steps,
      assets: 'undisposable',
      requireApplicantInterview: false,
      requiredInvestigation: ['onlineSearchDone', 'leadsVerified'],
    });
    expect(r).toMatchObject({ ok: true, value: { eligible: true } });
  });

  it.each([
    ['a non-object body', 1, 'validation-failed'],
    ['a bad filing date', { filedOn: '2026-13-01', asOf: '2026-04-16', steps: allDone, assets: 'none' }, 'validation-failed'],
    ['steps missing', { filedOn: '2026-01-15', asOf: '2026-04-16', assets: 'none' }, 'validation-failed'],
    [
      'a text step',
      { filedOn: '2026-01-15', asOf: '2026-04-16', steps: { ...allDone, leadsVerified: 'yes' }, assets: 'none' },
      'validation-failed',
    ],
    ['an unknown asset finding', { filedOn: '2026-01-15', asOf: '2026-04-16', steps: allDone, assets: 'some' }, 'validation-failed'],
    [
      'a malformed debtorMissing',
      { filedOn: '2026-01-15', asOf: '2026-04-16', steps: allDone, assets: 'none', debtorMissing: true },
      'validation-failed',
    ],
    [
      'an unknown checklist step',
      { filedOn: '2026-01-15', asOf: '2026-04-16', steps: allDone, assets: 'none', requiredInvestigation: ['audit'] },
      'validation-failed',
    ],
    ['asOf before filing', { filedOn: '2026-01-15', asOf: '2026-01-14', steps: allDone, assets: 'none' }, 'date-order-invalid'],
  ])('rejects %s with a 422 code', (_name, input, code) => {
    expect(run(input)).toMatchObject({ ok: false, code });
  });
});
