import { Card, Empty, Grid, List, Skeleton, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import type { CaseDetail } from '../cases/cases.api.ts';
import { basisLine, useCaseDeadlines, type Deadline } from './deadlines.api.ts';
import { DeadlineState } from './DeadlineState.tsx';

const pausesLine = (d: Deadline): string => d.pauses.map((p) => `${p.causeName} ${p.from} 至 ${p.to ?? '今'}`).join('；');

const columns: ColumnsType<Deadline> = [
  { title: '节点', dataIndex: 'title', key: 'title', width: 190 },
  { title: '起算日', dataIndex: 'startOn', key: 'startOn', width: 110 },
  {
    title: '届满日',
    key: 'dueOn',
    width: 130,
    render: (_, d) => (
      <>
        {d.dueOn}
        {d.provisional && (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            按暂行放假安排计算
          </Typography.Text>
        )}
      </>
    ),
  },
  { title: '状态', key: 'state', width: 190, render: (_, d) => <DeadlineState d={d} /> },
  {
    title: '说明',
    key: 'note',
    render: (_, d) => (
      <>
        {d.metOn && <div>完成日 {d.metOn}</div>}
        {d.waivedReason && <div>免除理由：{d.waivedReason}</div>}
        {d.pauses.length > 0 && <div>停止计时：{pausesLine(d)}</div>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          依据：{basisLine(d)}
        </Typography.Text>
      </>
    ),
  },
];

/** 期限: every deadline of the case, soonest first, with its state, pauses and legal basis. */
export function CaseDeadlinesTab({ c }: { c: CaseDetail }) {
  const phone = !Grid.useBreakpoint().md;
  const q = useCaseDeadlines(c.id);
  const items = q.data?.items ?? [];
  if (q.isError) return <ProblemAlert error={q.error} />;
  if (q.isPending) return <Skeleton active />;
  return (
    <Card title="节点期限" className="section-card">
      <section aria-label="节点期限">
        {items.length === 0 ? (
          <Empty description="本案暂无节点期限" />
        ) : phone ? (
          <List
            dataSource={items}
            renderItem={(d) => (
              <List.Item key={d.id}>
                <List.Item.Meta
                  title={
                    <>
                      {d.title} <DeadlineState d={d} />
                    </>
                  }
                  description={
                    <>
                      <div>
                        届满日 {d.dueOn}（{d.startOn} 起算）
                      </div>
                      {d.pauses.length > 0 && <div>停止计时：{pausesLine(d)}</div>}
                      <div style={{ fontSize: 12 }}>依据：{basisLine(d)}</div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        ) : (
          <Table rowKey="id" size="middle" columns={columns} dataSource={items} pagination={false} />
        )}
      </section>
    </Card>
  );
}
