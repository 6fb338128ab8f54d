import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Checkbox, Popover, Tag, Typography, type TableColumnsType } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { Money } from '../../components/Money.tsx';
import { StatusTag } from './StatusTag.tsx';
import type { CaseListItem, ListQuery } from './cases.api.ts';
import { termStateNames } from '../../../../src/shared/vocabulary.ts';

// The list's columns, their order and what a clerk may hide, kept in this browser (localStorage).

export type Density = 'middle' | 'small';
const HIDEABLE = [
  { key: 'applicants', title: '申请执行人' },
  { key: 'debtors', title: '被执行人' },
  { key: 'filedOn', title: '立案日期' },
  { key: 'claimAmount', title: '申请执行标的' },
  { key: 'term', title: '执行期限' },
  { key: 'officerName', title: '承办人' },
] as const;
type Hideable = (typeof HIDEABLE)[number]['key'];
const STORAGE = 'zhixing.case-list';

function stored(): { density: Density; hidden: Hideable[] } {
  try {
    const v = JSON.parse(localStorage.getItem(STORAGE) ?? '{}') as { density?: Density; hidden?: Hideable[] };
    return { density: v.density === 'small' ? 'small' : 'middle', hidden: Array.isArray(v.hidden) ? v.hidden : [] };
  } catch {
    return { density: 'middle', hidden: [] };
  }
}

export function useListSettings() {
  const [s, set] = useState(stored);
  const save = (next: typeof s) => {
    set(next);
    localStorage.setItem(STORAGE, JSON.stringify(next));
  };
  return {
    density: s.density,
    hidden: s.hidden,
    setDensity: (density: Density) => save({ ...s, density }),
    setHidden: (hidden: Hideable[]) => save({ ...s, hidden }),
  };
}

export function ColumnSettings({ hidden, onChange }: { hidden: Hideable[]; onChange: (h: Hideable[]) => void }) {
  const content = (
    <Checkbox.Group
      style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
      value={HIDEABLE.map((c) => c.key).filter((k) => !hidden.includes(k))}
      options={HIDEABLE.map((c) => ({ value: c.key, label: c.title }))}
      onChange={(shown) => onChange(HIDEABLE.map((c) => c.key).filter((k) => !shown.includes(k)))}
    />
  );
  return (
    <Popover content={content} title="显示的列" trigger="click" placement="bottomRight">
      <Button size="small" icon={<SettingOutlined />}>
        列设置
      </Button>
    </Popover>
  );
}

/** The 执行期限 as a tag: red past it, orange within 30 days, grey when the clock is stopped. */
export function TermTag({ term }: { term: CaseListItem['term'] }) {
  if (!term) return <Typography.Text type="secondary">—</Typography.Text>;
  const name = termStateNames[term.state];
  if (term.state === 'running') return <span className="term-date">{term.dueOn}</span>;
  if (term.state === 'met') return <span className="term-date">{name}</span>;
  const marked = term.state === 'overdue' || term.state === 'due-soon';
  return (
    <Tag color={term.state === 'overdue' ? 'red' : marked ? 'orange' : 'default'} bordered={false} style={{ marginInlineEnd: 0 }}>
      {marked ? `${name} ${term.dueOn}` : name}
    </Tag>
  );
}

type Sort = NonNullable<ListQuery['sort']>;

export function columnsFor(o: {
  manyCourts: boolean;
  sort: Sort | undefined;
  order: 'asc' | 'desc';
  hidden: readonly string[];
}): TableColumnsType<CaseListItem> {
  const sorted = (key: Sort) => ({
    key,
    sorter: true,
    sortDirections: ['descend', 'ascend'] as ('descend' | 'ascend')[],
    sortOrder: (o.sort ?? 'filedOn') === key ? (o.order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null,
  });
  const all: TableColumnsType<CaseListItem> = [
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: o.manyCourts ? 230 : 210,
      fixed: 'left',
      ...sorted('caseNumber'),
      render: (v: string, r) => (
        <>
          <Link to={`/cases/${r.id}`} className="case-number" onClick={(e) => e.stopPropagation()}>
            {v}
          </Link>
          {o.manyCourts && (
            <div className="case-court" title={r.court.name}>
              {r.court.name}
            </div>
          )}
        </>
      ),
    },
    { title: '申请执行人', dataIndex: 'applicants', key: 'applicants', ellipsis: { showTitle: true } },
    { title: '被执行人', dataIndex: 'debtors', key: 'debtors', ellipsis: { showTitle: true } },
    { title: '立案日期', dataIndex: 'filedOn', width: 120, ...sorted('filedOn') },
    {
      title: '申请执行标的',
      dataIndex: 'claimAmount',
      width: 150,
      align: 'right',
      ...sorted('claimAmount'),
      render: (v: string) => <Money value={v} />,
    },
    {
      title: '案件状态',
      dataIndex: 'status',
      key: 'status',
      width: 170,
      render: (_: unknown, r) => <StatusTag status={r.status} closureMode={r.closureMode} />,
    },
    { title: '执行期限', dataIndex: 'term', key: 'term', width: 150, render: (_: unknown, r) => <TermTag term={r.term} /> },
    {
      title: '承办人',
      dataIndex: 'officerName',
      key: 'officerName',
      width: 120,
      ellipsis: true,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">未指定</Typography.Text>,
    },
  ];
  return all.filter((c) => !o.hidden.includes(String(c.key ?? '')));
}
