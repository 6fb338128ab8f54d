import { isRecord } from '../../shared/json.ts';
import type { Calculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { fail, ok } from '../errors.ts';
import { checkIdentity, citations } from '../identity.ts';
import { parseLocalDate } from '../../shared/dates.ts';

// POST /api/v1/rules/identity  {value: "11010519491231002X", asOf?: "2026-03-09"}
// Every answer has the same keys; fields that do not apply to the kind are null.
export const calculator: Calculator = {
  name: 'identity',
  title: '身份证号码与统一社会信用代码校验',
  run(input) {
    if (!isRecord(input)) return fail('invalid-input', 'expected a JSON object {value}');
    const value = input.value;
    if (typeof value !== 'string') return fail('invalid-input', 'value must be text');
    if (value.length > 64) return fail('invalid-input', 'value is longer than 64 characters');
    const asOf = input.asOf === undefined || input.asOf === null ? undefined : parseLocalDate(input.asOf);
    if (asOf === null) return fail('invalid-date', 'asOf must be YYYY-MM-DD');

    const r = checkIdentity(value, { asOf });
    return ok({
      valid: r.valid,
      kind: r.kind,
      errors: r.errors,
      warnings: r.kind === 'resident-id' ? r.warnings : [],
      normalized: r.normalized,
      birthDate: r.kind === 'resident-id' ? r.birthDate : null,
      sex: r.kind === 'resident-id' ? r.sex : null,
      regionCode: r.kind === 'unknown' ? null : r.regionCode,
      registrationAuthority: r.kind === 'credit-code' ? r.registrationAuthority : null,
      organisationType: r.kind === 'credit-code' ? r.organisationType : null,
      basis: basisOf(citations),
    });
  },
};
