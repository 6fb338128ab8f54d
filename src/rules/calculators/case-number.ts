import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { citations, parseCaseNumber, rule } from '../case-number.ts';
import { Nullable, Out, Strict, Text } from '../../shared/contract.ts';

// POST /api/v1/rules/case-number  {caseNumber: "（2026）粤0703执123号"}
// A malformed number is an answer (valid: false, errors), not a failure; only a non-text input fails.
// The answer's fields are listed once, in `output`: a new field is added there and in `run`.
export const calculator = defineCalculator({
  name: 'case-number',
  title: '案号解析',
  description: rule.summary,
  input: Strict(
    { caseNumber: Text({ title: '案号', maxLength: 100, description: '如（2026）粤0703执123号；半角括号、空格、全角数字亦可' }) },
    { examples: [{ caseNumber: '（2026）粤0703执123号' }] },
  ),
  output: Type.Object({
    valid: Type.Boolean({ description: '是否为有效的案号' }),
    errors: Type.Array(Out(), { description: '不符之处的代码，如 unknown-type-code' }),
    normalized: Nullable(Out({ description: '规范写法：全角括号、半角数字、无空格' })),
    year: Nullable(Type.Integer({ description: '收案年度' })),
    courtCode: Nullable(Out({ description: '法院代字（旧式案号为其简称）' })),
    courtLevel: Nullable(Out({ description: '由代字形式得出的法院层级：supreme、high、intermediate、basic' })),
    court: Nullable(Type.Object({ name: Out(), level: Out() }, { description: '法院名录中的法院；名录中没有时为 null' })),
    specialCode: Nullable(Out({ description: '专门审判代字' })),
    typeCode: Nullable(Out({ description: '类型代字，如 执、执恢、执保' })),
    typeName: Nullable(Out({ description: '类型名称' })),
    caseType: Nullable(Out({ description: '案件类型' })),
    category: Nullable(Out({ description: 'implementation 执行实施类；review 执行审查类；other 其他' })),
    serial: Nullable(Type.Integer({ description: '案件编号' })),
    legacy: Type.Boolean({ description: '是否为 2016 年以前的旧式案号' }),
    basis: Basis,
  }),
  errors: [],
  run(input, ctx) {
    const parsed = parseCaseNumber(input.caseNumber);
    // Legacy numbers carry a free-text abbreviation, which is no 法院代字 to look up.
    const found = parsed.courtCode !== null && !parsed.legacy ? ctx.courtByCode(parsed.courtCode) : undefined;
    return ok({
      valid: parsed.valid,
      errors: parsed.errors,
      normalized: parsed.normalized,
      year: parsed.year,
      courtCode: parsed.courtCode,
      courtLevel: parsed.courtLevel,
      court: found ? { name: found.name, level: found.level } : null,
      specialCode: parsed.specialCode,
      typeCode: parsed.typeCode,
      typeName: parsed.typeName,
      caseType: parsed.caseType,
      category: parsed.category,
      serial: parsed.serial,
      legacy: parsed.legacy,
      basis: basisOf(citations),
    });
  },
});
