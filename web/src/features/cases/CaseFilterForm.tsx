import { useEffect } from 'react';
import { Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { SearchOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { fromLocalDate, toLocalDate } from '../../lib/dates.ts';
import { caseStatuses, statusNames, type CaseStatus } from '../../../../src/shared/vocabulary.ts';
import type { CaseFilters } from './cases.api.ts';

type Values = { status?: CaseStatus; party?: string; court?: string; filed?: [Dayjs | null, Dayjs | null] };

const statusOptions = caseStatuses.map((value) => ({ value, label: statusNames[value] }));

export function CaseFilterForm({ filters, onSearch }: { filters: CaseFilters; onSearch: (f: CaseFilters) => void }) {
  const [form] = Form.useForm<Values>();

  // The URL is the source of truth: keep the form in step when it changes (back button, reset).
  useEffect(() => {
    form.setFieldsValue({
      status: filters.status,
      party: filters.party,
      court: filters.court,
      filed:
        filters.filedFrom || filters.filedTo
          ? [fromLocalDate(filters.filedFrom) ?? null, fromLocalDate(filters.filedTo) ?? null]
          : undefined,
    });
  }, [form, filters.status, filters.party, filters.court, filters.filedFrom, filters.filedTo]);

  const submit = (v: Values) =>
    onSearch({
      status: v.status || undefined,
      party: v.party?.trim() || undefined,
      court: v.court?.trim() || undefined,
      filedFrom: toLocalDate(v.filed?.[0]),
      filedTo: toLocalDate(v.filed?.[1]),
    });

  return (
    <Form form={form} className="filter-form" labelCol={{ flex: '84px' }} onFinish={submit} aria-label="案件查询条件">
      <Row gutter={24}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="status" label="案件状态">
            <Select allowClear placeholder="全部状态" options={statusOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="party" label="当事人">
            <Input allowClear placeholder="当事人名称或证件号码" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="filed" label="立案日期">
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="court" label="法院代字">
            <Input allowClear placeholder="如 粤0703" />
          </Form.Item>
        </Col>
        <Col xs={24} xl={16} style={{ textAlign: 'right' }}>
          <Space>
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
