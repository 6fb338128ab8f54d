import type { ErrorObject } from 'ajv';
import { textProblem, type TextProblem } from './text-policy.ts';

// Chinese messages for the validator's keywords, and the stable field codes that go with them
// (errors[].code of a `validation-failed` problem; listed in the API description).
export const fieldCodes = {
  required: '缺少必填项',
  'wrong-type': '类型不正确',
  'too-long': '内容过长',
  'too-short': '内容过短',
  'too-many-items': '项数过多',
  'too-few-items': '项数过少',
  'not-allowed': '不是允许的取值',
  'bad-format': '格式不正确',
  'out-of-range': '数值超出允许范围',
  'unknown-field': '不允许的字段',
  'invalid-money': '金额格式不正确',
  'invalid-date-value': '日期不正确',
  'invalid-uuid': '编号格式不正确',
  'invalid-text': '含有不允许的字符',
  'invalid-value': '取值不正确',
} as const;
export type FieldCode = keyof typeof fieldCodes;

const typeNames: Record<string, string> = {
  string: '文本',
  integer: '整数',
  number: '数字',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '列表',
  null: '空值',
};

const textMessages: Record<TextProblem, string> = {
  control: '含有控制字符',
  bidi: '含有改变文字方向的控制字符',
  surrogate: '含有无效的字符编码',
  invisible: '不能只有空白或不可见字符',
};

type Schema = { title?: string; format?: string; properties?: Record<string, { title?: string }> };

const titled = (s: unknown): string | undefined => (s && typeof s === 'object' ? (s as Schema).title : undefined);

/** The field's name for a person: the schema's title, else the property's own name. */
function labelOf(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const parent = e.parentSchema as Schema | undefined;
  if (e.keyword === 'required') {
    const name = String(p.missingProperty);
    return titled(parent?.properties?.[name]) ?? `「${name}」`;
  }
  if (e.keyword === 'additionalProperties') return `「${String(p.additionalProperty)}」`;
  const last = e.instancePath.split('/').pop() ?? '';
  return parent?.title ?? (last && !/^\d+$/.test(last) ? `「${last}」` : '此项');
}

/** The code and Chinese message of the most telling error of one field (`all` are that field's errors). */
export function fieldMessage(e: ErrorObject, all: readonly ErrorObject[]): { code: FieldCode; message: string } {
  const label = labelOf(e);
  const p = e.params as Record<string, unknown>;
  const parent = e.parentSchema as Schema | undefined;
  switch (e.keyword) {
    case 'required':
      return { code: 'required', message: `请填写${label}` };
    case 'additionalProperties':
      return { code: 'unknown-field', message: `不允许的字段${label}` };
    case 'type': {
      if (parent?.format === 'yuan') return { code: 'wrong-type', message: `${label}须为文字形式的金额（如 "120000.00"），不能是数字` };
      // A union answers one type error per branch: name them all.
      const wanted = all.filter((x) => x.keyword === 'type').map((x) => String((x.params as { type: string }).type));
      const names = [...new Set(wanted.flatMap((t) => t.split(',')))].filter((t) => t !== 'null').map((t) => typeNames[t] ?? t);
      return { code: 'wrong-type', message: `${label}的类型不正确，应为${names.join('或')}` };
    }
    case 'maxLength':
      return { code: 'too-long', message: `${label}不能超过 ${String(p.limit)} 个字` };
    case 'minLength':
      return p.limit === 1
        ? { code: 'too-short', message: `请填写${label}` }
        : { code: 'too-short', message: `${label}不能少于 ${String(p.limit)} 个字` };
    case 'maxItems':
      return { code: 'too-many-items', message: `${label}最多 ${String(p.limit)} 项` };
    case 'minItems':
      return { code: 'too-few-items', message: `${label}至少需要 ${String(p.limit)} 项` };
    case 'enum':
      return { code: 'not-allowed', message: `${label}只能是：${(p.allowedValues as unknown[]).map(String).join('、')}` };
    case 'const':
      return { code: 'not-allowed', message: `${label}只能是 ${String(p.allowedValue)}` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code: 'out-of-range', message: `${label}不能小于${e.keyword === 'minimum' ? '' : '或等于'} ${String(p.limit)}` };
    case 'maximum':
    case 'exclusiveMaximum':
      return { code: 'out-of-range', message: `${label}不能大于${e.keyword === 'maximum' ? '' : '或等于'} ${String(p.limit)}` };
    case 'multipleOf':
      return { code: 'out-of-range', message: `${label}须为 ${String(p.multipleOf)} 的整数倍` };
    case 'pattern':
      return { code: 'bad-format', message: `${label}的格式不正确` };
    case 'format':
      return formatMessage(label, String(p.format), e.data);
    default:
      return { code: 'invalid-value', message: `${label}的取值不正确` };
  }
}

function formatMessage(label: string, format: string, data: unknown): { code: FieldCode; message: string } {
  switch (format) {
    case 'yuan':
      return { code: 'invalid-money', message: `${label}须为非负金额，最多两位小数（如 "120000.00"）` };
    case 'local-date':
      return { code: 'invalid-date-value', message: `${label}须为有效日期（YYYY-MM-DD，1900 年及以后）` };
    case 'uuid':
      return { code: 'invalid-uuid', message: `${label}须为有效的编号（UUID）` };
    case 'text':
    case 'multiline-text': {
      const problem = typeof data === 'string' ? textProblem(data, format === 'multiline-text') : null;
      return { code: 'invalid-text', message: `${label}${textMessages[problem ?? 'control']}` };
    }
    default:
      return { code: 'bad-format', message: `${label}的格式不正确` };
  }
}
