import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { Money } from '../../components/Money.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useCaseSearches, type AssetFinding, type AssetSearch } from './searches.api.ts';
import { StartSearchDialog } from './StartSearchDialog.tsx';
import { ResearchHistory } from '../dormant/ResearchHistory.tsx';

// The case's 查控 tab: start a search, each search with its institutions' status, and what was found.

const requestColors: Record<string, string> = {
  pending: 'processing',
  sent: 'processing',
  answered: 'success',
  failed: 'error',
  'timed-out': 'warning',
};
const searchColors: Record<string, string> = { running: 'processing', complete: 'success', partial: 'warning' };
const shortName = (name: string) => name.replace('（模拟）', '');

/** The sum of yuan amounts ("1.50" + "2" → "3.50"), in integer fen: money never goes through floats. */
function sumYuan(values: readonly (string | null)[]): string {
  let fen = 0n;
  for (const v of values) {
    if (!v) continue;
    const [whole = '0', cents = ''] = v.split('.');
    fen += BigInt(whole) * 100n + BigInt(cents.padEnd(2, '0').slice(0, 2) || '0');
  }
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
}

function FindingsTable({ findings }: { findings: AssetFinding[] }) {
  if (findings.length === 0) return <Typography.Text type="secondary">暂未查到财产</Typography.Text>;
  return (
    <Table<AssetFinding>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={findings}
      scroll={{ x: 'max-content' }}
      aria-label="查到的财产"
      columns={[
        { title: '被执行人', dataIndex: 'debtorName', responsive: ['md'] },
        { title: '财产类别', dataIndex: 'kindName' },
        {
          title: '财产标识',
          dataIndex: 'identifier',
          render: (v: string) => <Typography.Text copyable={{ text: v }}>{v}</Typography.Text>,
        },
        {
          title: '余额或估值',
          dataIndex: 'estimatedValue',
          align: 'right',
          render: (v: string | null) => (v === null ? '—' : <Money value={v} />),
        },
        { title: '协助执行单位', dataIndex: 'institutionName', render: shortName },
        { title: '说明', dataIndex: 'description', responsive: ['lg'], ellipsis: { showTitle: true }, width: 320 },
      ]}
    />
  );
}

function SearchCard({ s }: { s: AssetSearch }) {
  const debtors = [...new Set(s.requests.map((r) => r.debtorName))];
  const answered = s.requests.filter((r) => r.status === 'answered').length;
  const total = sumYuan(s.findings.map((f) => f.estimatedValue));
  return (
    <section aria-label={`查控 ${formatDateTime(s.startedAt)}`}>
      <Card
        size="small"
        className="section-card"
        title={
          <Flex gap={8} wrap align="center">
            <span>{formatDateTime(s.startedAt)} 发起</span>
            <Tag color={searchColors[s.status]} bordered={false}>
              {s.statusName}
            </Tag>
          </Flex>
        }
        extra={<Typography.Text type="secondary">{`已答复 ${answered}/${s.requests.length}`}</Typography.Text>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="发起人">{s.startedBy}</Descriptions.Item>
          <Descriptions.Item label="查到财产">
            {`${s.findings.length} 项，合计 `}
            <Money value={total} />
          </Descriptions.Item>
        </Descriptions>
        {debtors.map((name) => (
          <div key={name} style={{ marginBottom: 10 }}>
            <Typography.Text strong>{name}</Typography.Text>
            <Flex gap={6} wrap style={{ marginTop: 6 }} role="list" aria-label={`${name}的查询请求`}>
              {s.requests
                .filter((r) => r.debtorName === name)
                .map((r) => (
                  <Tag
                    key={r.id}
                    role="listitem"
                    color={requestColors[r.status]}
                    bordered={false}
                    title={r.failureReason ?? r.statusName}
                    style={{ marginInlineEnd: 0 }}
                  >
                    {`${shortName(r.institutionName)}：${r.statusName}${r.status === 'answered' ? `（${r.findings} 项）` : ''}`}
                  </Tag>
                ))}
            </Flex>
          </div>
        ))}
        <FindingsTable findings={s.findings} />
      </Card>
    </section>
  );
}

export function SearchesTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const q = useCaseSearches(c.id);
  const [open, setOpen] = useState(false);
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <ProblemAlert error={q.error} />;
  const { debtors, kinds, items } = q.data;
  const mayStart = can(me, 'case.progress') && c.status !== 'closed';
  const running = items.some((s) => s.status === 'running');
  const allWaiting = debtors.length > 0 && debtors.every((d) => d.waiting);
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Typography.Text type="secondary">
          通过网络执行查控系统向协助执行单位查询被执行人的存款、不动产、车辆、证券、股权、网络支付账户等财产。
        </Typography.Text>
        {mayStart && (
          <Button
            type="primary"
            onClick={() => setOpen(true)}
            disabled={debtors.length === 0 || allWaiting}
            title={allWaiting ? '被执行人的查控尚未全部答复，答复后才能再次发起' : undefined}
          >
            发起查控
          </Button>
        )}
      </Flex>
      {/* 终本 cases: the six-monthly re-searches (src/dormant, ADR 0213) */}
      {c.closure?.mode === 'current-procedure-terminated' && <ResearchHistory caseId={c.id} />}
      {running && <Alert type="info" showIcon message="查询请求正在发送或等待答复，本页自动刷新。" />}
      {items.length === 0 ? <Empty description="尚未发起网络查控" /> : items.map((s) => <SearchCard key={s.id} s={s} />)}
      {mayStart && <StartSearchDialog caseId={c.id} debtors={debtors} kinds={kinds} open={open} onClose={() => setOpen(false)} />}
    </Flex>
  );
}
