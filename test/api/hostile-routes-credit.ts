// The write routes of consumption restriction (src/credit, ADR 0206) and credit restoration (ADR 0209)
// for the hostile-input table of hostile-inputs.test.ts.
import type { Route } from './hostile-routes.ts';

export const restrictionRoutes = (r: { runningCase: () => string; noId: string }): Route[] => [
  {
    name: 'a consumption restriction',
    url: () => `/api/v1/cases/${r.runningCase()}/consumption-restrictions`,
    body: () => ({ debtorPartyId: r.noId, orderedOn: '2026-11-25', persons: [{ role: 'legal-representative', name: '梁国强' }] }),
    as: 'judge',
  },
  {
    name: 'a consumption restriction’s lifting',
    url: () => `/api/v1/consumption-restrictions/${r.noId}/lifting`,
    body: () => ({ ground: 'consent', liftedOn: '2026-11-25', reason: '申请执行人同意' }),
    as: 'judge',
  },
  {
    name: 'a restricted person’s spending request',
    url: () => `/api/v1/consumption-restrictions/${r.noId}/spending-requests`,
    body: () => ({ personName: '梁国强', item: 'travel', reason: '以个人财产支付', amount: '100.00' }),
    as: 'judge',
  },
  {
    name: 'a spending request’s decision',
    url: () => `/api/v1/spending-requests/${r.noId}/decision`,
    body: () => ({ granted: false, reason: '理由不成立' }),
    as: 'judge',
  },
  {
    name: 'a listing correction request',
    url: () => `/api/v1/dishonest-listings/${r.noId}/corrections`,
    body: () => ({ ground: 'not-listable', filedOn: '2026-11-25', request: '不应纳入' }),
    as: 'judge',
  },
  {
    name: 'a listing correction request on the party portal',
    url: () => `/api/v1/party/dishonest-listings/${r.noId}/corrections`,
    body: () => ({ ground: 'not-listable', filedOn: '2026-11-25', request: '不应纳入' }),
    as: 'party',
  },
  {
    name: 'a listing correction decision',
    url: () => `/api/v1/listing-corrections/${r.noId}/decision`,
    body: () => ({ justified: false, decidedOn: '2026-11-25', reason: '理由不成立' }),
    as: 'judge',
  },
  {
    name: 'a correction 复议 request',
    url: () => `/api/v1/listing-corrections/${r.noId}/reconsideration`,
    body: () => ({ filedOn: '2026-11-25' }),
    as: 'judge',
  },
  {
    name: 'a correction 复议 decision',
    url: () => `/api/v1/listing-corrections/${r.noId}/reconsideration/decision`,
    body: () => ({ revoked: false, decidedOn: '2026-11-25', reason: '维持' }),
    as: 'judge',
  },
  {
    name: 'a credit restoration request',
    url: () => `/api/v1/dishonest-listings/${r.noId}/restorations`,
    body: () => restoration,
    as: 'judge',
  },
  {
    name: 'a debtor’s own credit restoration request',
    url: () => `/api/v1/party/dishonest-listings/${r.noId}/restorations`,
    body: () => restoration,
    as: 'party',
  },
];

const restoration = {
  ground: 'performed-in-part-with-plan',
  evidence: '已履行部分义务并提交履行计划',
  commitment: '本人承诺按履行计划按期履行剩余义务，不再实施任何失信行为。',
};
