import type { ReactNode } from 'react';
import type { Me } from '../access/access.api.ts';
import type { CaseDetail } from './cases.api.ts';
import { SearchesTab } from '../searches/SearchesTab.tsx';

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

export const caseTabs: CaseTab[] = [{ key: 'searches', label: '查控', render: (c, me) => <SearchesTab c={c} me={me} /> }];
