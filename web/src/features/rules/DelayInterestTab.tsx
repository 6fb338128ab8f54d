import { Alert, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Space, Statistic, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Money } from '../../components/Money.tsx';
import { formatMoney, moneyRule, toYuan } from '../../lib/money.ts';
import { CalcResult } from './CalcResult.tsx';
import { fieldOf } from './CalcShell.tsx';
import { calculatorPages } from './calculator-fields.ts';
import { useCalculator } from './rules.api.ts';

type Values = {
  debt: string;
  deadline: Dayjs;
  until?: Dayjs | null;
  dayCount: 'exclusive' | 'inclusive';
  payments?: { on?: Dayjs; amount?: string }[];
  excluded?: { range?: [Dayjs, Dayjs] }[];
};

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const required = (what: string) => ({ required: true, message: `请填写${what}` });

export function DelayInterestTab() {
  const calc = useCalculator('delay-interest');

  const submit = (v: Values) =>
    calc.mutate({
      debt: toYuan(v.debt),
      deadline: day(v.deadline),
      until: v.until ? day(v.until) : undefined,
      dayCount: v.dayCount,
      payments: (v.payments ?? []).filter((p) => p.on && p.amount).map((p) => ({ on: day(p.on!), amount: toYuan(p.amount!) })),
      excluded: (v.excluded ?? []).filter((e) => e.range).map((e) => ({ from: day(e.range![0]), to: day(e.range![1]) })),
    });

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title="迟延履行期间的加倍部分债务利息" className="section-card">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="calc-intro">
            {calculatorPages['delay-interest'].intro}
          </Typography.Paragraph>
          <Form<Values>
            name="delayInterest"
            layout="vertical"
            onFinish={submit}
            initialValues={{ dayCount: 'exclusive' }}
            aria-label="迟延履行利息计算"
          >
            <Form.Item name="debt" {...fieldOf('delay-interest', 'debt')} rules={[required('金钱债务'), moneyRule]}>
              <Input placeholder="如 100000.00" style={{ textAlign: 'right' }} />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item
                  name="deadline"
                  {...fieldOf('delay-interest', 'deadline')}
                  rules={[{ required: true, message: '请选择履行期限届满日' }]}
                >
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="until" {...fieldOf('delay-interest', 'until')}>
                  <DatePicker style={{ width: '100%' }} placeholder="选填" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="dayCount" {...fieldOf('delay-interest', 'dayCount')}>
              <Radio.Group
                options={[
                  { value: 'exclusive', label: '算尾不算头（默认）' },
                  { value: 'inclusive', label: '首尾均计算' },
                ]}
              />
            </Form.Item>
            <Typography.Text strong>{fieldOf('delay-interest', 'payments').label}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
              {fieldOf('delay-interest', 'payments').extra}
            </Typography.Paragraph>
            <Form.List name="payments">
              {(fields, { add, remove }) => (
                <div style={{ margin: '8px 0 16px' }}>
                  {fields.map((f) => (
                    <Space key={f.key} align="start" style={{ display: 'flex' }}>
                      <Form.Item name={[f.name, 'on']} rules={[{ required: true, message: '请选择清偿日期' }]}>
                        <DatePicker placeholder="清偿日期" aria-label="清偿日期" />
                      </Form.Item>
                      <Form.Item name={[f.name, 'amount']} rules={[required('清偿金额'), moneyRule]}>
                        <Input placeholder="金额（元）" aria-label="清偿金额（元）" style={{ width: 150, textAlign: 'right' }} />
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add()}>
                    添加清偿记录
                  </Button>
                </div>
              )}
            </Form.List>
            <Typography.Text strong>{fieldOf('delay-interest', 'excluded').label}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
              {fieldOf('delay-interest', 'excluded').extra}
            </Typography.Paragraph>
            <Form.List name="excluded">
              {(fields, { add, remove }) => (
                <div style={{ margin: '8px 0 16px' }}>
                  {fields.map((f) => (
                    <Space key={f.key} align="start" style={{ display: 'flex' }}>
                      <Form.Item name={[f.name, 'range']} rules={[{ required: true, message: '请选择起止日期' }]}>
                        <DatePicker.RangePicker placeholder={['不计期间起', '不计期间止']} />
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add()}>
                    添加中止、暂缓期间
                  </Button>
                </div>
              )}
            </Form.List>
            <Button type="primary" htmlType="submit" loading={calc.isPending} block>
              计算
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <CalcResult error={calc.error} data={calc.data}>
          {(r) => (
            <>
              <Row gutter={16} style={{ marginBottom: 16 }}>
                <Col span={12}>
                  <Statistic title="加倍部分债务利息" value={formatMoney(r.doubledInterest)} valueStyle={{ color: '#a8071a' }} />
                </Col>
                <Col span={12}>
                  <Statistic title="尚欠合计（债务 + 利息）" value={formatMoney(r.outstanding)} />
                </Col>
              </Row>
              {r.stillAccruing && (
                <Alert
                  type="info"
                  showIcon
                  message="尚有未清偿的债务，迟延履行利息仍在继续计算；填写计算截止日可算至该日。"
                  style={{ marginBottom: 16 }}
                />
              )}
              <Table
                size="small"
                bordered
                pagination={false}
                rowKey={(_, i) => String(i)}
                dataSource={r.segments}
                locale={{ emptyText: '没有计息期间' }}
                columns={[
                  { title: '计息本金', dataIndex: 'amount', align: 'right', render: (v: string) => <Money value={v} /> },
                  { title: '起算日', dataIndex: 'from' },
                  { title: '截止日', dataIndex: 'to' },
                  { title: '天数', dataIndex: 'days', align: 'right' },
                  { title: '利息', dataIndex: 'interest', align: 'right', render: (v: string) => <Money value={v} /> },
                ]}
              />
            </>
          )}
        </CalcResult>
      </Col>
    </Row>
  );
}
