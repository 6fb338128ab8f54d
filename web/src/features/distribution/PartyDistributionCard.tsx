import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Grid, Space, Table, Tag, Typography } from 'antd';
import { client, unwrap, type Reply } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';

// 财产分配方案 in the party portal: the plans the court has served on the case's creditors, each
// creditor's line with the caller's own marked 本人, the totals, its own service and objection
// window, and how many objections stand. A plan not yet served is not shown; nor are the
// objections' reasons.

type Plan = Reply<'/api/v1/party/cases/{id}/distribution', 'get'>['items'][number];
type Line = Plan['lines'][number];

const objectionText = (o: Plan['objections']) =>
  o.count === 0 ? '无' : `${o.count} 件（${o.states.map((s) => `${s.stateName} ${s.count} 件`).join('、')}）`;

function PlanView({ p, phone }: { p: Plan; phone: boolean }) {
  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong>被执行人：{p.debtorName}</Typography.Text>
        <Tag color={p.status === 'closed' ? 'default' : 'success'}>{p.statusName}</Tag>
      </Space>
      <Descriptions size="small" column={phone ? 1 : 3}>
        <Descriptions.Item label="向您送达">{p.servedOn ?? '尚未向您送达'}</Descriptions.Item>
        <Descriptions.Item label="异议期间届满">{p.objectionDueOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="受偿方式">{p.methodName}</Descriptions.Item>
        <Descriptions.Item label="可供分配">{p.proceeds} 元</Descriptions.Item>
        <Descriptions.Item label="执行费用">{p.costs} 元</Descriptions.Item>
        <Descriptions.Item label="分配总额">{p.distributed} 元</Descriptions.Item>
        <Descriptions.Item label="余款退还被执行人">{p.remainder} 元</Descriptions.Item>
        <Descriptions.Item label="争议提存">{p.held} 元</Descriptions.Item>
        <Descriptions.Item label="异议">{objectionText(p.objections)}</Descriptions.Item>
      </Descriptions>
      <Table<Line>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={p.lines}
        rowClassName={(l) => (l.own ? 'row-own' : '')}
        scroll={phone ? { x: 560 } : undefined}
        columns={[
          {
            title: '债权人',
            dataIndex: 'creditorName',
            onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            render: (v: string, l) => (
              <>
                {v}
                {l.own && (
                  <Tag color="blue" style={{ marginInlineStart: 8 }}>
                    本人
                  </Tag>
                )}
              </>
            ),
          },
          { title: '受偿类别', dataIndex: 'className' },
          { title: '债权数额（元）', dataIndex: 'claim', align: 'right' },
          { title: '分配金额（元）', dataIndex: 'allotted', align: 'right' },
          { title: '未受清偿（元）', dataIndex: 'shortfall', align: 'right' },
        ]}
      />
      {p.servedOn && (
        <Typography.Text type="secondary">
          对分配方案有异议的，可自收到分配方案之日起十五日内向执行法院书面提出（民诉法解释第509条）。
        </Typography.Text>
      )}
    </Space>
  );
}

export function PartyDistributionCard({ caseId }: { caseId: string }) {
  const phone = !Grid.useBreakpoint().md;
  const q = useQuery({
    queryKey: ['distribution', caseId, 'party'],
    queryFn: () => unwrap(client.GET('/api/v1/party/cases/{id}/distribution', { params: { path: { id: caseId } } })),
  });
  if (q.isError) return <ProblemAlert error={q.error} />;
  const items = q.data?.items ?? [];
  return (
    <Card size="small" title="财产分配方案" loading={q.isLoading}>
      {items.length === 0 ? (
        <Empty description="暂无已送达的分配方案" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          {items.map((p) => (
            <PlanView key={p.id} p={p} phone={phone} />
          ))}
        </Space>
      )}
    </Card>
  );
}
