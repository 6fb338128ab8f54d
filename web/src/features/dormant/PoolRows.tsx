import { Link } from 'react-router-dom';
import { Checkbox, Empty, Space, Spin, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { DormantItem } from './dormant.api.ts';

// The rows of the 终本案件库: the desktop table's columns and the phone's cards, which in select
// mode carry a checkbox each and 本页全选 above them.

const caseLink = (d: DormantItem) => (
  <Link to={`/cases/${d.caseId}?tab=searches`} className="case-number">
    {d.caseNumber}
  </Link>
);
const debtorsOf = (d: DormantItem) => d.debtors.map((p) => (p.kind === 'organization' ? `${p.name}（单位）` : p.name)).join('、');
const age = (d: DormantItem) => (d.ageMonths >= 12 ? `${Math.floor(d.ageMonths / 12)} 年 ${d.ageMonths % 12} 个月` : `${d.ageMonths} 个月`);
const measures = (d: DormantItem) => (
  <Space size={4} wrap>
    {d.seizuresInForce > 0 && <Tag color="blue">{`查封冻结 ${d.seizuresInForce}`}</Tag>}
    {d.restrictionsInForce > 0 && <Tag color="orange">限制消费</Tag>}
    {d.listingsInForce > 0 && <Tag color="red">失信</Tag>}
    {d.seizuresInForce + d.restrictionsInForce + d.listingsInForce === 0 && <Typography.Text type="secondary">—</Typography.Text>}
  </Space>
);
const lastSearch = (d: DormantItem) =>
  d.lastSearchOn ? (
    <>
      <span className="term-date">{d.lastSearchOn}</span>
      <div>
        <Typography.Text type="secondary">
          {`第${d.researchCycle}次`}
          {d.lastFindings === null ? '，答复中' : d.lastFindings > 0 ? `，发现财产 ${d.lastFindings} 项` : '，未发现财产'}
        </Typography.Text>
      </div>
    </>
  ) : (
    <Typography.Text type="secondary">尚未复查</Typography.Text>
  );
const officerOf = (d: DormantItem) => d.officer?.name ?? <Typography.Text type="secondary">未指派</Typography.Text>;
const next = (d: DormantItem) => (d.nextSearchDue ? <span className="term-date">{d.nextSearchDue}</span> : '五年届满');

export const poolColumns: ColumnsType<DormantItem> = [
  {
    title: '案号 / 被执行人',
    key: 'who',
    render: (_, d) => (
      <>
        {caseLink(d)}
        <div>{debtorsOf(d)}</div>
      </>
    ),
  },
  { title: '申请执行人', dataIndex: 'applicants', width: 120 },
  { title: '未履行金额（元）', dataIndex: 'outstanding', align: 'right', width: 130 },
  {
    title: '终本日期',
    key: 'closed',
    width: 115,
    render: (_, d) => (
      <>
        <span className="term-date">{d.closedOn}</span>
        <div>
          <Typography.Text type="secondary">{age(d)}</Typography.Text>
        </div>
      </>
    ),
  },
  { title: '仍在执行的措施', key: 'measures', width: 130, render: (_, d) => measures(d) },
  { title: '最近复查', key: 'last', width: 150, render: (_, d) => lastSearch(d) },
  { title: '下次复查', key: 'next', width: 100, render: (_, d) => next(d) },
  { title: '承办人', key: 'officer', width: 100, render: (_, d) => officerOf(d) },
];

type Selection = { selecting: boolean; selected: ReadonlySet<string>; onChange: (ids: Set<string>) => void };

export function PoolCards({ items, loading, selecting, selected, onChange }: { items: DormantItem[]; loading: boolean } & Selection) {
  if (!items.length) return loading ? <Spin style={{ display: 'block', padding: 32 }} /> : <Empty description="没有符合条件的终本案件" />;
  const all = items.every((d) => selected.has(d.caseId));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <>
      {selecting && (
        <div className="list-toolbar">
          <Checkbox
            checked={all}
            indeterminate={!all && items.some((d) => selected.has(d.caseId))}
            onChange={(e) => onChange(e.target.checked ? new Set(items.map((d) => d.caseId)) : new Set())}
          >
            本页全选
          </Checkbox>
        </div>
      )}
      <ul className="case-cards" aria-label="终本案件">
        {items.map((d) => (
          <li key={d.caseId} className="case-card">
            <div className="case-card-facts">
              {selecting && (
                <Checkbox
                  checked={selected.has(d.caseId)}
                  onChange={(e) => toggle(d.caseId, e.target.checked)}
                  aria-label={`选择 ${d.caseNumber}`}
                />
              )}
              {caseLink(d)}
              <strong>{`${d.outstanding} 元`}</strong>
            </div>
            <dl className="case-card-parties">
              <dt>被执行人</dt>
              <dd className="wrap">{debtorsOf(d)}</dd>
              <dt>终本日期</dt>
              <dd>{`${d.closedOn}（${age(d)}）`}</dd>
              <dt>措施</dt>
              <dd>{measures(d)}</dd>
              <dt>最近复查</dt>
              <dd>{lastSearch(d)}</dd>
              <dt>下次复查</dt>
              <dd>{next(d)}</dd>
              <dt>承办人</dt>
              <dd>{officerOf(d)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
