import { Type } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { citations, maxSeizureTerm, rule } from '../seizure-term.ts';
import { LocalDate, Nullable, OneOf, Out, Strict } from '../../shared/contract.ts';

// POST /api/v1/rules/seizure-term
// {assetKind: "deposit"|"movable"|"immovable"|"other-right", start: "2026-03-09", requestedEnd?: "2027-03-09"}
export const calculator = defineCalculator({
  name: 'seizure-term',
  title: '查封、扣押、冻结最长期限',
  description: rule.summary,
  input: Strict(
    {
      assetKind: OneOf(['deposit', 'movable', 'immovable', 'other-right'] as const, {
        title: '财产类别',
        description: 'deposit 银行存款；movable 动产；immovable 不动产；other-right 其他财产权',
      }),
      start: LocalDate({ title: '生效日', description: '查封、扣押、冻结（或续行）生效之日' }),
      requestedEnd: Type.Optional(Nullable(LocalDate({ title: '拟定届满日', description: '裁定或协助执行通知书拟定的届满日' }))),
    },
    { examples: [{ assetKind: 'deposit', start: '2026-03-01' }] },
  ),
  output: Type.Object({
    maxYears: Type.Integer({ description: '最长年数' }),
    maxEnd: Out({ description: '不续行时最迟的届满日' }),
    requestedEndAllowed: Nullable(Type.Boolean({ description: '拟定届满日是否在法定期限内；未给出时为 null' })),
    basis: Basis,
  }),
  errors: ['date-order-invalid'],
  run(input) {
    const r = maxSeizureTerm({ assetKind: input.assetKind, start: input.start, requestedEnd: input.requestedEnd ?? undefined });
    if (!r.ok) return r;
    return ok({ ...r.value, basis: basisOf(citations) });
  },
});
