import { Link } from 'react-router-dom';
import { Card, Col, Empty, Grid, List, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useMe } from '../access/access.api.ts';
import { handlesCases, useMyTodo, type Deadline } from './deadlines.api.ts';
import { DeadlineState } from './DeadlineState.tsx';

const caseLink = (d: Deadline) => (
  <Link to={`/cases/${d.caseId}?tab=${d.node === 'dormant-find-review' ? 'searches' : 'deadlines'}`} className="case-number">
    {d.caseNumber}
  </Link>
);

const columns: ColumnsType<Deadline> = [
  { title: '案号', key: 'case', width: 240, render: (_, d) => caseLink(d) },
  { title: '节点', dataIndex: 'title', key: 'title' },
  { title: '届满日', dataIndex: 'dueOn', key: 'dueOn', width: 120 },
  { title: '状态', key: 'state', width: 200, render: (_, d) => <DeadlineState d={d} /> },
];

/** 待办: the running deadlines of the officer's own cases, overdue first, then the soonest. */
export function TodoPage() {
  const me = useMe();
  const mine = handlesCases(me.data);
  const todo = useMyTodo(mine);
  const phone = !Grid.useBreakpoint().md;
  const items = todo.data?.items ?? [];
  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>我的待办</Typography.Title>
        <Typography.Text type="secondary">您承办的案件中仍在计时的节点期限，已超期和即将届满的在前。</Typography.Text>
      </div>
      {todo.isError && <ProblemAlert error={todo.error} />}
      {!mine ? (
        <Card>
          <Empty description="您的角色不承办案件，没有待办期限" />
        </Card>
      ) : todo.isPending ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={8} md={6}>
              <Card size="small">
                <Statistic title="已超期" value={todo.data?.overdue ?? 0} valueStyle={{ color: '#cf1322' }} suffix="项" />
              </Card>
            </Col>
            <Col xs={8} md={6}>
              <Card size="small">
                <Statistic title="7 日内届满" value={todo.data?.dueSoon ?? 0} valueStyle={{ color: '#d46b08' }} suffix="项" />
              </Card>
            </Col>
            <Col xs={8} md={6}>
              <Card size="small">
                <Statistic title="计时中" value={todo.data?.total ?? 0} suffix="项" />
              </Card>
            </Col>
          </Row>
          <Card className="section-card">
            <section aria-label="待办期限">
              {items.length === 0 ? (
                <Empty description="暂无待办期限" />
              ) : phone ? (
                <List
                  dataSource={items}
                  renderItem={(d) => (
                    <List.Item key={d.id}>
                      <List.Item.Meta
                        title={caseLink(d)}
                        description={
                          <>
                            <div>
                              {d.title}，届满日 {d.dueOn}
                            </div>
                            <DeadlineState d={d} />
                          </>
                        }
                      />
                    </List.Item>
                  )}
                />
              ) : (
                <Table
                  rowKey="id"
                  size="middle"
                  columns={columns}
                  dataSource={items}
                  pagination={{ pageSize: 20, hideOnSinglePage: true }}
                />
              )}
            </section>
          </Card>
        </>
      )}
    </>
  );
}
