import type { RuleResult } from '../errors.ts';
import type { StatutoryCalendar } from '../calendar.ts';

// A calculator adapts one pure rule to JSON: it validates untrusted input (yuan strings,
// YYYY-MM-DD dates), calls the rule, and returns JSON that carries `basis`.
// The HTTP route POST /api/v1/rules/<name> and `zhixing rules <name> --json` both call it.
export type ResolvedCourt = {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly parentCode: string | null;
  // Set when the code as written is a former code: the court now has `code`.
  readonly former: { readonly code: string; readonly name: string; readonly until: string; readonly inUse: boolean } | null;
};

export type CalculatorContext = {
  // Resolves a 法院代字 (current or former) as written in a case number of `year`.
  readonly resolveCourt: (code: string, year?: number | null) => ResolvedCourt | undefined;
  // The statutory calendar with the court's override table applied; the bundled data otherwise.
  readonly calendar?: StatutoryCalendar;
};

export type Calculator = {
  readonly name: string;
  readonly title: string; // Chinese, for docs and the UI
  readonly run: (input: unknown, ctx: CalculatorContext) => RuleResult<Record<string, unknown>>;
};
