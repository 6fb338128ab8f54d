import { useState } from 'react';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { can, useMe } from '../access/access.api.ts';
import { useCaseResearches, type DormantResearch } from './dormant.api.ts';
import { DeclineResumptionDialog } from './DeclineResumptionDialog.tsx';

// A case's 终本 re-searches (终本规定 第9条): each six-monthly search, its answers and what it found,
// and the result told to the applicant. Shown on the case page's 查控 tab of a case in the pool.
// A find is reviewed (ADR 0215): resumed through 恢复执行, or 「不恢复执行」 with a reason here.

const outcome = (r: DormantResearch) =>
  r.answeredOn === null ? (
    <Tag color="processing">{`答复中 ${r.answered}/${r.requests}`}</Tag>
  ) : r.findings > 0 ? (
    <Tag color="error">{`发现财产 ${r.findings} 项`}</Tag>
  ) : (
    <Tag>未发现财产</Tag>
  );

const review = (r: DormantResearch) =>
  r.findReview === 'open' ? (
    <Tag color="warning">待审查是否恢复执行</Tag>
  ) : r.findReview === 'resumed' ? (
    <Tag color="success">已恢复执行</Tag>
  ) : r.findReview === 'declined' ? (
    <Space direction="vertical" size={0}>
      <Tag>不恢复执行</Tag>
      {r.declineReason && <Typography.Text type="secondary">{r.declineReason}</Typography.Text>}
    </Space>
  ) : (
    '—'
  );

const baseColumns: ColumnsType<DormantResearch> = [
  { title: '次数', dataIndex: 'cycle', width: 70, render: (n: number) => `第${n}次` },
  { title: '期限', dataIndex: 'dueOn', className: 'term-date' },
  { title: '查询日期', dataIndex: 'sentOn', className: 'term-date' },
  { title: '结果', key: 'outcome', render: (_, r) => outcome(r) },
  { title: '估值（元）', dataIndex: 'value', align: 'right', render: (v: string, r) => (r.findings > 0 ? v : '—') },
  {
    title: '告知申请执行人',
    dataIndex: 'notice',
    render: (v: string | null) => (v ? <Typography.Text type="secondary">{v}</Typography.Text> : '—'),
  },
];

export function ResearchHistory({ caseId }: { caseId: string }) {
  const q = useCaseResearches(caseId);
  const me = useMe().data;
  const [declining, setDeclining] = useState<DormantResearch | null>(null);
  const mayDecide = can(me, 'case.file');
  const columns: ColumnsType<DormantResearch> = [
    ...baseColumns,
    {
      title: '审查',
      key: 'review',
      width: 200,
      render: (_, r) => (
        <Space direction="vertical" size={4}>
          {review(r)}
          {r.findReview === 'open' && mayDecide && (
            <Button size="small" onClick={() => setDeclining(r)} aria-label={`第${r.cycle}次复查不恢复执行`}>
              不恢复执行
            </Button>
          )}
        </Space>
      ),
    },
  ];
  if (q.isError) return <ProblemAlert error={q.error} />;
  if (!q.data?.inPool && !q.data?.items.length) return null;
  return (
    <Card
      title="终本复查记录"
      className="section-card"
      extra={q.data.nextSearchDue ? <Typography.Text type="secondary">{`下一次复查期限 ${q.data.nextSearchDue}`}</Typography.Text> : null}
    >
      <Table
        rowKey="cycle"
        size="small"
        columns={columns}
        dataSource={q.data.items}
        pagination={false}
        scroll={{ x: 960 }}
        locale={{ emptyText: <Empty description="尚未复查（终本后每六个月查询一次，五年为止）" /> }}
        aria-label="终本复查记录"
      />
      <DeclineResumptionDialog caseId={caseId} research={declining} onClose={() => setDeclining(null)} />
    </Card>
  );
}
