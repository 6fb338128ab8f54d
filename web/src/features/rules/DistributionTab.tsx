import { Button, Card, Col, Form, Input, InputNumber, Radio, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Money } from '../../components/Money.tsx';
import { formatMoney, moneyRule, toYuan } from '../../lib/money.ts';
import { CalcResult } from './CalcResult.tsx';
import { fieldOf } from './CalcShell.tsx';
import { calculatorPages } from './calculator-fields.ts';
import { useCalculator } from './rules.api.ts';

type ClaimValues = { id: string; amount: string; priority?: number | null; seizureRank?: number | null };
type Values = { proceeds: string; costs: string; debtorKind: 'person' | 'enterprise'; claims: ClaimValues[] };

const initialValues: Partial<Values> = {
  debtorKind: 'person',
  costs: '0.00',
  claims: [
    { id: '申请执行人甲', amount: '' },
    { id: '申请执行人乙', amount: '' },
  ],
};

export function DistributionTab() {
  const calc = useCalculator('distribution');
  const submit = (v: Values) =>
    calc.mutate({
      proceeds: toYuan(v.proceeds),
      costs: toYuan(v.costs || '0'),
      debtorKind: v.debtorKind,
      claims: v.claims.map((c) => ({
        id: c.id.trim(),
        amount: toYuan(c.amount),
        ...(c.priority != null ? { priority: c.priority } : {}),
        ...(c.seizureRank != null ? { seizureRank: c.seizureRank } : {}),
      })),
    });

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Card title="参与分配" className="section-card">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="calc-intro">
            {calculatorPages.distribution.intro}
          </Typography.Paragraph>
          <Form<Values> name="distribution" layout="vertical" initialValues={initialValues} onFinish={submit} aria-label="参与分配计算">
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item
                  name="proceeds"
                  {...fieldOf('distribution', 'proceeds')}
                  rules={[{ required: true, whitespace: true, message: '请填写执行所得' }, moneyRule]}
                >
                  <Input placeholder="如 500000.00" style={{ textAlign: 'right' }} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="costs" {...fieldOf('distribution', 'costs')} rules={[moneyRule]}>
                  <Input placeholder="如 8000.00" style={{ textAlign: 'right' }} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="debtorKind" {...fieldOf('distribution', 'debtorKind')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'person', label: '自然人或其他组织' },
                  { value: 'enterprise', label: '企业法人' },
                ]}
              />
            </Form.Item>
            <Typography.Text strong>{fieldOf('distribution', 'claims').label}</Typography.Text>
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
              {fieldOf('distribution', 'claims').extra}
            </Typography.Paragraph>
            <Form.List
              name="claims"
              rules={[
                {
                  validator: async (_, l?: unknown[]) => {
                    if (!l?.length) throw new Error('至少需要一项债权');
                  },
                },
              ]}
            >
              {(fields, { add, remove }, { errors }) => (
                <div style={{ margin: '8px 0 16px' }}>
                  {fields.length > 0 && (
                    <Space size={8} className="claims-head" aria-hidden>
                      <span style={{ width: 130 }}>债权人</span>
                      <span style={{ width: 140 }}>债权金额（元）</span>
                      <span style={{ width: 96 }}>优先顺位</span>
                      <span style={{ width: 96 }}>查封顺位</span>
                    </Space>
                  )}
                  {fields.map((f) => (
                    <Space key={f.key} align="start" style={{ display: 'flex' }} size={8}>
                      <Form.Item name={[f.name, 'id']} rules={[{ required: true, whitespace: true, message: '请填写债权人' }]}>
                        <Input placeholder="债权人" aria-label="债权人" style={{ width: 130 }} />
                      </Form.Item>
                      <Form.Item
                        name={[f.name, 'amount']}
                        rules={[{ required: true, whitespace: true, message: '请填写债权金额' }, moneyRule]}
                      >
                        <Input placeholder="债权金额（元）" aria-label="债权金额（元）" style={{ width: 140, textAlign: 'right' }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'priority']}>
                        <InputNumber placeholder="优先顺位" aria-label="优先顺位" min={1} precision={0} style={{ width: 96 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'seizureRank']}>
                        <InputNumber placeholder="查封顺位" aria-label="查封顺位" min={1} precision={0} style={{ width: 96 }} />
                      </Form.Item>
                      <Button type="text" danger icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Form.ErrorList errors={errors} />
                  <Button
                    type="dashed"
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => add({ id: `债权人${fields.length + 1}`, amount: '' })}
                  >
                    添加债权
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
      <Col xs={24} xl={12}>
        <CalcResult error={calc.error} data={calc.data}>
          {(r) => (
            <>
              <Row gutter={16} style={{ marginBottom: 16 }}>
                {r.costsPaid !== undefined && (
                  <Col span={12}>
                    <Statistic title="已支付执行费用" value={formatMoney(r.costsPaid)} />
                  </Col>
                )}
                <Col span={12}>
                  <Statistic title="分配后余额" value={formatMoney(r.remainder)} />
                </Col>
              </Row>
              <Table
                size="small"
                bordered
                pagination={false}
                rowKey="id"
                dataSource={r.allocations}
                columns={[
                  { title: '债权人', dataIndex: 'id' },
                  {
                    title: '受偿阶段',
                    dataIndex: 'stage',
                    render: (s?: string) => (s === 'priority' ? <Tag color="purple">优先受偿</Tag> : s ? <Tag>普通债权</Tag> : '—'),
                  },
                  { title: '分配金额', dataIndex: 'amount', align: 'right', render: (v: string) => <Money value={v} /> },
                  { title: '未受偿金额', dataIndex: 'shortfall', align: 'right', render: (v?: string) => (v ? <Money value={v} /> : '—') },
                ]}
              />
            </>
          )}
        </CalcResult>
      </Col>
    </Row>
  );
}
