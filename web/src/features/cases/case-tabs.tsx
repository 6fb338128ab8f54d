import type { ReactNode } from 'react';
import type { Me } from '../access/access.api.ts';
import type { CaseDetail } from './cases.api.ts';
import { CaseDeadlinesTab } from '../deadlines/CaseDeadlinesTab.tsx';
import { CaseAssetsTab } from '../assets/CaseAssetsTab.tsx';

/**
 * The case page's tabs after 概况: each context that works on a case (财产, 查控, 处置, 现场, 期限 …)
 * adds one row here with its own component; the page renders them in this order and keeps the
 * open tab in the URL (`?tab=<key>`), so that a link can open a case at its assets or deadlines.
 */
export type CaseTab = {
  key: string;
  label: string;
  render: (c: CaseDetail, me: Me | null | undefined) => ReactNode;
};

export const caseTabs: CaseTab[] = [
  { key: 'assets', label: '财产', render: (c, me) => <CaseAssetsTab c={c} me={me} /> },
  { key: 'deadlines', label: '期限', render: (c) => <CaseDeadlinesTab c={c} /> },
];
