import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Grid, Pagination, Segmented, Space, Table, Typography } from 'antd';
import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { can, useMe } from '../access/access.api.ts';
import { exportUrl, useCaseCount, useCaseList, type CaseFilters, type CaseListItem, type ListQuery } from './cases.api.ts';
import { CaseFilterForm } from './CaseFilterForm.tsx';
import { CaseCards } from './CaseCards.tsx';
import { columnsFor, ColumnSettings, useListSettings, type Density } from './case-columns.tsx';

const FILTER_KEYS = [
  'caseNumber',
  'party',
  'titleNumber',
  'status',
  'closureMode',
  'officer',
  'year',
  'filedFrom',
  'filedTo',
  'amountFrom',
  'amountTo',
  'deadline',
  'court',
] as const;
const PAGE_SIZES = [20, 50, 100];
type Sort = NonNullable<ListQuery['sort']>;
type Order = NonNullable<ListQuery['order']>;

/** The filters, page, size and order as the URL holds them: a page number, never a trail of cursors. */
function readParams(params: URLSearchParams) {
  const filters = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v !== undefined && v !== ''),
  ) as Record<string, string>;
  // The URL's text as the query's types: the year a number, the enumerations as the server checks them.
  const f = { ...filters, year: filters.year ? Number(filters.year) : undefined } as unknown as CaseFilters;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const limit = PAGE_SIZES.includes(Number(params.get('limit'))) ? Number(params.get('limit')) : 20;
  const sort = (['filedOn', 'claimAmount', 'caseNumber'] as const).find((s) => s === params.get('sort'));
  const order: Order = params.get('order') === 'asc' ? 'asc' : 'desc';
  return { filters: f, page, limit, sort, order };
}

export function CaseListPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { filters, page, limit, sort, order } = useMemo(() => readParams(params), [params]);
  const phone = !Grid.useBreakpoint().md;
  const settings = useListSettings();
  const query: ListQuery = { ...filters, page, limit, ...(sort ? { sort, order } : {}) };
  const list = useCaseList(query);
  const count = useCaseCount(filters);
  const myId = me.data?.id ?? null;

  const go = (next: { filters?: CaseFilters; page?: number; limit?: number; sort?: Sort | undefined; order?: Order }) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next.filters ?? filters)) if (v !== undefined && v !== '') p.set(k, String(v));
    const pg = next.page ?? 1;
    if (pg > 1) p.set('page', String(pg));
    const l = next.limit ?? limit;
    if (l !== 20) p.set('limit', String(l));
    const s = 'sort' in next ? next.sort : sort;
    if (s) {
      p.set('sort', s);
      p.set('order', next.order ?? order);
    }
    setParams(p);
  };

  const items = list.data?.items ?? [];
  const total = count.data?.total ?? 0;
  const mine = Boolean(myId && filters.officer === myId);
  const quick = mine ? 'mine' : filters.deadline === 'overdue' ? 'overdue' : filters.deadline === 'due-soon' ? 'due-soon' : 'all';
  const manyCourts = me.data?.scope === 'subtree';
  const columns = columnsFor({ manyCourts, sort, order, hidden: settings.hidden });

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
        <CaseFilterForm filters={filters} manyCourts={manyCourts} myId={myId} onSearch={(f) => go({ filters: f })} />
      </Card>
      <Card className="section-card" styles={{ body: { padding: 0 } }}>
        <div className="list-toolbar">
          <Segmented
            aria-label="快捷筛选"
            value={quick}
            onChange={(v) => {
              // The filters as the URL holds them now (a reset a moment ago may not have re-rendered yet).
              const current = readParams(new URLSearchParams(window.location.search)).filters;
              const rest = { ...current, officer: undefined, deadline: undefined };
              if (v === 'mine') go({ filters: { ...rest, officer: myId ?? undefined } });
              else if (v === 'overdue' || v === 'due-soon') go({ filters: { ...rest, deadline: v } });
              else go({ filters: rest });
            }}
            options={[
              { value: 'all', label: '全部' },
              ...(myId && can(me.data, 'case.progress') ? [{ value: 'mine', label: '我承办的' }] : []),
              { value: 'overdue', label: '已超期' },
              { value: 'due-soon', label: '临期' },
            ]}
          />
          <Space wrap className="list-toolbar-right">
            <Typography.Text type="secondary" role="status" aria-label="案件总数">
              共 {count.data ? `${total.toLocaleString('zh-CN')}${count.data.capped ? '+' : ''}` : '…'} 件
            </Typography.Text>
            {!phone && (
              <>
                <Segmented<Density>
                  aria-label="行高"
                  size="small"
                  value={settings.density}
                  onChange={settings.setDensity}
                  options={[
                    { value: 'middle', label: '标准' },
                    { value: 'small', label: '紧凑' },
                  ]}
                />
                <ColumnSettings hidden={settings.hidden} onChange={settings.setHidden} />
              </>
            )}
            {can(me.data, 'case.read') && (
              <Button icon={<DownloadOutlined />} href={exportUrl({ ...filters, ...(sort ? { sort, order } : {}) })} disabled={!total}>
                导出 Excel
              </Button>
            )}
          </Space>
        </div>
        {list.isError && <ProblemAlert error={list.error} style={{ margin: 16 }} />}
        {phone ? (
          <CaseCards items={items} loading={list.isFetching} empty={list.isPending ? '正在加载…' : '没有符合条件的案件'} />
        ) : (
          <Table<CaseListItem>
            rowKey="id"
            size={settings.density}
            className="clickable-rows"
            columns={columns}
            dataSource={items}
            loading={list.isFetching}
            pagination={false}
            scroll={{ x: 1100 }}
            rowClassName={(r) => (r.term?.state === 'overdue' ? 'row-overdue' : r.term?.state === 'due-soon' ? 'row-due-soon' : '')}
            locale={{ emptyText: list.isPending ? '正在加载…' : '没有符合条件的案件' }}
            onRow={(r) => ({ onClick: () => void navigate(`/cases/${r.id}`) })}
            onChange={(_p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const key = s?.order ? (s.columnKey as Sort) : undefined;
              go({ sort: key, order: s?.order === 'ascend' ? 'asc' : 'desc' });
            }}
          />
        )}
        <div className="list-pager">
          <Pagination
            current={page}
            pageSize={limit}
            total={Math.min(total, 10_000)}
            showSizeChanger={!phone}
            pageSizeOptions={PAGE_SIZES}
            simple={phone}
            showTotal={phone ? undefined : (t) => `第 ${page} 页，共 ${t.toLocaleString('zh-CN')}${count.data?.capped ? '+' : ''} 件`}
            onChange={(p, size) => go(size !== limit ? { page: 1, limit: size } : { page: p })}
          />
        </div>
      </Card>
    </>
  );
}
