import { useState } from 'react';
import { App, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { can, useMe } from '../access/access.api.ts';
import { useClaim, useUnmatched, type UnmatchedItem } from './funds.api.ts';
import { StatementImport } from './StatementImport.tsx';

// 暂存款: the court's money that names no case, with suggested cases, the claim deadline (red once
// overdue) and the claim; above it, the statement import that fills it.

function ClaimCell({ u }: { u: UnmatchedItem }) {
  const { message } = App.useApp();
  const claim = useClaim();
  const [caseId, setCaseId] = useState<string | undefined>(u.suggestions[0]?.caseId);
  if (!u.suggestions.length) return <Typography.Text type="secondary">无建议案件，请核对后认领</Typography.Text>;
  return (
    <Space wrap>
      <Select
        aria-label={`认领到的案件（${u.bankReference}）`}
        style={{ minWidth: 200 }}
        value={caseId}
        onChange={setCaseId}
        options={u.suggestions.map((s) => ({ value: s.caseId, label: `${s.caseNumber}（${s.reasons.join('、')}）` }))}
      />
      <Button
        type="primary"
        size="small"
        disabled={!caseId}
        loading={claim.isPending}
        onClick={() => caseId && claim.mutate({ id: u.id, caseId }, { onSuccess: () => announce(message, '已认领入案') })}
      >
        认领
      </Button>
      {claim.isError && <ProblemAlert error={claim.error} />}
    </Space>
  );
}

export function UnmatchedPage() {
  const me = useMe().data;
  const queue = useUnmatched('waiting');
  const finance = can(me, 'funds.post');
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3}>暂存款</Typography.Title>
      {finance && <StatementImport />}
      <Card size="small" title="待认领的暂存款">
        {queue.isError && <ProblemAlert error={queue.error} />}
        <Table<UnmatchedItem>
          rowKey="id"
          size="small"
          loading={queue.isLoading}
          dataSource={queue.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: '没有待认领的暂存款' }}
          columns={[
            { title: '到账日期', dataIndex: 'receivedOn', key: 'on', width: 110 },
            { title: '付款人', dataIndex: 'payerName', key: 'payer' },
            { title: '金额（元）', dataIndex: 'amount', key: 'amount', align: 'right' },
            { title: '附言', key: 'remark', render: (_, u) => u.remark ?? '—' },
            {
              title: '认领期限',
              key: 'claimBy',
              render: (_, u) => (u.overdue ? <Tag color="error">{u.claimBy} 已超期</Tag> : <Tag>{u.claimBy} 前</Tag>),
            },
            {
              title: '建议案件',
              key: 'suggestions',
              render: (_, u) =>
                u.suggestions.map((s) => (
                  <div key={s.caseId}>
                    <Link to={`/cases/${s.caseId}?tab=funds`}>{s.caseNumber}</Link>
                  </div>
                )),
            },
            ...(finance ? [{ title: '认领', key: 'claim', render: (_: unknown, u: UnmatchedItem) => <ClaimCell u={u} /> }] : []),
          ]}
        />
      </Card>
    </Space>
  );
}
