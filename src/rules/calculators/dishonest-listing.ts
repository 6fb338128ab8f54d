import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { BAR_LABELS, checkDishonestListing, citations, MAX_EXTENSION_YEARS, rule } from '../dishonest-listing.ts';
import { yuanToFen } from '../../shared/money.ts';
import { LocalDate, Nullable, OneOf, Out, Strict, Yuan } from '../../shared/contract.ts';

const optionalFen = (v: string | null | undefined) => (v === undefined || v === null ? undefined : yuanToFen(v));

// POST /api/v1/rules/dishonest-listing
// {ground: 1..6, debtor: {kind: "person"|"organization", birthDate?}, debt: "1000.00", secured?, seizedValue?,
//  listedOn, extensionYears?: 0..3, asOf?}
export const calculator = defineCalculator({
  name: 'dishonest-listing',
  title: '纳入失信被执行人名单审查',
  description: rule.summary,
  input: Strict(
    {
      ground: Type.Integer({
        title: '纳入情形',
        minimum: 1,
        maximum: 6,
        description: '《关于公布失信被执行人名单信息的若干规定》第1条第1–6项',
      }),
      debtor: Strict(
        {
          kind: OneOf(['person', 'organization'] as const, { title: '被执行人类型', description: 'person 自然人；organization 单位' }),
          birthDate: Type.Optional(Nullable(LocalDate({ title: '出生日期' }))),
        },
        { title: '被执行人' },
      ),
      debt: Yuan({ title: '未履行的金钱债务', description: '非金钱义务填 "0.00"' }),
      secured: Type.Optional(Nullable(Yuan({ title: '已提供的担保价值' }))),
      seizedValue: Type.Optional(Nullable(Yuan({ title: '已查封、扣押、冻结的财产价值' }))),
      listedOn: LocalDate({ title: '纳入日期' }),
      extensionYears: Type.Optional(Nullable(Type.Integer({ title: '延长年数', minimum: 0, maximum: MAX_EXTENSION_YEARS }))),
      asOf: Type.Optional(Nullable(LocalDate({ title: '参照日', description: '判断名单是否仍在期限内的日期' }))),
    },
    { examples: [{ ground: 2, debtor: { kind: 'person', birthDate: '1990-05-01' }, debt: '50000.00', listedOn: '2026-03-01' }] },
  ),
  output: Type.Object({
    allowed: Type.Boolean({ description: '是否可以纳入' }),
    reasons: Type.Array(Out(), { description: '不得纳入的原因代码' }),
    reasonDetails: Type.Array(
      Type.Object({
        code: Out({ description: '原因代码' }),
        label: Out({ description: '中文说明' }),
        article: Out({ description: '条文' }),
      }),
      { description: '不得纳入的原因及其说明和条文' },
    ),
    termYears: Nullable(Type.Integer({ description: '纳入期限（年）；无固定期限或不得纳入时为 null' })),
    endsOn: Nullable(Out({ description: '期限届满日' })),
    inForce: Nullable(Type.Boolean({ description: '参照日时是否仍在名单中；未给出参照日时为 null' })),
    basis: Basis,
  }),
  errors: ['invalid-input', 'invalid-amount', 'date-order-invalid', 'extension-out-of-range', 'unknown-ground'],
  run(input) {
    const result = checkDishonestListing({
      ground: input.ground,
      debtor: { kind: input.debtor.kind, birthDate: input.debtor.birthDate ?? undefined },
      debt: yuanToFen(input.debt),
      secured: optionalFen(input.secured),
      seizedValue: optionalFen(input.seizedValue),
      listedOn: input.listedOn,
      extensionYears: input.extensionYears ?? undefined,
      asOf: input.asOf ?? undefined,
    });
    if (!result.ok) return result;
    const v = result.value;
    return ok({
      allowed: v.allowed,
      reasons: [...v.reasons],
      reasonDetails: v.reasons.map((code) => ({ code, ...BAR_LABELS[code] })),
      termYears: v.termYears,
      endsOn: v.endsOn,
      inForce: v.inForce,
      basis: basisOf(citations),
    });
  },
});
