import { useSearchParams } from 'react-router-dom';
import { Button, Card, DatePicker, Descriptions, Form, Skeleton, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { todayInShanghai } from '../../lib/dates.ts';
import { CourtSelect } from '../access/CourtSelect.tsx';
import { reconciliationXlsxUrl, useReconciliation } from './reconcile.api.ts';

type Difference = NonNullable<ReturnType<typeof useReconciliation>['data']>['differences'][number];

const kindColors: Record<Difference['kind'], string> = { missing: 'red', extra: 'orange', 'amount-differs': 'gold' };

/** 对账: the court account's imported statement against the ledger as of a date, for finance and the bureau head. */
export function ReconciliationPage() {
  const [search, setSearch] = useSearchParams();
  const court = search.get('court') ?? undefined;
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(search.get('asOf') ?? '') ? search.get('asOf')! : todayInShanghai();
  const report = useReconciliation({ court, asOf });
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next, { replace: true });
  };
  const r = report.data;

  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>对账</Typography.Title>
        <Typography.Text type="secondary">
          法院案款专户已导入的银行流水与账务逐笔核对：流水有、账上无标红，账上有、流水无标橙，金额不符标黄。
        </Typography.Text>
      </div>
      <Card className="section-card">
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label="法院" htmlFor="reconcile-court">
            <CourtSelect id="reconcile-court" value={court} onChange={(v) => set('court', v)} placeholder="本院" />
          </Form.Item>
          <Form.Item label="截止日期" htmlFor="reconcile-as-of">
            <DatePicker
              id="reconcile-as-of"
              allowClear={false}
              value={dayjs(asOf)}
              onChange={(d) => set('asOf', d ? d.format('YYYY-MM-DD') : undefined)}
            />
          </Form.Item>
          <Form.Item>
            <Button icon={<DownloadOutlined />} href={reconciliationXlsxUrl({ court, asOf })} disabled={!r}>
              导出 XLSX
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {report.error && <ProblemAlert error={report.error} />}
      {report.isPending && <Skeleton active />}
      {r && (
        <Card
          className="section-card"
          title={<span style={{ whiteSpace: 'normal' }}>{`${r.court.name}（${r.court.code}），截至 ${r.asOf}`}</span>}
        >
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 4 }}
            aria-label="对账合计"
            items={[
              { key: 's', label: '流水合计', children: `${r.statementTotal} 元（${r.statementLines} 笔）` },
              { key: 'l', label: '账务合计', children: `${r.ledgerTotal} 元（${r.ledgerMovements} 笔）` },
              {
                key: 'd',
                label: '差额',
                children: <Typography.Text type={r.clean ? 'success' : 'danger'}>{r.difference} 元</Typography.Text>,
              },
              { key: 'm', label: '相符', children: `${r.matched} 笔` },
            ]}
          />
          {r.clean ? (
            <Tag color="green">无差异</Tag>
          ) : (
            <Table<Difference>
              aria-label="对账差异"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              rowKey={(d) => `${d.kind}:${d.statement?.bankReference ?? ''}:${d.ledger?.transactionId ?? ''}`}
              dataSource={r.differences}
              columns={[
                { title: '差异', key: 'kind', render: (_, d) => <Tag color={kindColors[d.kind]}>{d.kindName}</Tag> },
                { title: '流水号', key: 'ref', render: (_, d) => d.statement?.bankReference ?? d.ledger?.reference ?? '—' },
                { title: '到账日期', key: 'on', render: (_, d) => d.statement?.receivedOn ?? '—' },
                { title: '流水金额（元）', key: 'sa', align: 'right', render: (_, d) => d.statement?.amount ?? '—' },
                { title: '记账日期', key: 'po', render: (_, d) => d.ledger?.postedOn ?? '—' },
                { title: '账务金额（元）', key: 'la', align: 'right', render: (_, d) => d.ledger?.amount ?? '—' },
                { title: '案号', key: 'case', render: (_, d) => d.ledger?.caseNumber ?? '—' },
                { title: '差额（元）', key: 'diff', align: 'right', render: (_, d) => d.difference },
              ]}
            />
          )}
        </Card>
      )}
    </>
  );
}
