import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { FileAddOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { Money } from '../../components/Money.tsx';
import { can, useMe } from '../access/access.api.ts';
import { useCaseList, type CaseFilters, type CaseListItem } from './cases.api.ts';
import { CaseFilterForm } from './CaseFilterForm.tsx';
import { StatusTag } from './StatusTag.tsx';

const FILTER_KEYS = ['status', 'party', 'court', 'filedFrom', 'filedTo'] as const;
const PAGE_SIZES = [20, 50, 100];

// The case number links to the detail; users who see several courts also get the court under it.
function columnsFor(manyCourts: boolean): TableColumnsType<CaseListItem> {
  return [
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: manyCourts ? 230 : 200,
      render: (v: string, r) => (
        <>
          <Link to={`/cases/${r.id}`} className="case-number" onClick={(e) => e.stopPropagation()}>
            {v}
          </Link>
          {manyCourts && (
            <div className="case-court" title={r.court.name}>
              {r.court.name}
            </div>
          )}
        </>
      ),
    },
    { title: '申请执行人', dataIndex: 'applicants', ellipsis: { showTitle: true } },
    { title: '被执行人', dataIndex: 'debtors', ellipsis: { showTitle: true } },
    { title: '立案日期', dataIndex: 'filedOn', width: 110 },
    { title: '申请执行标的', dataIndex: 'claimAmount', width: 150, align: 'right', render: (v: string) => <Money value={v} /> },
    {
      title: '案件状态',
      dataIndex: 'status',
      width: 180,
      render: (_: unknown, r) => <StatusTag status={r.status} closureMode={r.closureMode} />,
    },
    {
      title: '承办人',
      dataIndex: 'officerName',
      width: 130,
      ellipsis: true,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">未指定</Typography.Text>,
    },
  ];
}

export function CaseListPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = useMemo(
    () => Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v)) as CaseFilters,
    [params],
  );
  // Keyset pagination: the URL keeps the cursors of the pages walked so far, so "back" works.
  const cursors = (params.get('pages') ?? '').split('~').filter(Boolean);
  const limit = PAGE_SIZES.includes(Number(params.get('limit'))) ? Number(params.get('limit')) : 20;
  const list = useCaseList(filters, cursors.at(-1), limit);

  const go = (next: { filters?: CaseFilters; cursors?: string[]; limit?: number }) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next.filters ?? filters)) if (v) p.set(k, v);
    const cs = next.cursors ?? cursors;
    if (cs.length) p.set('pages', cs.join('~'));
    const l = next.limit ?? limit;
    if (l !== 20) p.set('limit', String(l));
    setParams(p);
  };

  const page = cursors.length + 1;
  const items = list.data?.items ?? [];
  const nextCursor = list.data?.nextCursor ?? null;

  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>案件列表</Typography.Title>
        {can(me.data, 'case.file') && (
          <Link to="/cases/new">
            <Button type="primary" icon={<FileAddOutlined />}>
              立案
            </Button>
          </Link>
        )}
      </div>
      <Card className="section-card" size="small" styles={{ body: { padding: '16px 16px 4px' } }}>
        <CaseFilterForm filters={filters} onSearch={(f) => go({ filters: f, cursors: [] })} />
      </Card>
      <Card className="section-card" styles={{ body: { padding: 0 } }}>
        {list.isError && <ProblemAlert error={list.error} style={{ margin: 16 }} />}
        <Table<CaseListItem>
          rowKey="id"
          size="middle"
          className="clickable-rows"
          columns={columnsFor(me.data?.scope === 'subtree')}
          dataSource={items}
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: list.isPending ? '正在加载…' : '没有符合条件的案件' }}
          onRow={(r) => ({ onClick: () => void navigate(`/cases/${r.id}`) })}
        />
        <div
          className="list-pager"
          style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '12px 16px' }}
        >
          <Typography.Text type="secondary">
            第 {page} 页{items.length ? `，本页 ${items.length} 件` : ''}
          </Typography.Text>
          <Space>
            <Select
              size="middle"
              value={limit}
              style={{ width: 110 }}
              options={PAGE_SIZES.map((n) => ({ value: n, label: `每页 ${n} 件` }))}
              onChange={(l) => go({ cursors: [], limit: l })}
            />
            <Button icon={<LeftOutlined />} disabled={page === 1} onClick={() => go({ cursors: cursors.slice(0, -1) })}>
              上一页
            </Button>
            <Button disabled={!nextCursor || list.isFetching} onClick={() => nextCursor && go({ cursors: [...cursors, nextCursor] })}>
              下一页 <RightOutlined />
            </Button>
          </Space>
        </div>
      </Card>
    </>
  );
}
