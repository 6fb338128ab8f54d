import type { InvestigationStep, TerminationCheckOptions } from '../rules/termination-check.ts';

// The court's settings of the 终本 gate, in the manner of src/credit/credit-settings.ts, applied once
// at start (src/platform/bootstrap.ts): ZHIXING_TERMINATION_INTERVIEW=0 drops the interview (约谈,
// P6 第5条, UNSURE); ZHIXING_TERMINATION_INVESTIGATION lists the investigation steps of 第3条 (UNSURE)
// the court requires (online-search, leads, on-site). Unset, the rule's defaults: all of them.
let options: TerminationCheckOptions = {};

export function setTerminationOptions(o: TerminationCheckOptions): void {
  options = { ...o };
}

export const terminationOptions = (): TerminationCheckOptions => options;

const steps: Record<string, InvestigationStep> = {
  'online-search': 'onlineSearchDone',
  leads: 'leadsVerified',
  'on-site': 'onSiteInvestigated',
};

/** The settings named by the environment; a step it does not know stops the start. */
export function terminationOptionsFrom(env: NodeJS.ProcessEnv): TerminationCheckOptions {
  const listed = env.ZHIXING_TERMINATION_INVESTIGATION;
  const names =
    listed === undefined
      ? undefined
      : listed
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const unknown = names?.find((n) => !steps[n]);
  if (unknown) throw new Error(`ZHIXING_TERMINATION_INVESTIGATION 应为以逗号分隔的 ${Object.keys(steps).join('、')}，而不是「${unknown}」`);
  return {
    ...(env.ZHIXING_TERMINATION_INTERVIEW === '0' ? { requireApplicantInterview: false } : {}),
    ...(names ? { requiredInvestigation: names.map((n) => steps[n]!) } : {}),
  };
}
