import { useSearchParams } from 'react-router-dom';
import { Card, Empty, Form, Grid, Select, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { todayInShanghai } from '../../lib/dates.ts';
import { deletionGrounds, type DeletionGround } from '../../../../src/rules/listing-deletion.ts';
import { useMe } from '../access/access.api.ts';
import { CourtSelect } from '../access/CourtSelect.tsx';
import { useCreditStatistics, type CreditStatistics, type StatisticsRow } from './register.api.ts';

// 信用惩戒统计: per quarter, a court's own figures, each lower court's (with the courts below it) and
// the total — listings published, restrictions, deletions by ground (第10条) and expiries, restorations.

const shortGround: Record<DeletionGround, string> = {
  performed: '履行完毕',
  'settlement-performed': '和解履行',
  'applicant-request': '依申请',
  'no-property-after-termination': '终本无财产',
  suspended: '中止执行',
  'not-enforced': '不予执行',
  terminated: '终结执行',
  'term-expired': '期限届满',
  corrected: '纠正删除',
  'credit-restored': '信用修复',
};

const today = todayInShanghai();
const thisYear = Number(today.slice(0, 4));
const thisQuarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
const yearOptions = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i).map((y) => ({ value: y, label: `${y} 年` }));
const quarterOptions = [
  { value: 0, label: '全年（四个季度）' },
  ...[1, 2, 3, 4].map((q) => ({ value: q, label: `第${['一', '二', '三', '四'][q - 1]}季度` })),
];

const countOf = (r: StatisticsRow, g: DeletionGround) => r.deletions.find((d) => d.ground === g)?.count ?? 0;
// A lower court's name without the region it shares with the court asked about: 广东省江门市蓬江区人民法院 → 蓬江区人民法院.
const regionOf = (name: string) => name.replace(/(最高|高级|中级)?人民法院$/, '');
const shortName = (name: string, parent: string) => {
  const region = regionOf(parent);
  return region && name.startsWith(region) && name.length > region.length ? name.slice(region.length) : name;
};
const courtCell = (r: StatisticsRow, parent: string) =>
  r.kind === 'total' ? (
    <strong>合计</strong>
  ) : r.kind === 'own' ? (
    <span title={r.courtName}>本院</span>
  ) : (
    <span title={r.courtName}>{shortName(r.courtName, parent)}</span>
  );

const columnsFor = (parent: string): ColumnsType<StatisticsRow> => [
  { title: '法院', key: 'court', fixed: 'left', render: (_, r) => courtCell(r, parent) },
  { title: '新增失信', dataIndex: 'newListings', align: 'right' },
  { title: '限制消费', dataIndex: 'restrictions', align: 'right' },
  {
    title: '删除失信信息',
    children: [
      ...deletionGrounds.map((g) => ({
        title: shortGround[g],
        key: g,
        align: 'right' as const,
        render: (_: unknown, r: StatisticsRow) => countOf(r, g),
      })),
      { title: '小计', dataIndex: 'deletionsTotal', align: 'right' as const },
    ],
  },
  { title: '信用修复', dataIndex: 'restorations', align: 'right' },
];

const figures = (r: StatisticsRow) =>
  [
    ['新增失信', r.newListings],
    ['限制消费', r.restrictions],
    ['删除', r.deletionsTotal],
    ['信用修复', r.restorations],
  ] as const;

function RowCards({ rows, parent }: { rows: StatisticsRow[]; parent: string }) {
  return (
    <ul className="case-cards" aria-label="统计">
      {rows.map((r) => (
        <li key={`${r.kind}-${r.courtCode ?? 'total'}`} className="case-card" aria-label={r.kind === 'total' ? '合计' : r.courtName}>
          {courtCell(r, parent)}
          <div className="stat-figures">
            {figures(r).map(([label, n]) => (
              <div key={label}>
                <strong>{n}</strong>
                <span>{label}</span>
              </div>
            ))}
          </div>
          {r.deletionsTotal > 0 && (
            <Typography.Text type="secondary" className="case-card-minor">
              {`删除：${r.deletions
                .filter((d) => d.count > 0)
                .map((d) => `${shortGround[d.ground]} ${d.count}`)
                .join('，')}`}
            </Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}

function Period({ p, wide, parent }: { p: CreditStatistics['periods'][number]; wide: boolean; parent: string }) {
  const title = `第${['一', '二', '三', '四'][p.quarter - 1]}季度（${p.from} 至 ${p.to}）`;
  return (
    <Card className="section-card" title={title} styles={{ body: { padding: 0 } }}>
      <section aria-label={title}>
        {wide ? (
          <Table
            rowKey={(r) => `${r.kind}-${r.courtCode ?? 'total'}`}
            columns={columnsFor(parent)}
            dataSource={p.rows}
            pagination={false}
            bordered
            size="small"
            scroll={{ x: 'max-content' }}
            rowClassName={(r) => (r.kind === 'total' ? 'row-total' : '')}
          />
        ) : (
          <RowCards rows={p.rows} parent={parent} />
        )}
      </section>
    </Card>
  );
}

export function StatisticsPage() {
  const [search, setSearch] = useSearchParams();
  const me = useMe();
  const wide = Grid.useBreakpoint().md ?? true;
  const year = Number(search.get('year')) || thisYear;
  const quarterParam = search.get('quarter');
  const quarter = quarterParam === null ? thisQuarter : Number(quarterParam);
  const court = search.get('court') ?? undefined;
  const stats = useCreditStatistics({ court, year, ...(quarter >= 1 && quarter <= 4 ? { quarter } : {}) });
  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(search);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setSearch(next, { replace: true });
  };

  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>信用惩戒统计</Typography.Title>
        <Typography.Text type="secondary">
          新增失信按公布日期、删除按删除日期（仅已公布的名单）、限制消费和信用修复按记录日期计入季度；上级法院含辖区各法院及合计。
        </Typography.Text>
      </div>
      <Card className="section-card">
        <Form layout="inline" style={{ rowGap: 8 }} aria-label="统计条件">
          {me.data?.scope === 'subtree' && (
            <Form.Item label="法院" htmlFor="stats-court">
              <CourtSelect
                id="stats-court"
                style={{ width: 260 }}
                value={court}
                onChange={(v) => set('court', v)}
                allowClear
                placeholder="本院"
              />
            </Form.Item>
          )}
          <Form.Item label="年度" htmlFor="stats-year">
            <Select id="stats-year" style={{ width: 120 }} value={year} options={yearOptions} onChange={(v: number) => set('year', v)} />
          </Form.Item>
          <Form.Item label="季度" htmlFor="stats-quarter">
            <Select
              id="stats-quarter"
              style={{ width: 170 }}
              value={quarter >= 1 && quarter <= 4 ? quarter : 0}
              options={quarterOptions}
              onChange={(v: number) => set('quarter', v)}
            />
          </Form.Item>
        </Form>
      </Card>
      {stats.isError && <ProblemAlert error={stats.error} />}
      {stats.isPending && !stats.isError && <Skeleton active />}
      {stats.data && (
        <>
          <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
            {stats.data.court.name}（{stats.data.court.code}），{stats.data.year} 年
          </Typography.Paragraph>
          {stats.data.periods.length ? (
            stats.data.periods.map((p) => <Period key={p.quarter} p={p} wide={wide} parent={stats.data.court.name} />)
          ) : (
            <Empty description="没有统计数据" />
          )}
        </>
      )}
    </>
  );
}
