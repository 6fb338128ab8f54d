import { describe, expect, it } from 'vitest';
import { calculators } from '../../src/rules/calculators/index.ts';
import { calculatorOrder, calculatorPages, type FieldHelp } from '../../web/src/features/rules/calculator-fields.ts';

// The 计算器 page against the server's registry: every calculator has a tab, and every input of
// each is labelled and explained on its form. An eleventh calculator without a tab fails here.

const chinese = /[\u4e00-\u9fff]/;
const pages = calculatorPages as Record<string, { tab: string; title: string; intro: string; fields: Record<string, FieldHelp> }>;

describe('the 计算器 page covers the registry', () => {
  it('has one tab for every calculator of the registry, and none the registry lacks', () => {
    expect([...calculatorOrder].sort()).toEqual(Object.keys(calculators).sort());
    expect(Object.keys(calculatorPages).sort()).toEqual(Object.keys(calculators).sort());
    expect(new Set(calculatorOrder).size).toBe(calculatorOrder.length);
  });

  it('labels and explains every input of every calculator in Chinese, and no input the calculator does not take', () => {
    for (const calc of Object.values(calculators)) {
      const page = pages[calc.name]!;
      expect(page.tab, calc.name).toMatch(chinese);
      expect(page.intro, calc.name).toMatch(chinese);
      const inputs = Object.keys((calc.input as unknown as { properties: Record<string, unknown> }).properties);
      expect(Object.keys(page.fields).sort(), calc.name).toEqual(inputs.sort());
      for (const [key, f] of Object.entries(page.fields)) {
        expect(f.label, `${calc.name}.${key}`).toMatch(chinese);
        expect(f.help.length, `${calc.name}.${key}`).toBeGreaterThan(6);
      }
    }
  });

  it('names the legal basis in the introduction of every calculator that rests on a statute', () => {
    for (const calc of Object.values(calculators)) expect(pages[calc.name]!.intro, calc.name).toMatch(/《[^》]+》|GB \d+/);
  });
});
