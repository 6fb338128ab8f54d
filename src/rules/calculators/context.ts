import type { CourtDirectory } from '../../courts/court-directory.ts';
import type { CalculatorContext } from './calculator.types.ts';
import type { StatutoryCalendar } from '../calendar.ts';

export const calculatorContext = (courts: Pick<CourtDirectory, 'byCode'>, calendar?: StatutoryCalendar): CalculatorContext => ({
  ...(calendar ? { calendar } : {}),
  courtByCode: (code) => {
    const c = courts.byCode(code);
    return c && { name: c.name, level: c.level };
  },
});
