import type { ReactNode } from 'react';
import { Space } from 'antd';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from './cases.api.ts';
import { MeasuresTab } from '../reports/MeasuresTab.tsx';
import { LeadsTab } from '../leads/LeadsTab.tsx';
import { OnsiteTab } from '../onsite/OnsiteTab.tsx';
import { CaseAssetsTab } from '../assets/CaseAssetsTab.tsx';
import { CaseDisposalTab } from '../disposal/CaseDisposalTab.tsx';
import { CaseDeadlinesTab } from '../deadlines/CaseDeadlinesTab.tsx';
import { SearchesTab } from '../searches/SearchesTab.tsx';
import { FundsTab } from '../funds/FundsTab.tsx';
import { DelayInterestCard } from '../funds/DelayInterestCard.tsx';
import { PartyPayoutsCard } from '../funds/PartyPayoutsCard.tsx';
import { CreditTab } from '../credit/CreditTab.tsx';
import { PartyCreditCard } from '../credit/PartyCreditCard.tsx';
import { PartyDistributionCard } from '../distribution/PartyDistributionCard.tsx';
import { PartyResearchesCard } from '../dormant/PartyResearchesCard.tsx';

/**
 * The case page's tabs after 概况: each context that works on a case (财产, 查控, 处置, 现场, 期限 …)
 * adds one row here with its own component; the page renders them in this order and keeps the
 * open tab in the URL (`?tab=<key>`), so that a link can open a case at its assets or deadlines.
 * `visible` hides a tab from those it is not for (a party sees only 线索).
 */
export type CaseTab = {
  key: string;
  label: string;
  render: (c: CaseDetail, me: Me | null | undefined) => ReactNode;
  visible?: (me: Me | null | undefined) => boolean;
};

const staff = (me: Me | null | undefined) => can(me, 'case.read');

export const caseTabs: CaseTab[] = [
  { key: 'measures', label: '文书与报告', render: (c, me) => <MeasuresTab c={c} me={me} />, visible: staff },
  { key: 'assets', label: '财产', render: (c, me) => <CaseAssetsTab c={c} me={me} />, visible: staff },
  { key: 'disposal', label: '处置', render: (c, me) => <CaseDisposalTab c={c} me={me} />, visible: staff },
  { key: 'searches', label: '查控', render: (c, me) => <SearchesTab c={c} me={me} />, visible: staff },
  { key: 'leads', label: '线索', render: (c, me) => <LeadsTab c={c} me={me} />, visible: (me) => staff(me) || can(me, 'lead.submit') },
  { key: 'onsite', label: '现场', render: (c, me) => <OnsiteTab c={c} me={me} />, visible: staff },
  { key: 'funds', label: '案款', render: (c, me) => <FundsTab c={c} me={me} />, visible: staff },
  { key: 'credit', label: '信用惩戒', render: (c, me) => <CreditTab c={c} me={me} />, visible: staff },
  {
    key: 'interest',
    label: '迟延履行利息',
    render: (c) => <DelayInterestCard caseId={c.id} asParty />,
    visible: (me) => !staff(me) && can(me, 'party.case.read'),
  },
  {
    key: 'payouts',
    label: '执行款发放',
    render: (c) => (
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PartyPayoutsCard caseId={c.id} />
        <PartyResearchesCard c={c} />
        <PartyDistributionCard caseId={c.id} />
      </Space>
    ),
    visible: (me) => !staff(me) && can(me, 'party.case.read'),
  },
  {
    key: 'party-credit',
    label: '信用修复',
    render: (c) => <PartyCreditCard caseId={c.id} />,
    visible: (me) => !staff(me) && can(me, 'party.case.read'),
  },
  { key: 'deadlines', label: '期限', render: (c) => <CaseDeadlinesTab c={c} />, visible: staff },
];

/** The tabs this user sees. */
export const visibleTabs = (me: Me | null | undefined): CaseTab[] => caseTabs.filter((t) => !t.visible || t.visible(me));
