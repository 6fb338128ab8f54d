import { useState } from 'react';
import { Button, Card, Grid, Space, Table, Tag, Typography } from 'antd';
import { can, type Me } from '../access/access.api.ts';
import type { DishonestListing } from './credit.api.ts';
import { RestorationDialog, type RestorationTarget } from './RestorationDialog.tsx';
import { useListingRestorations, type CreditRestoration } from './restoration.api.ts';

// 信用修复 on the 信用惩戒 tab: each request for a listing of the case, where its approval stands, and,
// for a listing still in force or in its grace, the officer's button to file one (ADR 0209).

export const restorationColor: Record<string, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};
const restorable = (l: DishonestListing) => l.status === 'decided' || l.status === 'published';

export function RestorationPanel({ listings, me }: { listings: readonly DishonestListing[]; me: Me | null | undefined }) {
  const phone = !Grid.useBreakpoint().md;
  const [filing, setFiling] = useState<RestorationTarget>(null);
  const decided = listings.filter((l) => l.status !== 'pending' && l.status !== 'rejected');
  const qs = useListingRestorations(decided.map((l) => l.id));
  const items = qs.flatMap((q) => q.data?.items ?? []);
  if (decided.length === 0) return null;
  const pendingOf = (l: DishonestListing) => items.some((r) => r.listingId === l.id && r.state === 'pending');
  const mayFile = can(me, 'sanction.record');
  const buttons = mayFile
    ? decided
        .filter((l) => restorable(l) && !pendingOf(l))
        .map((l) => (
          <Button key={l.id} size="small" onClick={() => setFiling({ id: l.id, debtorName: l.debtorName })}>
            登记信用修复{decided.length > 1 ? ` — ${l.debtorName}` : ''}
          </Button>
        ))
    : [];
  const state = (r: CreditRestoration) => (
    <Space direction="vertical" size={0}>
      <Tag color={restorationColor[r.state] ?? 'default'}>{r.stateName}</Tag>
      {r.decidedOn && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.decidedOn}
          {r.decisionReason ? ` ${r.decisionReason}` : ''}
        </Typography.Text>
      )}
    </Space>
  );
  return (
    <Card size="small" title="信用修复" extra={buttons.length ? <Space wrap>{buttons}</Space> : null} loading={qs.some((q) => q.isLoading)}>
      <Table<CreditRestoration>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: '尚无信用修复申请' }}
        columns={[
          {
            title: '申请',
            key: 'what',
            render: (_: unknown, r) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>
                  {r.debtorName}：{r.groundName}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.filedByKindName} {r.filedBy} {r.filedAt.slice(0, 10)}
                </Typography.Text>
                {!phone && <Typography.Text style={{ fontSize: 12 }}>信用承诺：{r.commitment}</Typography.Text>}
              </Space>
            ),
          },
          { title: '状态', key: 'state', width: phone ? 130 : 220, render: (_: unknown, r) => state(r) },
        ]}
      />
      <RestorationDialog listing={filing} asParty={false} onClose={() => setFiling(null)} />
    </Card>
  );
}
