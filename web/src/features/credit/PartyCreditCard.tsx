import { useState } from 'react';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { RestorationDialog, type RestorationTarget } from './RestorationDialog.tsx';
import { restorationColor } from './RestorationPanel.tsx';
import { useOwnListings, type PartyDishonestListing } from './restoration.api.ts';

// 信用修复 in the party portal: the debtor's own listings on this case, each with its requests for
// 信用修复 and where they stand; a listing in force or in its grace can be asked to be deleted early.

const listingColor: Record<string, string> = { decided: 'warning', published: 'error', deleted: 'success', expired: 'default' };

export function PartyCreditCard({ caseId }: { caseId: string }) {
  const q = useOwnListings(caseId);
  const [filing, setFiling] = useState<RestorationTarget>(null);
  if (q.isError) return <ProblemAlert error={q.error} />;
  const items = q.data?.items ?? [];
  const listing = (l: PartyDishonestListing) => (
    <List.Item key={l.id}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{l.debtorName}</Typography.Text>
          <Tag color={listingColor[l.status] ?? 'default'}>{l.statusName}</Tag>
        </Space>
        <Typography.Text>
          第{l.ground}项：{l.groundName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          决定 {l.decidedOn}；公布 {l.publishedOn ?? `${l.publishOn}（拟）`}；期限至 {l.endsOn ?? '无固定期限'}
          {l.endGroundName ? `；${l.endedOn} ${l.endGroundName}` : ''}
        </Typography.Text>
        {l.restorations.map((r) => (
          <Space key={r.id} wrap size={4}>
            <Typography.Text>
              信用修复申请（{r.filedAt.slice(0, 10)}，{r.groundName}）
            </Typography.Text>
            <Tag color={restorationColor[r.state] ?? 'default'}>{r.stateName}</Tag>
            {r.decisionReason && <Typography.Text type="secondary">理由：{r.decisionReason}</Typography.Text>}
          </Space>
        ))}
        {l.restorable && (
          <Button type="primary" onClick={() => setFiling({ id: l.id, debtorName: l.debtorName })}>
            申请信用修复
          </Button>
        )}
      </Space>
    </List.Item>
  );
  return (
    <Card size="small" title="失信记录与信用修复" loading={q.isLoading}>
      <Typography.Paragraph type="secondary">
        您已积极履行义务或主动纠正失信行为的，可申请提前删除失信信息（失信名单规定
        第2条第2款），须提交书面信用承诺；经执行法官审查、院长审批同意后删除。
      </Typography.Paragraph>
      {items.length === 0 ? <Empty description="您在本案没有失信被执行人名单记录" /> : <List dataSource={items} renderItem={listing} />}
      <RestorationDialog listing={filing} asParty onClose={() => setFiling(null)} />
    </Card>
  );
}
