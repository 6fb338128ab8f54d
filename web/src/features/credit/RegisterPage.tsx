import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Col, DatePicker, Empty, Form, Grid, Input, Pagination, Row, Select, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, toLocalDate } from '../../lib/dates.ts';
import { groundNames } from '../../../../src/rules/dishonest-listing.ts';
import { useMe } from '../access/access.api.ts';
import { CourtSelect } from '../access/CourtSelect.tsx';
import { listingStatusColor, listingStatusOptions, useListingRegister, type ListingStatus, type RegisterItem } from './register.api.ts';

// 失信名单: the court's dishonest-list register, newest decision first, filtered by status, ground,
// the debtor's name or the case number and the decision dates; a table on a desktop, cards on a phone.

const PAGE_SIZE = 20;
const groundOptions = Object.entries(groundNames).map(([g, name]) => ({ value: Number(g), label: `第${g}项 ${name}` }));
const statuses = listingStatusOptions.map((o) => o.value) as readonly string[];

type Values = { q?: string; status?: ListingStatus; ground?: number; decided?: [Dayjs | null, Dayjs | null] | undefined; court?: string };

const caseLink = (l: RegisterItem) => (
  <Link to={`/cases/${l.caseId}?tab=credit`} className="case-number">
    {l.caseNumber}
  </Link>
);
const statusTag = (l: RegisterItem) => <Tag color={listingStatusColor[l.status]}>{l.statusName}</Tag>;
const published = (l: RegisterItem) =>
  l.publishedOn ?? (l.status === 'decided' ? <Typography.Text type="secondary">{`${l.publishOn} 期满公布`}</Typography.Text> : '—');
const ended = (l: RegisterItem) =>
  l.endedOn ? (
    <>
      <span className="term-date">{l.endedOn}</span>
      <div>
        <Typography.Text type="secondary">{l.endGroundName}</Typography.Text>
      </div>
      {l.deletionDueOn && (
        <div>
          <Typography.Text type="secondary">{`删除期限 ${l.deletionDueOn}`}</Typography.Text>
        </div>
      )}
    </>
  ) : (
    '—'
  );
const date = { className: 'term-date', onCell: () => ({ style: { whiteSpace: 'nowrap' as const } }) };

const columns: ColumnsType<RegisterItem> = [
  {
    title: '被执行人 / 案号',
    key: 'who',
    render: (_, l) => (
      <>
        <div>{l.debtorKind === 'organization' ? `${l.debtorName}（单位）` : l.debtorName}</div>
        {caseLink(l)}
      </>
    ),
  },
  {
    title: '纳入情形',
    dataIndex: 'ground',
    width: 190,
    render: (g: number, l) => (
      <>
        <div>{`第${g}项`}</div>
        <Typography.Text type="secondary">{l.groundName}</Typography.Text>
      </>
    ),
  },
  { title: '状态', dataIndex: 'status', render: (_, l) => statusTag(l) },
  { title: '决定日期', dataIndex: 'decidedOn', ...date },
  { title: '公布日期', key: 'published', ...date, render: (_, l) => published(l) },
  { title: '期限届满', dataIndex: 'endsOn', ...date, render: (v: string | null) => v ?? '无固定期限' },
  { title: '删除 / 届满', key: 'ended', width: 200, render: (_, l) => ended(l) },
];

function Cards({ items, loading }: { items: RegisterItem[]; loading: boolean }) {
  if (!items.length)
    return loading ? <Spin style={{ display: 'block', padding: 32 }} /> : <Empty description="没有符合条件的失信名单记录" />;
  return (
    <ul className="case-cards" aria-label="失信名单记录">
      {items.map((l) => (
        <li key={l.id} className="case-card">
          <div className="case-card-facts">
            <strong>{l.debtorName}</strong>
            {statusTag(l)}
          </div>
          {caseLink(l)}
          <dl className="case-card-parties">
            <dt>纳入情形</dt>
            <dd className="wrap">{`第${l.ground}项 ${l.groundName}`}</dd>
            <dt>决定日期</dt>
            <dd>{l.decidedOn}</dd>
            <dt>公布日期</dt>
            <dd>{published(l)}</dd>
            <dt>期限届满</dt>
            <dd>{l.endsOn ?? '无固定期限'}</dd>
            {l.endedOn && (
              <>
                <dt>删除 / 届满</dt>
                <dd className="wrap">{`${l.endedOn} ${l.endGroundName ?? ''}`}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function RegisterPage() {
  const [search, setSearch] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const wide = Grid.useBreakpoint().md ?? true;
  const me = useMe();
  const status = statuses.includes(search.get('status') ?? '') ? (search.get('status') as ListingStatus) : undefined;
  const ground = Number(search.get('ground')) || undefined;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const query = {
    court: search.get('court') ?? undefined,
    status,
    ground,
    q: search.get('q') ?? undefined,
    from: search.get('from') ?? undefined,
    to: search.get('to') ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  };
  const register = useListingRegister(query);

  useEffect(() => {
    form.setFieldsValue({
      q: query.q,
      status,
      ground,
      court: query.court,
      decided: query.from || query.to ? [fromLocalDate(query.from) ?? null, fromLocalDate(query.to) ?? null] : undefined,
    });
  }, [form, search.toString()]);

  const apply = (v: Values) => {
    const next = new URLSearchParams();
    const put = (k: string, value: string | number | undefined | null) =>
      value !== undefined && value !== null && value !== '' && next.set(k, String(value));
    put('court', v.court);
    put('status', v.status);
    put('ground', v.ground);
    put('q', v.q?.trim());
    put('from', toLocalDate(v.decided?.[0]));
    put('to', toLocalDate(v.decided?.[1]));
    setSearch(next, { replace: true });
  };
  const toPage = (p: number) => {
    const next = new URLSearchParams(search);
    next.set('page', String(p));
    setSearch(next, { replace: true });
  };
  const items = register.data?.items ?? [];

  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>失信被执行人名单</Typography.Title>
        <Typography.Text type="secondary">
          {register.data ? `${register.data.court.name}` : '本院'}的失信名单记录，按决定日期由新到旧。
        </Typography.Text>
      </div>
      <Card className="section-card">
        <Form form={form} className="filter-form" labelCol={{ flex: '84px' }} onFinish={apply} aria-label="失信名单查询条件">
          <Row gutter={24}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="q" label="被执行人">
                <Input allowClear placeholder="被执行人名称或案号（可为片段）" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="status" label="状态">
                <Select allowClear placeholder="全部状态" options={listingStatusOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="ground" label="纳入情形">
                <Select allowClear placeholder="全部情形" options={groundOptions} popupMatchSelectWidth={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="decided" label="决定日期">
                <DatePicker.RangePicker style={{ width: '100%' }} placeholder={['起', '止']} allowEmpty={[true, true]} />
              </Form.Item>
            </Col>
            {me.data?.scope === 'subtree' && (
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="court" label="法院" htmlFor="register-court">
                  <CourtSelect id="register-court" allowClear placeholder="本院" />
                </Form.Item>
              </Col>
            )}
            <Col xs={24} md={12} xl={8}>
              <Form.Item>
                <Button type="primary" htmlType="submit">
                  查询
                </Button>
                <Button style={{ marginLeft: 8 }} onClick={() => setSearch(new URLSearchParams(), { replace: true })}>
                  重置
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {register.isError && <ProblemAlert error={register.error} />}
      <Card className="section-card" styles={{ body: { padding: 0 } }}>
        <div className="list-toolbar">
          <Typography.Text>{register.data ? `共 ${register.data.total} 条` : ' '}</Typography.Text>
        </div>
        {wide ? (
          <Table
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={register.isFetching}
            pagination={false}
            scroll={{ x: 980 }}
            locale={{ emptyText: '没有符合条件的失信名单记录' }}
            aria-label="失信名单记录"
          />
        ) : (
          <Cards items={items} loading={register.isFetching} />
        )}
        {(register.data?.total ?? 0) > PAGE_SIZE && (
          <div className="list-pager">
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={register.data!.total}
              showSizeChanger={false}
              onChange={toPage}
              simple={!wide}
            />
          </div>
        )}
      </Card>
    </>
  );
}
