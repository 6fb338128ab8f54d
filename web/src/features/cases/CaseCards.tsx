import { Link } from 'react-router-dom';
import { Empty, Spin } from 'antd';
import { Money } from '../../components/Money.tsx';
import { StatusTag } from './StatusTag.tsx';
import { TermTag } from './case-columns.tsx';
import type { CaseListItem } from './cases.api.ts';

/** On a phone the list is a column of cards: the number, the parties, the amount, the state. */
export function CaseCards({ items, loading, empty }: { items: CaseListItem[]; loading: boolean; empty: string }) {
  if (!items.length)
    return loading ? <Spin style={{ display: 'block', padding: 32 }} /> : <Empty description={empty} style={{ padding: 24 }} />;
  return (
    <ul className="case-cards" aria-label="案件">
      {items.map((c) => (
        <li
          key={c.id}
          className={`case-card${c.term?.state === 'overdue' ? ' row-overdue' : c.term?.state === 'due-soon' ? ' row-due-soon' : ''}`}
        >
          <Link to={`/cases/${c.id}`} className="case-number">
            {c.caseNumber}
          </Link>
          <dl className="case-card-parties">
            <dt>申请执行人</dt>
            <dd>{c.applicants}</dd>
            <dt>被执行人</dt>
            <dd>{c.debtors}</dd>
          </dl>
          <div className="case-card-facts">
            <Money value={c.claimAmount} />
            <StatusTag status={c.status} closureMode={c.closureMode} />
          </div>
          <div className="case-card-facts case-card-minor">
            <span>立案 {c.filedOn}</span>
            <span>{c.officerName ?? '未指定承办人'}</span>
            <TermTag term={c.term} />
          </div>
        </li>
      ))}
    </ul>
  );
}
