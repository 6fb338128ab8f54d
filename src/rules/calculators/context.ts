import type { CourtDirectory } from '../../courts/court-directory.ts';
import type { CalculatorContext } from './calculator.types.ts';

export const calculatorContext = (courts: Pick<CourtDirectory, 'byCode'>): CalculatorContext => ({
  courtByCode: (code) => {
    const c = courts.byCode(code);
    return c && { name: c.name, level: c.level };
  },
});
