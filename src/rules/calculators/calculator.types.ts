import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { RuleErrorCode, RuleResult } from '../errors.ts';
import type { StatutoryCalendar } from '../calendar.ts';
import { Out, Ref } from '../../shared/contract.ts';

// A calculator adapts one pure rule to JSON: its input schema states what it takes (validated
// before it runs, the same way for HTTP and the CLI), it calls the rule, and returns JSON that
// carries `basis`. POST /api/v1/rules/<name> and `zhixing rules <name> --json` both run it.
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

export type Calculator<I extends TSchema = TSchema, O extends TSchema = TSchema> = {
  readonly name: string;
  readonly title: string; // Chinese, for docs and the UI
  readonly description: string; // Chinese, for the API document: what it computes and by which law
  readonly input: I;
  readonly output: O;
  // The rule's own refusals, besides a body that does not meet `input` (validation-failed).
  readonly errors: readonly RuleErrorCode[];
  // A method, so that the registry can hold calculators of different inputs.
  run(input: Static<I>, ctx: CalculatorContext): RuleResult<Static<O>>;
};

export const defineCalculator = <I extends TSchema, O extends TSchema>(c: Calculator<I, O>): Calculator<I, O> => c;

export const LegalBasis = Type.Object(
  {
    source: Out({ description: '法律或司法解释的名称', examples: ['《中华人民共和国民事诉讼法》'] }),
    version: Out({ description: '所依据的版本', examples: ['2023年修正'] }),
    article: Out({ description: '条文', examples: ['第85条'] }),
  },
  { $id: 'LegalBasis', title: '法律依据' },
);

/** The `basis` every answer carries: the articles it applied. */
export const Basis = Type.Array(Ref(LegalBasis), { description: '计算所依据的法律条文' });
