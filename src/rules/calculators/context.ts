import type { CourtDirectory } from '../../courts/court-directory.ts';
import { formerCode } from '../../courts/former-codes.ts';
import type { CalculatorContext, ResolvedCourt } from './calculator.types.ts';
import type { StatutoryCalendar } from '../calendar.ts';

export const calculatorContext = (
  courts: Pick<CourtDirectory, 'byCode' | 'parentOf'>,
  calendar?: StatutoryCalendar,
): CalculatorContext => ({
  ...(calendar ? { calendar } : {}),
  resolveCourt: (code, year) => {
    const view = (c: NonNullable<ReturnType<typeof courts.byCode>>): ResolvedCourt => ({
      code: c.code,
      name: c.name,
      level: c.level,
      parentCode: courts.parentOf(c)?.code ?? null,
      former: null,
    });
    const current = courts.byCode(code);
    if (current) return view(current);
    // A superseded code (district merger, county become district) resolves to its successor.
    const f = formerCode(code);
    const successor = f && courts.byCode(f.successor);
    if (!f || !successor) return undefined;
    const inUse = year == null || year <= Number(f.until.slice(0, 4));
    return { ...view(successor), former: { code: f.code, name: f.name, until: f.until, inUse } };
  },
});
