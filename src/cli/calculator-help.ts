import type { Calculator } from '../rules/calculators/calculator.types.ts';

// `zhixing rules --help`: every calculator of the registry with the inputs its schema takes, so
// that a new calculator or a new input shows up here without a hand-kept list.

type Schema = {
  type?: string;
  format?: string;
  title?: string;
  description?: string;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
  properties?: Record<string, Schema>;
  required?: readonly string[];
  items?: Schema;
  anyOf?: readonly Schema[];
  examples?: readonly unknown[];
};

const formats: Record<string, string> = {
  'local-date': '日期 YYYY-MM-DD',
  yuan: '金额（元，字符串，最多两位小数）',
  text: '文字',
  'multiline-text': '文字',
  uuid: '编号（UUID）',
};

// The descriptions every date and amount carries (src/shared/contract.ts): the type already says them.
const generic = new Set(['日期（YYYY-MM-DD，1900 年及以后）', '金额（元），字符串，最多两位小数']);

// A nullable input (`X | null`) is described as X: null means the same as leaving it out.
const unwrap = (s: Schema): Schema => (s.anyOf ? (s.anyOf.find((b) => b.type !== 'null') ?? s) : s);

function kindOf(s: Schema): string {
  if (s.anyOf) return s.anyOf.map(kindOf).join(' 或 ');
  if (s.enum) return `取值 ${s.enum.join(' | ')}`;
  if (s.type === 'string') return formats[s.format ?? 'text'] ?? '文字';
  if (s.type === 'integer') {
    const range = s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum}–${s.maximum}` : '';
    return `整数${range}`;
  }
  if (s.type === 'boolean') return 'true 或 false';
  if (s.type === 'array') return s.items && unwrap(s.items).type !== 'object' ? `列表，每项${kindOf(unwrap(s.items))}` : '列表';
  if (s.type === 'object') return '对象';
  return s.type ?? '';
}

/** The lines of one input and, for an object or a list of objects, of its own fields below it. */
function inputLines(name: string, schema: Schema, required: boolean, indent: string): string[] {
  const s = unwrap(schema);
  const words = [s.title, generic.has(s.description ?? '') ? undefined : s.description]
    .filter((w, i, all) => w && all.indexOf(w) === i)
    .join('：');
  const dflt = s.default !== undefined ? `；默认 ${JSON.stringify(s.default)}` : '';
  const head = `${indent}${name}  ${required ? '必填' : '选填'}  ${kindOf(s)}${dflt}${words ? `  ${words}` : ''}`;
  const inner = s.type === 'array' ? unwrap(s.items ?? {}) : s;
  if (inner.type !== 'object' || !inner.properties) return [head];
  const list = s.type === 'array';
  const below = `${indent}${list ? '    ' : '  '}`;
  const lines = Object.entries(inner.properties).flatMap(([k, v]) => inputLines(k, v, inner.required?.includes(k) ?? false, below));
  return [head, ...(list ? [`${indent}  每项：`] : []), ...lines];
}

/** One calculator: its name and title, each input, and a runnable example. */
export function calculatorHelp(calc: Calculator): string {
  const input = calc.input as unknown as Schema;
  const lines = Object.entries(input.properties ?? {}).flatMap(([k, v]) => inputLines(k, v, input.required?.includes(k) ?? false, '    '));
  const example = input.examples?.[0];
  return [
    `  ${calc.name}  ${calc.title}`,
    ...lines,
    ...(example ? [`    示例：zhixing rules ${calc.name} --json '${JSON.stringify(example)}'`] : []),
  ].join('\n');
}

export const calculatorsHelp = (all: readonly Calculator[]): string =>
  `\n计算器及其输入（--json 中的字段；答复为 JSON，附法律依据 basis）：\n\n${all.map(calculatorHelp).join('\n\n')}\n`;
