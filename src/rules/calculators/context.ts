import type { CalculatorContext } from './calculator.types.ts';
import type { StatutoryCalendar } from '../calendar.ts';

type CourtLookup = (code: string) => { readonly name: string; readonly level: string } | undefined;

export const calculatorContext = (courtByCode: CourtLookup, calendar?: StatutoryCalendar): CalculatorContext => ({
  ...(calendar ? { calendar } : {}),
  courtByCode: (code) => {
    const c = courtByCode(code);
    return c && { name: c.name, level: c.level };
  },
});
