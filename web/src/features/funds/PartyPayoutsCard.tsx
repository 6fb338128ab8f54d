import { useQuery } from '@tanstack/react-query';
import { Card, Grid, Table, Tag } from 'antd';
import { client, unwrap } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';

// 执行款发放 in the party portal: what the court pays to the applicant on this case, and where the
// payment stands. The steps' opinions stay inside the court; a refused request is not shown.

const statusColor: Record<string, string> = { pending: 'processing', instructed: 'processing', paid: 'success', failed: 'error' };

export function PartyPayoutsCard({ caseId }: { caseId: string }) {
  const phone = !Grid.useBreakpoint().md;
  const q = useQuery({
    queryKey: ['funds', caseId, 'party-payouts'],
    queryFn: () => unwrap(client.GET('/api/v1/party/cases/{id}/payouts', { params: { path: { id: caseId } } })),
  });
  if (q.isError) return <ProblemAlert error={q.error} />;
  const items = q.data?.items ?? [];
  return (
    <Card size="small" title="向我发放的执行款" loading={q.isLoading}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        scroll={phone ? { x: 600 } : undefined}
        locale={{ emptyText: '本案尚未向您发放执行款' }}
        columns={[
          {
            title: '申请日期',
            dataIndex: 'requestedAt',
            width: 112,
            render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v.slice(0, 10)}</span>,
          },
          { title: '金额（元）', dataIndex: 'amount', align: 'right' },
          { title: '状态', dataIndex: 'status', render: (v: string, p) => <Tag color={statusColor[v] ?? 'default'}>{p.statusName}</Tag> },
          {
            title: '收款账户',
            key: 'payee',
            render: (_: unknown, p) => `${p.payee.accountName} ${p.payee.bankName} ${p.payee.accountNumber}`,
          },
          { title: '银行回单号', dataIndex: 'bankReference', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Card>
  );
}
