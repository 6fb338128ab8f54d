import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok, type RuleResult } from '../errors.ts';
import {
  checkTermination,
  citations,
  STEP_CODES,
  UNMET_LABELS,
  type InvestigationStep,
  type StepName,
  type TerminationSteps,
} from '../termination-check.ts';
import { parseLocalDate } from '../../shared/dates.ts';

const STEP_NAMES = Object.keys(STEP_CODES) as StepName[];
const INVESTIGATION: readonly string[] = ['onlineSearchDone', 'leadsVerified', 'onSiteInvestigated'];

// POST /api/v1/rules/termination-check
// {filedOn, asOf, steps: {<step>: boolean}, debtorMissing?: {searched}, obstruction?: {sanctioned},
//  assets: "none"|"undisposable"|"disposable", requireApplicantInterview?, requiredInvestigation?: [step]}
export const calculator: Calculator = {
  name: 'termination-check',
  title: '终结本次执行程序条件审查',
  run(input) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object');
    const filedOn = parseLocalDate(input.filedOn);
    const asOf = parseLocalDate(input.asOf);
    if (!filedOn || !asOf) return fail('invalid-date', 'filedOn and asOf must be YYYY-MM-DD');
    const steps = parseSteps(input.steps);
    if (!steps.ok) return steps;
    const assets = input.assets;
    if (assets !== 'none' && assets !== 'undisposable' && assets !== 'disposable') {
      return fail('invalid-input', 'assets must be "none", "undisposable" or "disposable"');
    }
    const debtorMissing = optionalFlag(input.debtorMissing, 'searched');
    const obstruction = optionalFlag(input.obstruction, 'sanctioned');
    if (debtorMissing === null) return fail('invalid-input', 'debtorMissing must be {searched: boolean}');
    if (obstruction === null) return fail('invalid-input', 'obstruction must be {sanctioned: boolean}');
    const requireApplicantInterview = input.requireApplicantInterview;
    if (requireApplicantInterview !== undefined && typeof requireApplicantInterview !== 'boolean') {
      return fail('invalid-input', 'requireApplicantInterview must be true or false');
    }
    const requiredInvestigation = input.requiredInvestigation;
    if (
      requiredInvestigation !== undefined &&
      !(Array.isArray(requiredInvestigation) && requiredInvestigation.every((s) => INVESTIGATION.includes(s)))
    ) {
      return fail('invalid-input', `requiredInvestigation must list steps among ${INVESTIGATION.join(', ')}`);
    }

    const result = checkTermination(
      {
        filedOn,
        asOf,
        steps: steps.value,
        assets,
        debtorMissing: debtorMissing === undefined ? undefined : { searched: debtorMissing },
        obstruction: obstruction === undefined ? undefined : { sanctioned: obstruction },
      },
      { requireApplicantInterview, requiredInvestigation: requiredInvestigation as InvestigationStep[] | undefined },
    );
    if (!result.ok) return result;
    const v = result.value;
    return ok({
      eligible: v.eligible,
      unmet: v.unmet,
      unmetDetails: v.unmet.map((code) => ({ code, ...UNMET_LABELS[code] })),
      threeMonthsEndOn: v.threeMonthsEndOn,
      earliestDate: v.earliestDate,
      basis: basisOf(citations),
    });
  },
};

// An absent step counts as not done; anything but a boolean is malformed.
function parseSteps(value: unknown): RuleResult<TerminationSteps> {
  if (!isRecord(value)) return fail('invalid-input', 'steps must be an object of booleans');
  const steps: Partial<Record<StepName, boolean>> = {};
  for (const name of STEP_NAMES) {
    const flag = value[name] ?? false;
    if (typeof flag !== 'boolean') return fail('invalid-input', `steps.${name} must be true or false`);
    steps[name] = flag;
  }
  return ok(steps as TerminationSteps);
}

// The flag inside {key: boolean}; undefined when the object is absent, null when malformed.
function optionalFlag(value: unknown, key: string): boolean | undefined | null {
  if (value === undefined || value === null) return undefined;
  const flag = isRecord(value) ? value[key] : undefined;
  return typeof flag === 'boolean' ? flag : null;
}
