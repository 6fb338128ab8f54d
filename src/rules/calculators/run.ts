import type { Static, TSchema } from '@sinclair/typebox';
import { validatorFor } from '../../shared/validation.ts';
import { failure, type Result } from '../../shared/result.ts';
import type { Calculator, CalculatorContext } from './calculator.types.ts';

// Runs a calculator on untrusted JSON, as the CLI and the tests do: the input is first checked
// against the calculator's schema by the same validator the HTTP server uses.
export function runCalculator<I extends TSchema, O extends TSchema>(
  calc: Calculator<I, O>,
  input: unknown,
  ctx: CalculatorContext,
): Result<Static<O>> {
  const checked = validatorFor<Static<I>>(calc.input)(input);
  if (!checked.ok) return failure('validation-failed', checked.errors.map((e) => e.message).join('；'), checked.errors);
  return calc.run(checked.value, ctx);
}
