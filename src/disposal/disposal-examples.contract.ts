import type { TSchema } from '@sinclair/typebox';
import {
  announceRound,
  commissionAppraisal,
  extendAppraisal,
  recordAppraisalReport,
  recordBidLog,
  recordDefault,
  recordDirectedInquiry,
  recordNegotiation,
  recordOnlineInquiry,
  recordPayment,
  recordSaleResult,
  setOff,
  startSale,
  withdrawRound,
} from './disposal.contract.ts';

// The request bodies' examples in the API document, beside the bodies above.
const bodyExamples: [{ body?: TSchema }, Record<string, unknown>][] = [
  [recordNegotiation, { on: '2026-11-25', applicantFigure: '1000000.00', debtorFigure: '1000000.00' }],
  [recordDirectedInquiry, { on: '2026-11-25', body: '国家税务总局江门市税务局', price: '1000000.00' }],
  [recordOnlineInquiry, { requestedOn: '2026-11-22', results: [{ platform: '淘宝询价', price: '1000000.00', answeredOn: '2026-11-24' }] }],
  [commissionAppraisal, { commissionedOn: '2026-11-25', appraiser: '广东中联评估有限公司' }],
  [extendAppraisal, { askedOn: '2026-12-20', days: 15 }],
  [recordAppraisalReport, { reportOn: '2026-12-24', price: '1250000.00' }],
  [
    announceRound,
    {
      assetId: '7f7c0c1e-2d1b-4d7a-9f3e-1b2c3d4e5f60',
      platform: 'sandbox',
      startingPrice: '1000000.00',
      deposit: '100000.00',
      announcedOn: '2026-11-26',
      biddingStartsAt: '2026-12-27T02:00:00Z',
      biddingEndsAt: '2026-12-28T02:00:00Z',
    },
  ],
  [recordBidLog, { bids: [{ bidder: '竞买人甲', amount: '1000000.00', at: '2026-12-27T05:00:00Z' }] }],
  [withdrawRound, { on: '2026-12-01', reason: '案外人提出执行异议' }],
  [recordDefault, { on: '2026-12-30', note: '买受人逾期未付款' }],
  [recordPayment, { paidOn: '2026-12-30' }],
  [startSale, { assetId: '7f7c0c1e-2d1b-4d7a-9f3e-1b2c3d4e5f60', startedOn: '2027-01-15' }],
  [recordSaleResult, { outcome: 'sold', on: '2027-02-01', buyer: '江门市某某贸易有限公司' }],
  [
    setOff,
    { assetId: '7f7c0c1e-2d1b-4d7a-9f3e-1b2c3d4e5f60', creditor: '江门市恒泰建材有限公司', consentOn: '2026-12-28', on: '2026-12-28' },
  ],
];
for (const [o, example] of bodyExamples) Object.assign(o.body!, { examples: [example] });
