import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { checkIdentity, citations, rule } from '../identity.ts';
import { LocalDate, Nullable, OneOf, Out, Strict, Text } from '../../shared/contract.ts';

const CodeName = (description: string) =>
  Type.Object({ code: Out({ description: '代码' }), name: Out({ description: '名称' }) }, { description });

// POST /api/v1/rules/identity  {value: "11010519491231002X", asOf?: "2026-03-09"}
// Every answer has the same keys; fields that do not apply to the kind are null.
export const calculator = defineCalculator({
  name: 'identity',
  title: '身份证号码与统一社会信用代码校验',
  description: rule.summary,
  input: Strict(
    {
      value: Text({ title: '证件号码', maxLength: 64, description: '公民身份号码或统一社会信用代码；可含空格、全角字符，按规范化后校验' }),
      asOf: Type.Optional(Nullable(LocalDate({ title: '参照日', description: '出生日期不得晚于此日' }))),
    },
    { examples: [{ value: '11010519491231002X' }] },
  ),
  output: Type.Object({
    valid: Type.Boolean({ description: '是否有效' }),
    kind: OneOf(['resident-id', 'credit-code', 'unknown'] as const, { description: '证件类别' }),
    errors: Type.Array(Out(), { description: '不符之处的代码，如 checksum-mismatch、bad-birth-date' }),
    warnings: Type.Array(Out(), { description: '提示（不影响有效性），如 region-unknown：地址码不在区划数据中' }),
    normalized: Out({ description: '规范化后的号码' }),
    birthDate: Nullable(Out({ description: '出生日期' })),
    sex: Nullable(OneOf(['male', 'female'] as const, { description: '性别' })),
    regionCode: Nullable(Out({ description: '行政区划代码' })),
    registrationAuthority: Nullable(CodeName('登记管理部门（统一社会信用代码第1位）；公民身份号码为 null')),
    organisationType: Nullable(CodeName('机构类别（统一社会信用代码第2位）；公民身份号码为 null')),
    basis: Basis,
  }),
  errors: [],
  run(input) {
    const r = checkIdentity(input.value, { asOf: input.asOf ?? undefined });
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
});
