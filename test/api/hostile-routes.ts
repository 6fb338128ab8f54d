// The write routes of the first steps, field work and searches (src/reports, src/leads, src/onsite, src/searches) for the
// hostile-input table of hostile-inputs.test.ts, and the table's row type.

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
// `texts: false`: the body has no text field (only numbers), so only the structural attacks apply.
// `bodyLimitMb`: a route that admits a larger body than the server's 2 MB (an evidence upload).
export type Route = {
  name: string;
  url: () => string;
  body: () => Json;
  as: 'judge' | 'admin' | 'party' | 'icbc' | 'finance' | null;
  texts?: false;
  bodyLimitMb?: number;
};

type Targets = {
  suspendedCase: () => string;
  runningCase: () => string;
  reportOrderId: () => string;
  partyCaseId: () => string;
  institutionRequestId: () => string;
  noId: string;
};

export const handlingRoutes = (r: Targets): Route[] => [
  {
    name: 'an asset report',
    url: () => `/api/v1/cases/${r.suspendedCase()}/asset-reports`,
    body: () => ({
      orderId: r.reportOrderId(),
      reportedOn: '2026-11-25',
      note: '被执行人到庭报告',
      items: [
        {
          kind: 'deposit',
          identifier: '6222 0201 0000 1234',
          description: '活期存款',
          value: '35000.00',
          change: { kind: 'transfer', on: '2026-03-02', note: '转出' },
        },
      ],
    }),
    as: 'judge',
  },
  {
    name: 'a report verification',
    url: () => `/api/v1/asset-reports/${r.noId}/verification`,
    body: () => ({ verifiedOn: '2026-11-25', outcome: 'false', note: '隐瞒不动产' }),
    as: 'judge',
  },
  {
    name: 'a sanction',
    url: () => `/api/v1/cases/${r.suspendedCase()}/sanctions`,
    body: () => ({
      orderId: r.reportOrderId(),
      measure: 'fine',
      ground: 'refused-report',
      decidedOn: '2026-11-25',
      amount: '1000.00',
      note: '拒不报告',
    }),
    as: 'judge',
  },
  {
    name: 'a dishonest listing',
    url: () => `/api/v1/cases/${r.runningCase()}/dishonest-listings`,
    body: () => ({ debtorPartyId: r.noId, ground: 2, decidedOn: '2026-11-25', evidence: '以暴力抗拒执行' }),
    as: 'judge',
  },
  {
    name: 'a dishonest listing’s deletion',
    url: () => `/api/v1/dishonest-listings/${r.noId}/deletion`,
    body: () => ({ ground: 'terminated', deletedOn: '2026-11-25', reason: '裁定终结执行' }),
    as: 'judge',
  },
  {
    name: 'a lead recorded by an officer',
    url: () => `/api/v1/cases/${r.runningCase()}/leads`,
    body: () => ({ kind: 'vehicle', identifier: '粤J·88888', description: '被执行人驾驶的轿车' }),
    as: 'judge',
  },
  {
    name: 'a lead outcome',
    url: () => `/api/v1/leads/${r.noId}/outcome`,
    body: () => ({ outcome: 'not-found', on: '2026-11-25', note: '未发现' }),
    as: 'judge',
  },
  {
    name: 'a lead from the applicant in the portal',
    url: () => `/api/v1/party/cases/${r.partyCaseId()}/leads`,
    body: () => ({ kind: 'real-estate', identifier: '粤（2024）江门市不动产权第0012345号', description: '被执行人名下住房一套' }),
    as: 'party',
  },
  {
    name: 'an on-site record',
    url: () => `/api/v1/cases/${r.runningCase()}/onsite-records`,
    body: () => ({
      startedAt: '2026-11-26T08:30:00+08:00',
      place: '江门市蓬江区建设路88号',
      actions: '查封钢材一批',
      team: [r.noId, '00000000-0000-4000-8000-000000000001'],
      present: [{ name: '梁国强', role: '法定代表人' }],
      sanctions: [{ measure: 'admonition', subject: '梁国强', note: '阻拦' }],
    }),
    as: 'judge',
  },
  {
    name: 'an evidence upload',
    url: () => `/api/v1/cases/${r.runningCase()}/onsite-records/${r.noId}/evidence`,
    body: () => ({
      kind: 'photo',
      fileName: '封条.jpg',
      contentType: 'image/jpeg',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      capturedAt: '2026-11-26T09:05:00+08:00',
      description: '仓库大门',
      content: 'YWJj',
    }),
    as: 'judge',
    bodyLimitMb: 15,
  },
  // The facts of the 终本 gate (src/termination).
  {
    name: 'an interview of the applicant',
    url: () => `/api/v1/cases/${r.runningCase()}/applicant-interviews`,
    body: () => ({
      interviewedOn: '2026-11-25',
      method: 'in-person',
      applicantPartyId: r.noId,
      applicantView: '同意终结本次执行程序',
      agreesToTermination: true,
    }),
    as: 'judge',
  },
  {
    name: 'a debtor’s whereabouts',
    url: () => `/api/v1/cases/${r.runningCase()}/whereabouts`,
    body: () => ({ debtorPartyId: r.noId, recordedOn: '2026-11-25', missing: true, searched: true, measures: '向派出所查询' }),
    as: 'judge',
  },
  // 终本案件库's bulk assignment (src/dormant, ADR 0216).
  {
    name: 'a bulk officer',
    url: () => '/api/v1/dormant-cases/assign-officer',
    body: () => ({ caseIds: [r.runningCase()], officerId: r.noId }),
    as: 'judge',
  },
  // Online asset search (src/searches) and an institution's answer (src/institutions).
  {
    name: 'a search',
    url: () => `/api/v1/cases/${r.runningCase()}/asset-searches`,
    body: () => ({ debtorIds: [r.noId], kinds: ['deposit'] }),
    as: 'judge',
  },
  {
    name: 'an institution’s answer',
    url: () => `/api/v1/institution/requests/${r.institutionRequestId() || r.noId}/answer`,
    body: () => ({
      kind: 'asset-search',
      items: [
        {
          kind: 'deposit',
          identifier: '6222021234567890123',
          amount: '100.00',
          description: '活期储蓄账户',
          details: { branch: '蓬江支行' },
        },
      ],
    }),
    as: 'icbc',
  },
  // The asset register and seizures (src/assets): an asset on a running case; the seizure routes
  // on an id that names no seizure (the hostile bodies are refused before it is looked up).
  {
    name: 'an asset',
    url: () => `/api/v1/cases/${r.runningCase()}/assets`,
    body: () => ({
      kind: 'deposit',
      identifier: '6222 0210 0100 8888 001',
      institution: '中国工商银行江门分行',
      estimatedValue: '86000.00',
    }),
    as: 'judge',
  },
  {
    name: 'a seizure',
    url: () => `/api/v1/cases/${r.runningCase()}/seizures`,
    body: () => ({ assetId: r.noId, measure: 'freeze', ruledOn: '2026-11-24', effectiveOn: '2026-11-25', amount: '120000.00' }),
    as: 'judge',
  },
  { name: 'a renewal', url: () => `/api/v1/seizures/${r.noId}/renew`, body: () => ({ effectiveOn: '2027-11-01' }), as: 'judge' },
  {
    name: 'a release',
    url: () => `/api/v1/seizures/${r.noId}/release`,
    body: () => ({ releasedOn: '2026-11-25', reason: 'debt-paid', note: '被执行人已全部履行' }),
    as: 'judge',
  },
  {
    name: 'a deduction',
    url: () => `/api/v1/seizures/${r.noId}/deductions`,
    body: () => ({ amount: '50000.00', deductedOn: '2026-11-25', confirmation: 'ICBC-JM-20261125-0001' }),
    as: 'judge',
  },
  // Disposal (src/disposal): the case routes on a running case with an asset that is not its own,
  // the process, round and sale routes on an id that names none.
  {
    name: 'a reference price',
    url: () => `/api/v1/cases/${r.runningCase()}/reference-prices`,
    body: () => ({ assetId: r.noId, startedOn: '2026-11-25' }),
    as: 'judge',
  },
  {
    name: 'a negotiation',
    url: () => `/api/v1/reference-prices/${r.noId}/negotiation`,
    body: () => ({ on: '2026-11-25', applicantFigure: '1000000.00', debtorFigure: '1000000.00' }),
    as: 'judge',
  },
  {
    name: 'a directed inquiry',
    url: () => `/api/v1/reference-prices/${r.noId}/directed-inquiry`,
    body: () => ({ on: '2026-11-25', body: '江门市税务局', price: '900000.00' }),
    as: 'judge',
  },
  {
    name: 'an online inquiry',
    url: () => `/api/v1/reference-prices/${r.noId}/online-inquiry`,
    body: () => ({ requestedOn: '2026-11-22', results: [{ platform: '淘宝询价', price: '1000000.00', answeredOn: '2026-11-24' }] }),
    as: 'judge',
  },
  {
    name: 'an appraisal',
    url: () => `/api/v1/reference-prices/${r.noId}/appraisal`,
    body: () => ({ commissionedOn: '2026-11-25', appraiser: '广东中联评估有限公司' }),
    as: 'judge',
  },
  {
    name: 'an appraisal extension',
    url: () => `/api/v1/reference-prices/${r.noId}/appraisal/extensions`,
    body: () => ({ askedOn: '2026-11-25', days: 15 }),
    as: 'judge',
  },
  {
    name: 'an appraisal report',
    url: () => `/api/v1/reference-prices/${r.noId}/appraisal/report`,
    body: () => ({ reportOn: '2026-11-25', price: '1250000.00' }),
    as: 'judge',
  },
  {
    name: 'an auction round',
    url: () => `/api/v1/cases/${r.runningCase()}/auction-rounds`,
    body: () => ({
      assetId: r.noId,
      platform: 'sandbox',
      startingPrice: '1000000.00',
      deposit: '100000.00',
      announcedOn: '2026-11-25',
      biddingStartsAt: '2026-12-27T02:00:00Z',
      biddingEndsAt: '2026-12-28T02:00:00Z',
    }),
    as: 'judge',
  },
  {
    name: 'a bid log',
    url: () => `/api/v1/auction-rounds/${r.noId}/bid-log`,
    body: () => ({ bids: [{ bidder: '竞买人甲', amount: '800000.00', at: '2026-12-27T05:00:00Z' }] }),
    as: 'judge',
  },
  {
    name: 'a withdrawal',
    url: () => `/api/v1/auction-rounds/${r.noId}/withdraw`,
    body: () => ({ on: '2026-11-25', reason: '案外人提出异议' }),
    as: 'judge',
  },
  {
    name: 'a buyer default',
    url: () => `/api/v1/auction-rounds/${r.noId}/default`,
    body: () => ({ on: '2026-11-25', note: '未付款' }),
    as: 'judge',
  },
  { name: 'a payment', url: () => `/api/v1/auction-rounds/${r.noId}/payment`, body: () => ({ paidOn: '2026-11-25' }), as: 'judge' },
  {
    name: 'a sale',
    url: () => `/api/v1/cases/${r.runningCase()}/asset-sales`,
    body: () => ({ assetId: r.noId, startedOn: '2026-11-25' }),
    as: 'judge',
  },
  {
    name: 'a sale result',
    url: () => `/api/v1/asset-sales/${r.noId}/result`,
    body: () => ({ outcome: 'sold', on: '2026-11-25', buyer: '江门市某某贸易有限公司' }),
    as: 'judge',
  },
  {
    name: 'a set-off',
    url: () => `/api/v1/cases/${r.runningCase()}/set-offs`,
    body: () => ({ assetId: r.noId, creditor: '江门市恒泰建材有限公司', consentOn: '2026-11-25', on: '2026-11-25' }),
    as: 'judge',
  },
];

// The write routes of case funds (src/funds): receipts and bank answers by finance, payouts and their steps.
export const fundsRoutes = (r: { runningCase: () => string; noId: string }): Route[] => [
  {
    name: 'a receipt',
    url: () => `/api/v1/cases/${r.runningCase()}/receipts`,
    body: () => ({ amount: '1200.00', receivedOn: '2026-11-25', payerName: '江门市恒泰建材有限公司', reference: 'ICBC001' }),
    as: 'finance',
  },
  {
    name: 'a payout',
    url: () => `/api/v1/cases/${r.runningCase()}/payouts`,
    body: () => ({ partyId: r.noId, amount: '100.00' }),
    as: 'judge',
  },
  {
    name: 'a transfer to another case',
    url: () => `/api/v1/cases/${r.runningCase()}/transfers`,
    body: () => ({ toCaseId: r.noId, amount: '100.00', reason: '划转至另案' }),
    as: 'judge',
  },
  ...(['approve', 'reject'] as const).map((d): Route => ({
    name: `${d} a payout`,
    url: () => `/api/v1/payouts/${r.noId}/${d}`,
    body: () => ({ opinion: '同意' }),
    as: 'judge',
  })),
  {
    name: 'a bank statement',
    url: () => '/api/v1/funds/statements',
    body: () => ({
      format: 'csv',
      content: '交易日期,流水号,对方户名,贷方金额\n2026-11-25,S-1,梁国强,10.00\n',
      mapping: { amount: '贷方金额', receivedOn: '交易日期', payerName: '对方户名', bankReference: '流水号' },
    }),
    as: 'finance',
  },
  {
    name: 'statement lines from a bank',
    url: () => '/api/v1/institution/statement-lines',
    body: () => ({ lines: [{ amount: '10.00', receivedOn: '2026-11-25', payerName: '梁国强', bankReference: 'API-1', remark: '案款' }] }),
    as: 'icbc',
  },
  {
    name: 'a claim of unmatched money',
    url: () => `/api/v1/funds/unmatched/${r.noId}/claim`,
    body: () => ({ caseId: r.runningCase() }),
    as: 'finance',
  },
  {
    name: 'a bank result',
    url: () => `/api/v1/payouts/${r.noId}/bank-result`,
    body: () => ({ outcome: 'paid', bankReference: 'ICBC-OUT-1', note: '已入账' }),
    as: 'finance',
  },
  {
    name: 'a hold of case money',
    url: () => `/api/v1/cases/${r.runningCase()}/holds`,
    body: () => ({ kind: 'objection', amount: '10.00', reason: '执行异议审查中' }),
    as: 'judge',
  },
  {
    name: 'the release of a hold',
    url: () => `/api/v1/holds/${r.noId}/release`,
    body: () => ({ note: '异议已驳回' }),
    as: 'judge',
  },
  // 参与分配 (src/distribution): the case route on a running case, the rest on an id that names none.
  {
    name: 'a distribution',
    url: () => `/api/v1/cases/${r.runningCase()}/distributions`,
    body: () => ({ debtorPartyId: r.noId, debtorKind: 'enterprise', proceeds: '100000.00', costs: '1000.00' }),
    as: 'judge',
  },
  {
    name: 'a creditor joining a distribution',
    url: () => `/api/v1/distributions/${r.noId}/claims`,
    body: () => ({ creditorName: '中国建设银行江门分行', amount: '50000.00', priority: true, priorityBasis: '抵押权' }),
    as: 'judge',
  },
  { name: 'a distribution plan', url: () => `/api/v1/distributions/${r.noId}/plan`, body: () => ({}), as: 'judge', texts: false },
  {
    name: 'the service of a distribution plan',
    url: () => `/api/v1/distributions/${r.noId}/services`,
    body: () => ({ claimId: r.noId, method: 'direct', servedOn: '2026-11-25', recipient: '陈小红' }),
    as: 'judge',
  },
  {
    name: 'an objection to a distribution plan',
    url: () => `/api/v1/distributions/${r.noId}/objections`,
    body: () => ({ claimId: r.noId, targetClaimId: r.noId, disputed: '1000.00', reason: '债权数额有误', objectedOn: '2026-11-25' }),
    as: 'judge',
  },
  {
    name: 'the notice of an objection',
    url: () => `/api/v1/distribution-objections/${r.noId}/notice`,
    body: () => ({ notifiedOn: '2026-11-25' }),
    as: 'judge',
  },
  {
    name: 'the outcome of an objection',
    url: () => `/api/v1/distribution-objections/${r.noId}/outcome`,
    body: () => ({ outcome: 'stands', on: '2026-11-25' }),
    as: 'judge',
  },
  { name: 'a distribution paid', url: () => `/api/v1/distributions/${r.noId}/payouts`, body: () => ({}), as: 'judge', texts: false },
];
