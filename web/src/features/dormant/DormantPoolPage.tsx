import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Col, DatePicker, Form, Grid, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, toLocalDate } from '../../lib/dates.ts';
import { useMe } from '../access/access.api.ts';
import { CourtSelect } from '../access/CourtSelect.tsx';
import { debtorKindNames, useDormantCases } from './dormant.api.ts';
import { PoolBulkBar } from './PoolBulkBar.tsx';
import { PoolCards, poolColumns } from './PoolRows.tsx';
import { DormantExitsCard } from './DormantExitsCard.tsx';

// 终本案件库: the cases closed as 终结本次执行程序, most recent first, with what is still owed, the
// debtors, the measures still in force and the last and next re-search; filtered by court, age,
// amount, debtor type and last search. A table on a desktop, cards on a phone; rows selected (a
// checkbox column, or the phone's select mode) for the bulk actions of PoolBulkBar (ADR 0216).

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
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [selecting, setSelecting] = useState(false);

  useEffect(() => {
    form.setFieldsValue({ ...query, lastSearchBefore: fromLocalDate(query.lastSearchBefore) ?? null });
    setSelected(new Set()); // a selection is of the rows shown: new filters or another page start afresh
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
  const { page: _page, limit: _limit, ...filters } = query;
  const chosen = items.filter((d) => selected.has(d.caseId));

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
          {!wide && (
            <Button
              size="small"
              aria-pressed={selecting}
              onClick={() => {
                setSelecting(!selecting);
                setSelected(new Set());
              }}
            >
              {selecting ? '退出选择' : '选择'}
            </Button>
          )}
        </div>
        <PoolBulkBar filters={filters} selected={chosen} onClear={() => setSelected(new Set())} total={items.length} />
        {wide ? (
          <Table
            rowKey="caseId"
            rowSelection={{
              selectedRowKeys: [...selected],
              onChange: (keys) => setSelected(new Set(keys.map(String))),
              getTitleCheckboxProps: () => ({ title: '本页全选' }),
              getCheckboxProps: (d) => ({ title: `选择 ${d.caseNumber}` }),
            }}
            columns={poolColumns}
            dataSource={items}
            loading={pool.isFetching}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: '没有符合条件的终本案件' }}
            aria-label="终本案件"
          />
        ) : (
          <PoolCards items={items} loading={pool.isFetching} selecting={selecting} selected={selected} onChange={setSelected} />
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
