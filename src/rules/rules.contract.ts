import { Type } from '@sinclair/typebox';
import { operation, Out, type Operation } from '../shared/contract.ts';
import type { Calculator } from './calculators/calculator.types.ts';
import { LegalBasis } from './calculators/calculator.types.ts';

// The contract of the public calculators: each calculator's own input and output schemas
// (src/rules/calculators/<name>.ts) become one operation.
const tags = ['计算器'];

export const rulesSchemas = [LegalBasis];

export const listCalculators = operation({
  operationId: 'listCalculators',
  summary: '计算器列表',
  description: '全部法律计算器的名称和中文标题；每个计算器为 POST /api/v1/rules/{name}。无需登录。',
  tags,
  signedIn: false,
  status: 200,
  response: Type.Object({
    items: Type.Array(Type.Object({ name: Out({ description: '计算器名称' }), title: Out({ description: '中文标题' }) }), {
      description: '全部计算器，与 POST /api/v1/rules/{name} 一一对应',
    }),
  }),
  errors: [],
});

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** The operation of one calculator: its body is the calculator's input, its answer the output. */
export const calculatorOperation = <C extends Calculator>(calc: C) =>
  ({
    operationId: `calculate${camel(calc.name).replace(/^\w/, (c) => c.toUpperCase())}`,
    summary: calc.title,
    description: `${calc.description}\n\n答复附 \`basis\`：计算所依据的法律条文。输入超出法律规定的范围时答复 422 及相应的错误代码。无需登录；与命令行 \`zhixing rules ${calc.name} --json\` 的答复相同。`,
    tags,
    signedIn: false,
    body: calc.input as C['input'],
    status: 200,
    response: calc.output as C['output'],
    errors: calc.errors,
  }) satisfies Operation;
