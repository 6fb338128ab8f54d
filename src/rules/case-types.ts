// 《人民法院案件类型及其代字标准》: every type code a case number can carry, with its category.
// The enforcement codes (执…) are VERIFIED-2nd (P4, C1); the rest of the list is transcribed from
// the standard as remembered and is UNSURE until checked against the SPC table.
import type { Citation } from './citation.ts';

export type CaseType = 'first' | 'resumed' | 'preservation' | 'objection' | 'reconsideration' | 'supervision' | 'coordination' | 'other';

// Enforcement cases keep their two families (执行实施类 implementation, 执行审查类 review); every
// other type carries the category of the standard it belongs to.
export type CaseCategory =
  | 'implementation'
  | 'review'
  | 'criminal'
  | 'civil'
  | 'administrative'
  | 'compensation'
  | 'preservation'
  | 'bankruptcy'
  | 'sanction'
  | 'judicial-aid'
  | 'assistance';

export type CaseTypeCode = {
  readonly code: string;
  readonly caseType: CaseType | null; // the enforcement case types only
  readonly name: string;
  readonly category: CaseCategory;
};

export const categoryNames: Readonly<Record<CaseCategory, string>> = {
  implementation: '执行实施类',
  review: '执行审查类',
  criminal: '刑事',
  civil: '民事',
  administrative: '行政',
  compensation: '国家赔偿',
  preservation: '非诉保全审查',
  bankruptcy: '强制清算与破产',
  sanction: '司法制裁',
  'judicial-aid': '司法救助',
  assistance: '区际和国际司法协助',
};

const t = (category: CaseCategory, pairs: string): CaseTypeCode[] =>
  pairs
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [code, name] = pair.split(':') as [string, string];
      return { code, caseType: null, name, category };
    });

const enforcement: CaseTypeCode[] = [
  { code: '执', caseType: 'first', name: '首次执行案件', category: 'implementation' },
  { code: '执恢', caseType: 'resumed', name: '恢复执行案件', category: 'implementation' },
  { code: '执保', caseType: 'preservation', name: '财产保全执行案件', category: 'implementation' },
  { code: '执异', caseType: 'objection', name: '执行异议案件', category: 'review' },
  { code: '执复', caseType: 'reconsideration', name: '执行复议案件', category: 'review' },
  { code: '执监', caseType: 'supervision', name: '执行监督案件', category: 'review' },
  { code: '执协', caseType: 'coordination', name: '执行协调案件', category: 'review' },
  { code: '执他', caseType: 'other', name: '其他执行案件', category: 'review' },
];

export const caseTypeCodes: readonly CaseTypeCode[] = [
  ...enforcement,
  ...t(
    'criminal',
    `刑初:刑事一审案件 刑终:刑事二审案件 刑核:刑事复核案件 刑监:刑事审判监督案件 刑申:刑事申诉审查案件
     刑抗:刑事抗诉审查案件 刑再:刑事再审案件 刑更:刑罚与执行变更案件 刑更监:刑罚与执行变更监督案件
     刑医:强制医疗案件 刑医解:解除强制医疗案件 刑医复:强制医疗复议案件 刑医监:强制医疗监督案件
     刑没:违法所得没收案件 刑辖:刑事管辖案件 刑他:其他刑事案件`,
  ),
  ...t(
    'civil',
    `民初:民事一审案件 民终:民事二审案件 民监:民事审判监督案件 民申:民事申请再审审查案件 民抗:民事抗诉审查案件
     民再:民事再审案件 民撤:第三人撤销之诉案件 民特:特别程序案件 民特监:特别程序监督案件 民催:公示催告案件
     民督:申请支付令审查案件 民督监:支付令监督案件 民辖:民事管辖案件 民辖终:民事管辖上诉案件
     民辖监:民事管辖监督案件 民他:其他民事案件`,
  ),
  ...t(
    'administrative',
    `行初:行政一审案件 行终:行政二审案件 行监:行政审判监督案件 行申:行政申请再审审查案件 行抗:行政抗诉审查案件
     行再:行政再审案件 行辖:行政管辖案件 行辖终:行政管辖上诉案件 行辖监:行政管辖监督案件
     行审:非诉行政行为申请执行审查案件 行审复:非诉行政行为申请执行审查复议案件 行他:其他行政案件
     行赔初:行政赔偿一审案件 行赔终:行政赔偿二审案件 行赔监:行政赔偿监督案件 行赔申:行政赔偿申请再审审查案件
     行赔抗:行政赔偿抗诉审查案件 行赔再:行政赔偿再审案件`,
  ),
  ...t(
    'compensation',
    `法赔:法院作为赔偿义务机关自赔案件 委赔:赔偿委员会审理赔偿案件 委赔监:赔偿委员会审理赔偿监督案件
     委赔提:赔偿委员会提级审理赔偿案件 赔他:其他国家赔偿案件`,
  ),
  ...t('preservation', '财保:非诉财产保全审查案件 行保:非诉行为保全审查案件 行保复:非诉行为保全复议案件 证保:非诉证据保全审查案件'),
  ...t(
    'bankruptcy',
    `破申:破产申请审查案件 破:破产案件 破终:破产上诉案件 破监:破产监督案件 强清申:强制清算申请审查案件
     强清:强制清算案件 强清终:强制清算上诉案件 强清监:强制清算监督案件`,
  ),
  ...t('sanction', '司惩:司法制裁审查案件 司惩复:司法制裁复议案件'),
  ...t(
    'judicial-aid',
    `司救刑:刑事司法救助案件 司救民:民事司法救助案件 司救行:行政司法救助案件 司救赔:国家赔偿司法救助案件
     司救执:执行司法救助案件 司救访:涉诉信访司法救助案件 司救他:其他司法救助案件`,
  ),
  ...t(
    'assistance',
    '认港:认可与执行香港特区法院民商事判决案件 认澳:认可与执行澳门特区法院民商事判决案件 认台:认可台湾地区法院民事判决案件 协外认:承认与执行外国法院民商事判决案件 协他:其他司法协助案件',
  ),
];

const byCode = new Map(caseTypeCodes.map((c) => [c.code, c]));
if (byCode.size !== caseTypeCodes.length) throw new Error('two case types share a code');
export const caseTypeByCode = (code: string): CaseTypeCode | undefined => byCode.get(code);
export const isEnforcementCategory = (c: CaseCategory | null) => c === 'implementation' || c === 'review';

export const caseTypeCitations: Citation[] = [
  {
    source: '《人民法院案件类型及其代字标准》（案号规定附件，经公开代码转录）',
    version: '2015年',
    article: '执行类代字（执、执恢、执保、执异、执复、执监、执协、执他）',
    certainty: 'VERIFIED-2nd',
  },
  {
    source: '《人民法院案件类型及其代字标准》',
    version: '2015年（法〔2015〕137号附件），2018年修订',
    article: '刑事、民事、行政、国家赔偿、非诉保全审查、强制清算与破产、司法制裁、司法救助、司法协助类代字（条文号待核实）',
    certainty: 'UNSURE',
  },
];
