import type { CalcInput, CalculatorName } from './rules.api.ts';

// Every calculator of the page and every input of each, as the form labels and explains it: what
// it is, its unit, and the article it comes from. Typed from the server's contract, so that an
// input the server adds must be explained here; test/web/calculator-coverage.test.ts checks the
// calculators and their inputs against the registry itself.

export type FieldHelp = { readonly label: string; readonly help: string };
type Fields<N extends CalculatorName> = { readonly [K in keyof Required<CalcInput<N>>]: FieldHelp };
export type CalculatorPage<N extends CalculatorName> = {
  readonly tab: string; // the tab's short name
  readonly title: string;
  readonly intro: string; // what it computes, with its legal basis
  readonly fields: Fields<N>;
};

const DATE = '（年-月-日）';
const YUAN = '单位：元，最多两位小数';

export const calculatorPages: { readonly [N in CalculatorName]: CalculatorPage<N> } = {
  'case-number': {
    tab: '案号解析',
    title: '案号解析',
    intro:
      '解析案号的收案年度、法院代字、类型代字与编号，识别已变更的原法院代字和“之一”等后缀。依据《最高人民法院关于人民法院案件案号的若干规定》。',
    fields: {
      caseNumber: { label: '案号', help: '如（2026）粤0703执123号；半角括号、空格、全角数字亦可，按规范写法解析' },
    },
  },
  identity: {
    tab: '证件号码校验',
    title: '身份证号码与统一社会信用代码校验',
    intro: '校验公民身份号码（GB 11643）和统一社会信用代码（GB 32100）的结构与校验码，读出出生日期、性别、地址码或登记管理部门。',
    fields: {
      value: { label: '证件号码', help: '18位公民身份号码或18位统一社会信用代码；可含空格和全角字符' },
      asOf: { label: '参照日', help: `选填${DATE}：出生日期不得晚于此日；不填则不检查` },
    },
  },
  period: {
    tab: '期间计算',
    title: '期间计算',
    intro:
      '期间开始的日不计算在期间内；期间届满的最后一日是法定休假日的，以休假日后的第一日为届满日（《民事诉讼法》第85条，《民法典》第201–203条）。',
    fields: {
      start: { label: '起算日', help: `引起期间开始的事实发生之日${DATE}，如送达之日；当日不计入期间` },
      length: { label: '期间长度', help: '正整数，单位见右侧“期间单位”' },
      unit: { label: '期间单位', help: '日、工作日（只计工作日，含调休上班日）、月或年' },
    },
  },
  'seizure-term': {
    tab: '查封期限',
    title: '查封、扣押、冻结期限',
    intro:
      '冻结银行存款不超过一年，查封、扣押动产不超过两年，查封不动产、冻结其他财产权不超过三年；期限届满前未续行的，效力消灭（《民诉法解释》第485条）。',
    fields: {
      assetKind: { label: '财产类型', help: '决定最长期限：存款一年、动产两年、不动产和其他财产权三年' },
      start: { label: '生效日', help: `查封、扣押、冻结（或续行）生效之日${DATE}` },
      requestedEnd: { label: '拟定届满日', help: `选填${DATE}：裁定或协助执行通知书拟定的届满日，核对是否超过法定最长期限` },
    },
  },
  'payout-deadline': {
    tab: '执行款发放',
    title: '执行款发放期限',
    intro:
      '执行款到账后，应在规定期限内发放给申请执行人；期限最后一日是法定休假日的顺延（《关于执行款物管理工作的规定》，《民事诉讼法》第85条）。',
    fields: {
      arrivedOn: { label: '到账通知日', help: `财务部门通知执行款到账之日${DATE}` },
      days: { label: '发放期限（日）', help: '选填，1–30日；不填按30日计算，地方规定更短的填写该日数' },
    },
  },
  'delay-interest': {
    tab: '迟延履行利息',
    title: '迟延履行期间的加倍部分债务利息',
    intro: '加倍部分债务利息 = 未清偿的金钱债务 × 日万分之一点七五 × 迟延履行期间（《民事诉讼法》第264条，法释〔2014〕8号第1–4、7条）。',
    fields: {
      debt: { label: '金钱债务（元）', help: `生效法律文书确定的金钱债务，不含一般债务利息；${YUAN}` },
      deadline: { label: '履行期限届满日', help: `生效法律文书确定的履行期间的最后一日${DATE}；次日起计算迟延履行期间` },
      payments: {
        label: '已清偿款项',
        help: `每笔的清偿日期和金额（${YUAN}）；先抵充金钱债务，再抵充加倍部分利息；所还部分自清偿之日停止计息（法释〔2014〕8号第3、4条）`,
      },
      until: { label: '计算截止日', help: `选填${DATE}：计算到此日为止；不填则只计算已清偿部分` },
      excluded: {
        label: '不计算的期间',
        help: '中止执行、暂缓执行等依法不计算迟延履行利息的期间，每段填起止日，两端均不计（法释〔2014〕8号第3条第3款）',
      },
      dayCount: { label: '天数计算方式', help: '默认算尾不算头；地方实践两头都算的选“首尾均计算”' },
    },
  },
  'auction-plan': {
    tab: '拍卖方案',
    title: '网络司法拍卖方案',
    intro:
      '一拍起拍价不得低于参考价的70%，二拍不得低于一拍起拍价的80%；保证金为起拍价的5%–20%；动产公告期15日、不动产30日（《网络司法拍卖规定》第10、12、17、26条）。',
    fields: {
      referencePrice: { label: '参考价（元）', help: `评估价、市场价或定向询价确定的价格；${YUAN}` },
      assetKind: { label: '财产类型', help: '决定公告期：动产不少于15日，不动产不少于30日' },
      firstStartingPrice: { label: '拟定一拍起拍价（元）', help: '选填；不得低于参考价的70%，不填按法定最低起拍价计算' },
      secondStartingPrice: { label: '拟定二拍起拍价（元）', help: '选填；不得低于一拍起拍价的80%，不填按法定最低起拍价计算' },
      salePeriodDays: { label: '变卖期（日）', help: '选填，1–365日；不填按60日计算' },
    },
  },
  distribution: {
    tab: '参与分配',
    title: '参与分配',
    intro:
      '执行所得先支付执行费用，再清偿优先受偿债权；被执行人为自然人或其他组织的，普通债权按比例受偿（《民诉法解释》第506、508条）；为企业法人的，按查封顺位受偿（第514条）。',
    fields: {
      proceeds: { label: '执行所得（元）', help: `可供分配的执行款；${YUAN}` },
      costs: { label: '执行费用（元）', help: `先于债权支付；没有时填 0；${YUAN}` },
      debtorKind: { label: '被执行人类型', help: '自然人或其他组织按比例分配；企业法人按查封顺位清偿' },
      claims: {
        label: '债权清单',
        help: '每项债权人、债权金额（元）；有担保物权等优先受偿权的填优先顺位（数字小者先受偿）；企业法人案件填查封顺位',
      },
    },
  },
  'termination-check': {
    tab: '终本审查',
    title: '终结本次执行程序条件审查',
    intro:
      '立案满三个月、已穷尽财产调查措施、未发现可供执行的财产或财产不能处置，方可终结本次执行程序（《关于严格规范终结本次执行程序的规定（试行）》第1–3、5条）。',
    fields: {
      filedOn: { label: '立案日期', help: `执行案件立案之日${DATE}；自此起算三个月` },
      asOf: { label: '审查日', help: `拟终结本次执行程序之日${DATE}` },
      steps: { label: '已完成的执行措施', help: '逐项勾选已经完成的措施（第1、2条）；未勾选的视为未完成' },
      assets: { label: '财产情况', help: '发现有可供执行且能够处置的财产的，不得终结本次执行程序（第1条第3项）' },
      debtorMissing: { label: '被执行人下落不明', help: '被执行人下落不明的，须已依法予以查找（第1条第4项）' },
      obstruction: { label: '妨害执行行为', help: '被执行人或其他人有妨害执行行为的，须已依法采取强制措施（第1条第5项）' },
      requireApplicantInterview: {
        label: '须约谈申请执行人',
        help: '依第5条，终本前应将财产调查情况告知申请执行人并听取意见；地方不要求的可取消',
      },
      requiredInvestigation: {
        label: '须完成的财产调查措施',
        help: '地方规定须完成的调查措施；不选则按网络查控、核查线索、现场调查全部要求',
      },
    },
  },
  'dishonest-listing': {
    tab: '失信名单审查',
    title: '纳入失信被执行人名单审查',
    intro:
      '审查能否纳入失信被执行人名单及纳入期限：第2–6项情形纳入二年，情节严重的可延长一至三年；未成年人、已提供充分担保等不得纳入（《关于公布失信被执行人名单信息的若干规定》第1–4条）。',
    fields: {
      ground: { label: '纳入情形', help: '第1条第1–6项中的一项；第1项无固定期限，第2–6项期限为二年' },
      debtor: { label: '被执行人', help: '自然人须填出生日期：未成年人不得纳入（第4条，《民法典》第17条）' },
      debt: { label: '未履行的金钱债务（元）', help: `非金钱义务填 0；${YUAN}` },
      secured: { label: '已提供的担保价值（元）', help: '选填；担保足以清偿债务的不得以第1项纳入（第3条第1项）' },
      seizedValue: { label: '已查封、扣押、冻结的财产价值（元）', help: '选填；财产足以清偿债务的不得以第1项纳入（第3条第2项）' },
      listedOn: { label: '纳入日期', help: `纳入失信被执行人名单之日${DATE}；期限自次日起算` },
      extensionYears: { label: '延长年数', help: '选填，0–3年；有第2–6项情形且情节严重的可延长（第2条）' },
      asOf: { label: '参照日', help: `选填${DATE}：判断此日名单是否仍在期限内` },
    },
  },
};

/** The page's order: the daily calculations first, the checks of numbers last. */
export const calculatorOrder: readonly CalculatorName[] = [
  'delay-interest',
  'period',
  'payout-deadline',
  'seizure-term',
  'auction-plan',
  'distribution',
  'termination-check',
  'dishonest-listing',
  'case-number',
  'identity',
];
