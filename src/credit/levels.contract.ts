import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Ref, Strict, Text } from '../shared/contract.ts';
import { levelCodes, reasonCodes } from '../rules/discipline-level.ts';

// The contract of discipline levels (分级惩戒, ADR 0210): policy, not law; the reasons cite the law they rest on.

export const DisciplineLevel = Type.Object(
  {
    debtorPartyId: Out({ description: '被执行人（案件当事人编号）' }),
    debtor: Out(),
    level: OneOf(levelCodes, {
      description:
        'none 无惩戒、reminder 提醒（宽限期内）、restricted 限制消费、listed 纳入失信名单、listed-aggravated 失信（延长期限或多次失信）',
    }),
    rank: Type.Integer({ minimum: 0, maximum: 4, description: '等级 0–4' }),
    levelLabel: Out(),
    reasons: Type.Array(
      Type.Object({
        code: OneOf(reasonCodes),
        text: Out({ description: '理由（中文）' }),
        article: Nullable(Out({ description: '所依条文；政策理由为 null' })),
      }),
    ),
    recordedLevel: Nullable(OneOf(levelCodes, { description: '最近一次记录的等级（credit.level-changed）；从未记录为 null' })),
    computedAt: Nullable(Out({ description: '最近一次记录等级的时间（ISO 8601）' })),
  },
  { $id: 'DisciplineLevel', title: '被执行人的惩戒等级' },
);

export const DisciplineLevelList = Type.Object(
  { items: Type.Array(Ref(DisciplineLevel)) },
  { $id: 'DisciplineLevelList', title: '案件被执行人的惩戒等级' },
);

export const levelSchemas = [DisciplineLevel, DisciplineLevelList];

export const listLevels = operation({
  operationId: 'listDisciplineLevels',
  summary: '案件被执行人的惩戒等级',
  description:
    '每个被执行人的惩戒等级（政策默认值，非法律规定）：按本案现行措施、其他案件的失信记录和履行、报告财产情况即时计算，列出每条理由及其依据；' +
    'computedAt 为最近一次记录等级变化的时间。',
  tags: ['失信惩戒'],
  signedIn: true,
  params: Strict({ id: Text({ title: '案件编号', minLength: 1, maxLength: 64 }) }),
  status: 200,
  response: Ref(DisciplineLevelList),
  errors: ['case-not-found'],
});
