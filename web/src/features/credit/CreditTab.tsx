import { useState } from 'react';
import { Alert, Button, Card, Grid, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useCaseListings, type DishonestListing } from './credit.api.ts';
import { DecideListingDialog, DeleteListingDialog } from './ListingDialogs.tsx';
import { NotificationsPanel } from './NotificationsPanel.tsx';
import { RestrictionPanel } from './RestrictionPanel.tsx';
import { CorrectionPanel } from './CorrectionPanel.tsx';
import { RestorationPanel } from './RestorationPanel.tsx';
import { LevelCard } from './LevelCard.tsx';

// 信用惩戒 on the case page: the case's dishonest listings (失信被执行人名单) from the decision through
// the 院长's sign-off, grace and publication to their deletion, and, for each published one, whether
// every recipient has acknowledged its addition and its deletion; below them, the 限制消费令 (RestrictionPanel).

const statusColor: Record<string, string> = {
  pending: 'processing',
  decided: 'warning',
  published: 'error',
  deleted: 'success',
  expired: 'default',
  rejected: 'default',
};

const live = (l: DishonestListing) => l.status === 'decided' || l.status === 'published';

export function CreditTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const phone = !Grid.useBreakpoint().md;
  const q = useCaseListings(c.id);
  const [deciding, setDeciding] = useState(false);
  const [deleting, setDeleting] = useState<DishonestListing | null>(null);
  const mayDecide = can(me, 'sanction.record');
  const items = q.data?.items ?? [];
  const deleteButton = (l: DishonestListing) =>
    mayDecide && live(l) ? (
      <Button size="small" danger onClick={() => setDeleting(l)}>
        删除失信信息
      </Button>
    ) : null;
  const statusCell = (l: DishonestListing) => (
    <Space direction="vertical" size={0}>
      <Tag color={statusColor[l.status] ?? 'default'}>{l.statusName}</Tag>
      {l.endGroundName && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {l.endedOn} {l.endGroundName}
          {l.deletionDueOn ? `；通知期限 ${l.deletionDueOn}` : ''}
        </Typography.Text>
      )}
    </Space>
  );
  const desktopColumns: TableColumnsType<DishonestListing> = [
    { title: '被执行人', dataIndex: 'debtorName' },
    {
      title: '纳入情形',
      dataIndex: 'ground',
      render: (g: number, l) => (
        <span title={l.groundName}>
          第{g}项 {l.groundName}
        </span>
      ),
    },
    { title: '决定日期', dataIndex: 'decidedOn', width: 104 },
    { title: '公布日期', key: 'publish', width: 104, render: (_: unknown, l) => l.publishedOn ?? `${l.publishOn}（拟）` },
    { title: '期限至', dataIndex: 'endsOn', width: 104, render: (v: string | null) => v ?? '无固定期限' },
    { title: '状态', dataIndex: 'status', render: (_: string, l) => statusCell(l) },
    { title: '操作', key: 'actions', render: (_: unknown, l) => deleteButton(l) },
  ];
  // A phone has room for two columns: who and on what ground with the dates, then the state and the action.
  const phoneColumns: TableColumnsType<DishonestListing> = [
    {
      title: '被执行人',
      key: 'debtor',
      render: (_: unknown, l) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{l.debtorName}</Typography.Text>
          <Typography.Text title={l.groundName}>第{l.ground}项</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            决定 {l.decidedOn}；公布 {l.publishedOn ?? `${l.publishOn}（拟）`}；期限至 {l.endsOn ?? '无固定期限'}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '状态',
      key: 'status',
      width: 150,
      render: (_: unknown, l) => (
        <Space direction="vertical" size={4}>
          {statusCell(l)}
          {deleteButton(l)}
        </Space>
      ),
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <LevelCard caseId={c.id} />
      {q.isError && <ProblemAlert error={q.error} />}
      <Card
        size="small"
        title="失信被执行人名单"
        loading={q.isLoading}
        extra={
          mayDecide && c.status !== 'closed' ? (
            <Button type="primary" onClick={() => setDeciding(true)}>
              纳入失信名单
            </Button>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          纳入须经院长审核签发，宽限期届满仍未履行的予以公布；执行完毕、终结执行、不予执行结案时自动删除，删除后三个工作日内通知每个接收方并取得确认。
        </Typography.Paragraph>
        <Table<DishonestListing>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          locale={{ emptyText: '本案尚未纳入失信被执行人名单' }}
          expandable={{
            rowExpandable: (l) => l.publishedOn !== null || live(l),
            expandedRowRender: (l) => (
              <>
                {l.publishedOn !== null && <NotificationsPanel listingId={l.id} />}
                <CorrectionPanel listing={l} me={me} />
              </>
            ),
          }}
          columns={phone ? phoneColumns : desktopColumns}
        />
        {items.some((l) => l.status === 'pending') && (
          <Alert style={{ marginTop: 8 }} type="info" showIcon message="有纳入决定待院长审核签发，院长在「待审批」中处理。" />
        )}
      </Card>
      <RestorationPanel listings={items} me={me} />
      <RestrictionPanel c={c} me={me} />
      <DecideListingDialog c={c} open={deciding} onClose={() => setDeciding(false)} />
      <DeleteListingDialog listing={deleting} onClose={() => setDeleting(null)} />
    </Space>
  );
}
