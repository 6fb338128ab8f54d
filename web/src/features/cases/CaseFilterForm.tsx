import { useEffect, useState } from 'react';
import { Button, Col, DatePicker, Form, Grid, Input, Row, Select, Space } from 'antd';
import { DownOutlined, ReloadOutlined, SearchOutlined, UpOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { fromLocalDate, toLocalDate, todayInShanghai } from '../../lib/dates.ts';
import { groupDigits, MONEY_MESSAGE, parseTypedMoney } from '../../lib/money.ts';
import {
  caseStatuses,
  closureModeNames,
  closureModes,
  statusNames,
  type CaseStatus,
  type ClosureMode,
} from '../../../../src/shared/vocabulary.ts';
import { useOfficers, type CaseFilters } from './cases.api.ts';

type Values = {
  caseNumber?: string;
  party?: string;
  titleNumber?: string;
  status?: CaseStatus;
  closureMode?: ClosureMode;
  officer?: string;
  year?: number | null;
  filed?: [Dayjs | null, Dayjs | null];
  amountFrom?: string;
  amountTo?: string;
  deadline?: 'overdue' | 'due-soon';
  court?: string;
};

const statusOptions = caseStatuses.map((value) => ({ value, label: statusNames[value] }));
const closureOptions = closureModes.map((value) => ({ value, label: closureModeNames[value] }));
const deadlineOptions = [
  { value: 'overdue', label: '已超执行期限' },
  { value: 'due-soon', label: '30 日内届满' },
];
// Years with enforcement cases: from the platform's earliest imports to this year.
const thisYear = Number(todayInShanghai().slice(0, 4));
const yearOptions = Array.from({ length: 12 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y} 年` }));

const ADVANCED: (keyof CaseFilters)[] = [
  'closureMode',
  'officer',
  'year',
  'filedFrom',
  'filedTo',
  'amountFrom',
  'amountTo',
  'deadline',
  'court',
];

/** The list's search: the three a clerk types into first, the rest behind 更多条件. */
export function CaseFilterForm({
  filters,
  onSearch,
  manyCourts,
  myId,
}: {
  filters: CaseFilters;
  onSearch: (f: CaseFilters) => void;
  manyCourts: boolean;
  myId: string | null;
}) {
  const [form] = Form.useForm<Values>();
  const [more, setMore] = useState(() => ADVANCED.some((k) => filters[k] !== undefined));
  // On a phone the two searches a clerk types first; the rest behind 更多条件.
  const phone = !Grid.useBreakpoint().md;
  const officers = useOfficers(more);

  // The URL is the source of truth: keep the form in step when it changes (back button, reset).
  useEffect(() => {
    form.setFieldsValue({
      ...filters,
      amountFrom: filters.amountFrom ? groupDigits(filters.amountFrom) : undefined,
      amountTo: filters.amountTo ? groupDigits(filters.amountTo) : undefined,
      filed:
        filters.filedFrom || filters.filedTo
          ? [fromLocalDate(filters.filedFrom) ?? null, fromLocalDate(filters.filedTo) ?? null]
          : undefined,
    });
  }, [form, JSON.stringify(filters)]);

  const submit = (v: Values) =>
    onSearch({
      caseNumber: v.caseNumber?.trim() || undefined,
      party: v.party?.trim() || undefined,
      titleNumber: v.titleNumber?.trim() || undefined,
      status: v.status || undefined,
      closureMode: v.closureMode || undefined,
      officer: v.officer || undefined,
      year: v.year ?? undefined,
      filedFrom: toLocalDate(v.filed?.[0]),
      filedTo: toLocalDate(v.filed?.[1]),
      amountFrom: v.amountFrom ? (parseTypedMoney(v.amountFrom) ?? undefined) : undefined,
      amountTo: v.amountTo ? (parseTypedMoney(v.amountTo) ?? undefined) : undefined,
      deadline: v.deadline || undefined,
      court: v.court?.trim() || undefined,
    });

  const officerOptions = [
    ...(myId ? [{ value: myId, label: '我承办的' }] : []),
    ...(officers.data?.items ?? []).filter((o) => o.id !== myId).map((o) => ({ value: o.id, label: o.name })),
  ];
  const amountRule = {
    validator: async (_: unknown, v?: string) => {
      if (v && parseTypedMoney(v) === null) throw new Error(MONEY_MESSAGE);
    },
  };

  return (
    <Form form={form} className="filter-form" labelCol={{ flex: '96px' }} onFinish={submit} aria-label="案件查询条件">
      <Row gutter={24}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="caseNumber" label="案号">
            <Input allowClear placeholder="任意写法或片段，如 执152" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="party" label="当事人">
            <Input allowClear placeholder="名称，或证件号码（可只输部分）" />
          </Form.Item>
        </Col>
        {(more || !phone) && (
          <>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="titleNumber" label="执行依据">
                <Input allowClear placeholder="执行依据文书号" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="status" label="案件状态">
                <Select allowClear placeholder="全部状态" options={statusOptions} />
              </Form.Item>
            </Col>
          </>
        )}
        {more && (
          <>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="officer" label="承办人">
                <Select allowClear showSearch optionFilterProp="label" placeholder="全部承办人" options={officerOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="closureMode" label="结案方式">
                <Select allowClear placeholder="全部" options={closureOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="year" label="立案年度">
                <Select allowClear placeholder="全部年度" options={yearOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="deadline" label="执行期限">
                <Select allowClear placeholder="不限" options={deadlineOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="filed" label="立案日期">
                <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item label="标的金额（元）" style={{ marginBottom: 0 }}>
                <Space.Compact style={{ width: '100%' }}>
                  <Form.Item name="amountFrom" rules={[amountRule]} style={{ width: '50%' }}>
                    <Input placeholder="最低" aria-label="标的金额下限" />
                  </Form.Item>
                  <Form.Item name="amountTo" rules={[amountRule]} style={{ width: '50%' }}>
                    <Input placeholder="最高" aria-label="标的金额上限" />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
            </Col>
            {manyCourts && (
              <Col xs={24} md={12} xl={6}>
                <Form.Item name="court" label="法院代字">
                  <Input allowClear placeholder="如 粤0703" />
                </Form.Item>
              </Col>
            )}
          </>
        )}
        <Col xs={24} style={{ textAlign: 'right', marginBottom: 12 }}>
          <Space wrap>
            <Button type="link" onClick={() => setMore(!more)} icon={more ? <UpOutlined /> : <DownOutlined />}>
              {more ? '收起' : '更多条件'}
            </Button>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                form.resetFields();
                onSearch({});
              }}
            >
              重置
            </Button>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              查询
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
