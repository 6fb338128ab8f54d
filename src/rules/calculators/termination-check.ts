import { Type, type TBoolean, type TOptional } from '@sinclair/typebox';
import { Basis, defineCalculator } from './calculator.types.ts';
import { basisOf } from '../citation.ts';
import { ok } from '../errors.ts';
import { checkTermination, citations, rule, STEP_CODES, UNMET_LABELS, type StepName, type TerminationSteps } from '../termination-check.ts';
import { List, LocalDate, Nullable, OneOf, Out, Strict } from '../../shared/contract.ts';

const STEP_NAMES = Object.keys(STEP_CODES) as StepName[];
const INVESTIGATION = ['onlineSearchDone', 'leadsVerified', 'onSiteInvestigated'] as const;

const stepTitles: Record<StepName, string> = {
  enforcementNoticeServed: '已发执行通知',
  assetReportOrdered: '已发报告财产令',
  assetReportVerified: '已核查财产报告',
  consumptionRestricted: '已发限制消费令',
  dishonestListedOrIneligible: '已纳入失信名单或不符合纳入条件',
  onlineSearchDone: '已网络查控',
  leadsVerified: '已核查财产线索',
  onSiteInvestigated: '已现场调查',
  applicantInterviewed: '已约谈申请执行人',
};

// An absent step counts as not done.
const Steps = Strict(
  Object.fromEntries(STEP_NAMES.map((s) => [s, Type.Optional(Type.Boolean({ title: stepTitles[s] }))])) as Record<
    StepName,
    TOptional<TBoolean>
  >,
  { title: '已完成的执行措施' },
);

const Flag = <K extends string>(key: K, title: string) =>
  Type.Optional(Nullable(Strict({ [key]: Type.Boolean({ title }) } as Record<K, TBoolean>, { title })));

// POST /api/v1/rules/termination-check
// {filedOn, asOf, steps: {<step>: boolean}, debtorMissing?: {searched}, obstruction?: {sanctioned},
//  assets: "none"|"undisposable"|"disposable", requireApplicantInterview?, requiredInvestigation?: [step]}
export const calculator = defineCalculator({
  name: 'termination-check',
  title: '终结本次执行程序条件审查',
  description: rule.summary,
  input: Strict(
    {
      filedOn: LocalDate({ title: '立案日期' }),
      asOf: LocalDate({ title: '审查日' }),
      steps: Steps,
      assets: OneOf(['none', 'undisposable', 'disposable'] as const, {
        title: '财产情况',
        description: 'none 无可供执行财产；undisposable 财产不能处置；disposable 有可处置的财产',
      }),
      debtorMissing: Flag('searched', '被执行人下落不明时：已依法查找'),
      obstruction: Flag('sanctioned', '有妨害执行行为时：已依法采取强制措施'),
      requireApplicantInterview: Type.Optional(Type.Boolean({ title: '须约谈申请执行人', default: true })),
      requiredInvestigation: Type.Optional(List(OneOf(INVESTIGATION), { title: '须完成的财产调查措施', maxItems: 3 })),
    },
    {
      examples: [
        {
          filedOn: '2026-01-15',
          asOf: '2026-04-20',
          assets: 'none',
          steps: Object.fromEntries(STEP_NAMES.map((s) => [s, true])),
        },
      ],
    },
  ),
  output: Type.Object({
    eligible: Type.Boolean({ description: '是否符合终本条件' }),
    unmet: Type.Array(Out(), { description: '未满足的条件代码' }),
    unmetDetails: Type.Array(
      Type.Object({
        code: Out({ description: '条件代码' }),
        label: Out({ description: '中文说明' }),
        article: Out({ description: '条文' }),
      }),
      { description: '未满足的条件及其说明和条文' },
    ),
    threeMonthsEndOn: Out({ description: '立案后三个月的届满日' }),
    earliestDate: Out({ description: '最早可终本的日期' }),
    basis: Basis,
  }),
  errors: ['date-order-invalid'],
  run(input) {
    const steps = Object.fromEntries(STEP_NAMES.map((s) => [s, input.steps[s] ?? false])) as TerminationSteps;
    const result = checkTermination(
      {
        filedOn: input.filedOn,
        asOf: input.asOf,
        steps,
        assets: input.assets,
        debtorMissing: input.debtorMissing ?? undefined,
        obstruction: input.obstruction ?? undefined,
      },
      { requireApplicantInterview: input.requireApplicantInterview, requiredInvestigation: input.requiredInvestigation },
    );
    if (!result.ok) return result;
    const v = result.value;
    return ok({
      eligible: v.eligible,
      unmet: [...v.unmet],
      unmetDetails: v.unmet.map((code) => ({ code, ...UNMET_LABELS[code] })),
      threeMonthsEndOn: v.threeMonthsEndOn,
      earliestDate: v.earliestDate,
      basis: basisOf(citations),
    });
  },
});
