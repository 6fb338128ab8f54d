import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { categoryNames, citations, parseCaseNumber, rule, type CaseNumberError } from '../case-number.ts';
import { Nullable, Out, Strict, Text } from '../../shared/contract.ts';

// What each refusal of a case number means, for whoever reads the answer (the 计算器 page shows it).
const errorMessages: Record<CaseNumberError, string> = {
  empty: '未填写案号',
  'bad-format': '格式不符：应为（年度）法院代字 类型代字 编号号',
  'bad-year': '收案年度不正确',
  'bad-court-code': '法院代字不符合规则',
  'unknown-type-code': '类型代字不在《人民法院案件类型及其代字标准》中',
  'bad-serial': '案件编号应为不带前导零的正整数',
  'legacy-format-after-2016': '2016年起不再使用“字第”式案号',
  'new-format-before-2016': '2016年以前的案号应为“字第”式',
};

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
    errorDetails: Type.Array(Type.Object({ code: Out({ description: '不符之处的代码' }), message: Out({ description: '中文说明' }) }), {
      description: '不符之处及其说明',
    }),
    normalized: Nullable(Out({ description: '规范写法：全角括号、半角数字、无空格' })),
    year: Nullable(Type.Integer({ description: '收案年度' })),
    courtCode: Nullable(Out({ description: '法院代字（旧式案号为其简称）' })),
    courtLevel: Nullable(Out({ description: '由代字形式得出的法院层级：supreme、high、intermediate、basic' })),
    court: Nullable(
      Type.Object(
        {
          code: Out({ description: '法院代字' }),
          name: Out({ description: '法院名称' }),
          level: Out({ description: '法院层级' }),
          parentCode: Nullable(Out({ description: '上级法院代字' })),
        },
        { description: '法院名录中的法院（原代字为承继它的法院）；名录中没有时为 null' },
      ),
    ),
    formerCode: Nullable(
      Type.Object(
        {
          code: Out({ description: '原法院代字' }),
          name: Out({ description: '原法院名称' }),
          until: Out({ description: '原代字使用至此日' }),
          inUse: Type.Boolean({ description: '案号年度是否仍在原代字使用期内' }),
        },
        { description: '案号所用的是已停用的原代字时，注明原代字；否则为 null' },
      ),
    ),
    specialCode: Nullable(Out({ description: '专门审判代字' })),
    typeCode: Nullable(Out({ description: '类型代字，如 执、执恢、执保' })),
    typeName: Nullable(Out({ description: '类型名称' })),
    caseType: Nullable(Out({ description: '案件类型' })),
    category: Nullable(Out({ description: 'implementation 执行实施类；review 执行审查类；other 其他' })),
    categoryName: Nullable(Out({ description: '类别名称' })),
    enforcement: Type.Boolean({ description: '是否为执行案件（执行实施类或执行审查类）' }),
    suffix: Nullable(Out({ description: '后续文书的“之一”“之二”…' })),
    underlying: Nullable(Out({ description: '去掉“之一”等后缀的案号' })),
    serial: Nullable(Type.Integer({ description: '案件编号' })),
    legacy: Type.Boolean({ description: '是否为 2016 年以前的旧式案号' }),
    basis: Basis,
  }),
  errors: [],
  run(input, ctx) {
    const parsed = parseCaseNumber(input.caseNumber);
    // Legacy numbers carry a free-text abbreviation, which is no 法院代字 to look up.
    const found = parsed.courtCode !== null && !parsed.legacy ? ctx.resolveCourt(parsed.courtCode, parsed.year) : undefined;
    return ok({
      valid: parsed.valid,
      errors: parsed.errors,
      errorDetails: parsed.errors.map((code) => ({ code, message: errorMessages[code] })),
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
});
