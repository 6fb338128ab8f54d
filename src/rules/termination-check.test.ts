import { describe, expect, it } from 'vitest';
import {
  checkTermination,
  earliestTerminationDate,
  STEP_CODES,
  UNMET_LABELS,
  type TerminationCheckInput,
  type TerminationCheckOptions,
  type TerminationSteps,
} from './termination-check.ts';
import { localDate as d } from '../shared/dates.ts';

const allDone: TerminationSteps = {
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

function check(input: Partial<TerminationCheckInput>, options?: TerminationCheckOptions) {
  const r = checkTermination({ filedOn: d('2026-01-15'), asOf: d('2026-04-16'), steps: allDone, assets: 'none', ...input }, options);
  if (!r.ok) throw new Error(`${r.code}: ${r.detail}`);
  return r.value;
}

describe('more than three months since filing (终本规定 第1条第4项; 民法典 第201–202条)', () => {
  it('ends the three months on 2026-04-15 for a case filed 2026-01-15, so 2026-04-16 is the earliest date', () => {
    expect(earliestTerminationDate(d('2026-01-15'))).toEqual({ threeMonthsEndOn: '2026-04-15', earliestDate: '2026-04-16' });
  });

  it('is not met on the last day of the three months (2026-04-15)', () => {
    expect(check({ asOf: d('2026-04-15') })).toMatchObject({ eligible: false, unmet: ['three-months-not-elapsed'] });
  });

  it('is met on the earliest date (2026-04-16)', () => {
    expect(check({ asOf: d('2026-04-16') })).toMatchObject({ eligible: true, unmet: [] });
  });

  it('is met the day after the earliest date (2026-04-17)', () => {
    expect(check({ asOf: d('2026-04-17') }).eligible).toBe(true);
  });

  it('uses the month end when there is no matching date: filed 2025-11-30 → ends 2026-02-28 → earliest 2026-03-01', () => {
    expect(earliestTerminationDate(d('2025-11-30'))).toEqual({ threeMonthsEndOn: '2026-02-28', earliestDate: '2026-03-01' });
  });

  it('does not move past a holiday: filed 2026-02-01 → earliest 2026-05-02 even in the May Day break', () => {
    expect(earliestTerminationDate(d('2026-02-01')).earliestDate).toBe('2026-05-02');
  });
});

describe('the other conditions of 第1条 and 第2条', () => {
  it.each(Object.entries(STEP_CODES))('reports a missing %s as %s', (step, code) => {
    const r = check({ steps: { ...allDone, [step]: false } });
    expect(r).toEqual(expect.objectContaining({ eligible: false, unmet: [code] }));
  });

  it('refuses 终本 when disposable property was found (第1条第3项) but accepts undisposable property', () => {
    expect(check({ assets: 'disposable' }).unmet).toEqual(['disposable-assets-found']);
    expect(check({ assets: 'undisposable' }).eligible).toBe(true);
  });

  it('requires a missing debtor to have been searched for, only when the debtor is missing (第1条第5项)', () => {
    expect(check({ debtorMissing: { searched: false } }).unmet).toEqual(['missing-debtor-not-searched']);
    expect(check({ debtorMissing: { searched: true } }).eligible).toBe(true);
  });

  it('requires obstruction to have been sanctioned, only when there was obstruction (第1条第5项)', () => {
    expect(check({ obstruction: { sanctioned: false } }).unmet).toEqual(['obstruction-not-sanctioned']);
    expect(check({ obstruction: { sanctioned: true } }).eligible).toBe(true);
  });

  it('lists every unmet condition in order, the interview last', () => {
    const none = Object.fromEntries(Object.keys(allDone).map((k) => [k, false])) as TerminationSteps;
    const r = check({
      steps: none,
      asOf: d('2026-01-15'),
      assets: 'disposable',
      debtorMissing: { searched: false },
      obstruction: { sanctioned: false },
    });
    expect(r.unmet).toEqual([
      'enforcement-notice-not-served',
      'asset-report-not-ordered',
      'asset-report-not-verified',
      'consumption-not-restricted',
      'dishonest-listing-not-decided',
      'online-search-not-done',
      'leads-not-verified',
      'on-site-investigation-not-done',
      'disposable-assets-found',
      'three-months-not-elapsed',
      'missing-debtor-not-searched',
      'obstruction-not-sanctioned',
      'applicant-not-interviewed',
    ]);
    for (const code of r.unmet) expect(UNMET_LABELS[code].label).toBeTruthy();
  });
});

describe('configurable points (第3条 checklist and 约谈, UNSURE)', () => {
  it('requires the applicant interview by default and drops it when the court configures so', () => {
    const steps = { ...allDone, applicantInterviewed: false };
    expect(check({ steps }).unmet).toEqual(['applicant-not-interviewed']);
    expect(check({ steps }, { requireApplicantInterview: false }).eligible).toBe(true);
  });

  it('lets a court drop on-site investigation from the checklist', () => {
    const steps = { ...allDone, onSiteInvestigated: false };
    expect(check({ steps }, { requiredInvestigation: ['onlineSearchDone', 'leadsVerified'] }).eligible).toBe(true);
  });
});

describe('rejected input', () => {
  it('refuses an asOf date before filing, but accepts asOf on the filing day', () => {
    const base = { filedOn: d('2026-01-15'), steps: allDone, assets: 'none' as const };
    expect(checkTermination({ ...base, asOf: d('2026-01-14') })).toMatchObject({ ok: false, code: 'date-order-invalid' });
    expect(checkTermination({ ...base, asOf: d('2026-01-15') })).toMatchObject({ ok: true });
  });
});
