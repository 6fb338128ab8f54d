import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Grid,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, toLocalDate } from '../../lib/dates.ts';
import { useMe } from '../access/access.api.ts';
import { CourtSelect } from '../access/CourtSelect.tsx';
import { debtorKindNames, useDormantCases, type DormantItem } from './dormant.api.ts';
import { DormantExitsCard } from './DormantExitsCard.tsx';

// 终本案件库: the cases closed as 终结本次执行程序, most recent first, with what is still owed, the
// debtors, the measures still in force and the last and next re-search; filtered by court, age,
// amount, debtor type and last search. A table on a desktop, cards on a phone.

const PAGE_SIZE = 20;

type Values = {
  court?: string;
  ageMin?: number | null;
  ageMax?: number | null;
  amountMin?: string;
  amountMax?: string;
  debtorKind?: 'person' | 'organization';
  lastSearchBefore?: Dayjs | null;
};

const caseLink = (d: DormantItem) => (
  <Link to={`/cases/${d.caseId}?tab=searches`} className="case-number">
    {d.caseNumber}
  </Link>
);
const debtorsOf = (d: DormantItem) => d.debtors.map((p) => (p.kind === 'organization' ? `${p.name}（单位）` : p.name)).join('、');
const age = (d: DormantItem) => (d.ageMonths >= 12 ? `${Math.floor(d.ageMonths / 12)} 年 ${d.ageMonths % 12} 个月` : `${d.ageMonths} 个月`);
const measures = (d: DormantItem) => (
  <Space size={4} wrap>
    {d.seizuresInForce > 0 && <Tag color="blue">{`查封冻结 ${d.seizuresInForce}`}</Tag>}
    {d.restrictionsInForce > 0 && <Tag color="orange">限制消费</Tag>}
    {d.listingsInForce > 0 && <Tag color="red">失信</Tag>}
    {d.seizuresInForce + d.restrictionsInForce + d.listingsInForce === 0 && <Typography.Text type="secondary">—</Typography.Text>}
  </Space>
);
const lastSearch = (d: DormantItem) =>
  d.lastSearchOn ? (
    <>
      <span className="term-date">{d.lastSearchOn}</span>
      <div>
        <Typography.Text type="secondary">
          {`第${d.researchCycle}次`}
          {d.lastFindings === null ? '，答复中' : d.lastFindings > 0 ? `，发现财产 ${d.lastFindings} 项` : '，未发现财产'}
        </Typography.Text>
      </div>
    </>
  ) : (
    <Typography.Text type="secondary">尚未复查</Typography.Text>
  );
const next = (d: DormantItem) => (d.nextSearchDue ? <span className="term-date">{d.nextSearchDue}</span> : '五年届满');

const columns: ColumnsType<DormantItem> = [
  {
    title: '案号 / 被执行人',
    key: 'who',
    render: (_, d) => (
      <>
        {caseLink(d)}
        <div>{debtorsOf(d)}</div>
      </>
    ),
  },
  { title: '申请执行人', dataIndex: 'applicants', width: 120 },
  { title: '未履行金额（元）', dataIndex: 'outstanding', align: 'right', width: 130 },
  {
    title: '终本日期',
    key: 'closed',
    width: 115,
    render: (_, d) => (
      <>
        <span className="term-date">{d.closedOn}</span>
        <div>
          <Typography.Text type="secondary">{age(d)}</Typography.Text>
        </div>
      </>
    ),
  },
  { title: '仍在执行的措施', key: 'measures', width: 130, render: (_, d) => measures(d) },
  { title: '最近复查', key: 'last', width: 150, render: (_, d) => lastSearch(d) },
  { title: '下次复查', key: 'next', width: 100, render: (_, d) => next(d) },
];

function Cards({ items, loading }: { items: DormantItem[]; loading: boolean }) {
  if (!items.length) return loading ? <Spin style={{ display: 'block', padding: 32 }} /> : <Empty description="没有符合条件的终本案件" />;
  return (
    <ul className="case-cards" aria-label="终本案件">
      {items.map((d) => (
        <li key={d.caseId} className="case-card">
          <div className="case-card-facts">
            {caseLink(d)}
            <strong>{`${d.outstanding} 元`}</strong>
          </div>
          <dl className="case-card-parties">
            <dt>被执行人</dt>
            <dd className="wrap">{debtorsOf(d)}</dd>
            <dt>终本日期</dt>
            <dd>{`${d.closedOn}（${age(d)}）`}</dd>
            <dt>措施</dt>
            <dd>{measures(d)}</dd>
            <dt>最近复查</dt>
            <dd>{lastSearch(d)}</dd>
            <dt>下次复查</dt>
            <dd>{next(d)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function DormantPoolPage() {
  const [search, setSearch] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const wide = Grid.useBreakpoint().md ?? true;
  const me = useMe();
  const num = (k: string) => (search.get(k) === null || search.get(k) === '' ? undefined : Number(search.get(k)));
  const kind = search.get('debtorKind');
  const debtorKind: Values['debtorKind'] = kind === 'person' || kind === 'organization' ? kind : undefined;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const query = {
    court: search.get('court') ?? undefined,
    ageMin: num('ageMin'),
    ageMax: num('ageMax'),
    amountMin: search.get('amountMin') ?? undefined,
    amountMax: search.get('amountMax') ?? undefined,
    debtorKind,
    lastSearchBefore: search.get('lastSearchBefore') ?? undefined,
    page,
    limit: PAGE_SIZE,
  };
  const pool = useDormantCases(query);

  useEffect(() => {
    form.setFieldsValue({ ...query, lastSearchBefore: fromLocalDate(query.lastSearchBefore) ?? null });
  }, [form, search.toString()]);

  const apply = (v: Values) => {
    const p = new URLSearchParams();
    const put = (k: string, value: string | number | undefined | null) =>
      value !== undefined && value !== null && value !== '' && p.set(k, String(value));
    put('court', v.court);
    put('ageMin', v.ageMin);
    put('ageMax', v.ageMax);
    put('amountMin', v.amountMin?.trim());
    put('amountMax', v.amountMax?.trim());
    put('debtorKind', v.debtorKind);
    put('lastSearchBefore', toLocalDate(v.lastSearchBefore));
    setSearch(p, { replace: true });
  };
  const toPage = (n: number) => {
    const p = new URLSearchParams(search);
    p.set('page', String(n));
    setSearch(p, { replace: true });
  };
  const items = pool.data?.items ?? [];

  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>终本案件库</Typography.Title>
        <Typography.Text type="secondary">
          以终结本次执行程序结案的案件，按终本日期由近到远；终本后五年内每六个月复查一次被执行人财产。
        </Typography.Text>
      </div>
      <Card className="section-card">
        <Form form={form} className="filter-form" labelCol={{ flex: '96px' }} onFinish={apply} aria-label="终本案件库查询条件">
          <Row gutter={24}>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label="终本时长（月）" style={{ marginBottom: 0 }}>
                <Space.Compact block>
                  <Form.Item name="ageMin" noStyle>
                    <InputNumber min={0} max={600} placeholder="不少于" style={{ width: '50%' }} aria-label="终本时长下限（月）" />
                  </Form.Item>
                  <Form.Item name="ageMax" noStyle>
                    <InputNumber min={0} max={600} placeholder="不多于" style={{ width: '50%' }} aria-label="终本时长上限（月）" />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item label="未履行金额" style={{ marginBottom: 0 }}>
                <Space.Compact block>
                  <Form.Item name="amountMin" noStyle>
                    <Input placeholder="最低（元）" aria-label="未履行金额下限（元）" />
                  </Form.Item>
                  <Form.Item name="amountMax" noStyle>
                    <Input placeholder="最高（元）" aria-label="未履行金额上限（元）" />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="debtorKind" label="被执行人类型">
                <Select
                  allowClear
                  placeholder="全部"
                  options={[
                    { value: 'person', label: debtorKindNames.person },
                    { value: 'organization', label: debtorKindNames.organization },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Form.Item name="lastSearchBefore" label="最近复查早于">
                <DatePicker style={{ width: '100%' }} placeholder="含从未复查" />
              </Form.Item>
            </Col>
            {me.data?.scope === 'subtree' && (
              <Col xs={24} md={12} xl={8}>
                <Form.Item name="court" label="法院" htmlFor="dormant-court">
                  <CourtSelect id="dormant-court" allowClear placeholder="辖区全部法院" />
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
      {pool.isError && <ProblemAlert error={pool.error} />}
      <Card className="section-card" styles={{ body: { padding: 0 } }}>
        <div className="list-toolbar">
          <Typography.Text>{pool.data ? `第 ${page} 页，${items.length} 件` : ' '}</Typography.Text>
        </div>
        {wide ? (
          <Table
            rowKey="caseId"
            columns={columns}
            dataSource={items}
            loading={pool.isFetching}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: '没有符合条件的终本案件' }}
            aria-label="终本案件"
          />
        ) : (
          <Cards items={items} loading={pool.isFetching} />
        )}
        {(page > 1 || pool.data?.hasMore) && (
          <div className="list-pager">
            <Space>
              <Button disabled={page <= 1} onClick={() => toPage(page - 1)}>
                上一页
              </Button>
              <Button disabled={!pool.data?.hasMore} onClick={() => toPage(page + 1)}>
                下一页
              </Button>
            </Space>
          </div>
        )}
      </Card>
      <DormantExitsCard court={query.court} />
    </>
  );
}
