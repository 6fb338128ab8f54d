import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok } from '../errors.ts';
import { categoryNames, citations, parseCaseNumber } from '../case-number.ts';

// POST /api/v1/rules/case-number  {caseNumber: "（2026）粤0703执123号"}
// A malformed number is an answer (valid: false, errors), not a failure; only a non-text input fails.
export const calculator: Calculator = {
  name: 'case-number',
  title: '案号解析',
  run(input, ctx) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object {caseNumber}');
    const text = input.caseNumber;
    if (typeof text !== 'string') return fail('invalid-input', 'caseNumber must be text, e.g. "（2026）粤0703执123号"');
    if (text.length > 100) return fail('invalid-input', 'caseNumber is longer than 100 characters');

    const parsed = parseCaseNumber(text);
    // Legacy numbers carry a free-text abbreviation, which is no 法院代字 to look up.
    const found = parsed.courtCode !== null && !parsed.legacy ? ctx.resolveCourt(parsed.courtCode, parsed.year) : undefined;
    return ok({
      valid: parsed.valid,
      errors: parsed.errors,
      normalized: parsed.normalized,
      year: parsed.year,
      courtCode: parsed.courtCode,
      courtLevel: parsed.courtLevel,
      court: found ? { code: found.code, name: found.name, level: found.level, parentCode: found.parentCode } : null,
      // A former code (e.g. 陕0125 户县, now 陕0118 鄠邑区): the court it resolves to is the successor.
      formerCode: found?.former ?? null,
      specialCode: parsed.specialCode,
      typeCode: parsed.typeCode,
      typeName: parsed.typeName,
      caseType: parsed.caseType,
      category: parsed.category,
      categoryName: parsed.category ? categoryNames[parsed.category] : null,
      enforcement: parsed.enforcement,
      suffix: parsed.suffix,
      underlying: parsed.underlying,
      serial: parsed.serial,
      legacy: parsed.legacy,
      basis: basisOf(citations),
    });
  },
};
