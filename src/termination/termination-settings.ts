import type { TerminationCheckOptions } from '../rules/termination-check.ts';

// The court's settings of the 终本 gate, in the manner of src/credit/credit-settings.ts: whether the
// interview (约谈, P6 第5条, UNSURE) is required and which investigation steps of 第3条 (UNSURE)
// the court requires. Unset, the rule's defaults hold: the interview and all three steps.
let options: TerminationCheckOptions = {};

export function setTerminationOptions(o: TerminationCheckOptions): void {
  options = { ...o };
}

export const terminationOptions = (): TerminationCheckOptions => options;
