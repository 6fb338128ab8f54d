import { useState } from 'react';
import { Card, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDormantStatistics, type DormantStatistics } from './dormant.api.ts';

// 终本出清 by month: entries, exits by kind, and the pool's size and age profile at each month's end.

type Month = DormantStatistics['months'][number];

const columns: ColumnsType<Month> = [
  { title: '月份', dataIndex: 'period', fixed: 'left', width: 90 },
  { title: '终本入库', dataIndex: 'entered', align: 'right' },
  {
    title: '出库',
    children: [
      { title: '恢复执行', key: 'resumed', align: 'right', render: (_, m) => m.exits.resumed },
      { title: '履行完毕', key: 'paid', align: 'right', render: (_, m) => m.exits.paid },
      { title: '移送破产', key: 'bankruptcy', align: 'right', render: (_, m) => m.exits.bankruptcy },
      { title: '终结执行', key: 'terminated', align: 'right', render: (_, m) => m.exits.terminated },
      { title: '合计', key: 'total', align: 'right', render: (_, m) => <strong>{m.exits.total}</strong> },
    ],
  },
  { title: '月末在库', dataIndex: 'size', align: 'right', render: (n: number) => <strong>{n}</strong> },
  {
    title: '终本时长（月末）',
    children: [
      { title: '不满1年', key: 'u1', align: 'right', render: (_, m) => m.ageProfile.under1 },
      { title: '1–2年', key: 'a12', align: 'right', render: (_, m) => m.ageProfile.from1to2 },
      { title: '2–3年', key: 'a23', align: 'right', render: (_, m) => m.ageProfile.from2to3 },
      { title: '3–5年', key: 'a35', align: 'right', render: (_, m) => m.ageProfile.from3to5 },
      { title: '5年以上', key: 'o5', align: 'right', render: (_, m) => m.ageProfile.over5 },
    ],
  },
];

export function DormantExitsCard({ court }: { court: string | undefined }) {
  // This year by the server's clock until another is chosen.
  const [chosen, setYear] = useState<number | undefined>(undefined);
  const stats = useDormantStatistics(chosen, court);
  const [current, setCurrent] = useState<number | undefined>(undefined);
  const shown = stats.data?.year;
  if (shown !== undefined && current === undefined) setCurrent(shown);
  const year = chosen ?? shown;
  const t = stats.data?.totals;
  return (
    <Card
      className="section-card"
      title="终本出清统计"
      extra={
        <Select
          aria-label="统计年度"
          value={year}
          onChange={setYear}
          style={{ width: 110 }}
          options={current === undefined ? [] : [0, 1, 2, 3, 4].map((n) => ({ value: current - n, label: `${current - n} 年` }))}
        />
      }
    >
      <section aria-label="终本出清统计">
        {stats.isError && <ProblemAlert error={stats.error} />}
        {t && (
          <Typography.Paragraph>
            {year} 年终本入库 {t.entered} 件，出库 {t.exits.total} 件（恢复执行 {t.exits.resumed}、履行完毕 {t.exits.paid}、移送破产{' '}
            {t.exits.bankruptcy}、终结执行 {t.exits.terminated}）。
          </Typography.Paragraph>
        )}
        <Table
          rowKey="period"
          size="small"
          bordered
          columns={columns}
          dataSource={stats.data?.months ?? []}
          loading={stats.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label="终本出清统计表"
        />
      </section>
    </Card>
  );
}
