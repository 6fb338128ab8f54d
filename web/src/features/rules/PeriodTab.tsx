import type { ReactNode } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { CalcResult } from './CalcResult.tsx';
import { useCalculator, type CalcInput, type Provisional } from './rules.api.ts';

/** A result resting on a year whose arrangement is unpublished says so, with what to do. */
function ProvisionalNote({ provisional }: { provisional: Provisional | undefined }) {
  if (!provisional) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="provisional"
      style={{ marginBottom: 12 }}
      message={`暂定结果：${provisional.years.join('、')} 年放假安排尚未公布`}
      description={provisional.reason}
    />
  );
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const pickDate = (label: string) => ({ required: true, message: `请选择${label}` });

function Section({ title, hint, form, result }: { title: string; hint: string; form: ReactNode; result: ReactNode }) {
  return (
    <Card title={title} className="section-card" extra={<span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 13 }}>{hint}</span>}>
      <Row gutter={24}>
        <Col xs={24} lg={10}>
          {form}
        </Col>
        <Col xs={24} lg={14}>
          {result}
        </Col>
      </Row>
    </Card>
  );
}

const unitOptions = [
  { value: 'day', label: '日' },
  { value: 'workday', label: '工作日' },
  { value: 'month', label: '月' },
  { value: 'year', label: '年' },
];

function PeriodSection() {
  const calc = useCalculator('period');
  return (
    <Section
      title="期间计算"
      hint="期间开始的日不计算在期间内；期间届满的最后一日是法定休假日的，以休假日后的第一日为届满日"
      form={
        <Form<{ start: Dayjs; length: number; unit: CalcInput<'period'>['unit'] }>
          name="period"
          layout="vertical"
          initialValues={{ unit: 'day', length: 15 }}
          onFinish={(v) => calc.mutate({ start: day(v.start), length: v.length, unit: v.unit })}
          aria-label="期间计算"
        >
          <Form.Item name="start" label="期间起算日（事件发生日）" rules={[pickDate('起算日')]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="期间长度" required>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="length" noStyle rules={[{ required: true, message: '请填写期间长度' }]}>
                <InputNumber min={1} max={36600} precision={0} style={{ width: '60%' }} placeholder="如 15" />
              </Form.Item>
              <Form.Item name="unit" noStyle>
                <Select options={unitOptions} style={{ width: '40%' }} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending}>
            计算
          </Button>
        </Form>
      }
      result={
        <CalcResult plain error={calc.error} data={calc.data}>
          {(r) => (
            <>
              <ProvisionalNote provisional={r.provisional} />
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="期间届满日">
                  <strong>{r.end}</strong> {r.shifted && <Tag color="orange">遇法定休假日顺延</Tag>}
                </Descriptions.Item>
                {r.nominalEnd && r.shifted && <Descriptions.Item label="顺延前届满日">{r.nominalEnd}</Descriptions.Item>}
              </Descriptions>
            </>
          )}
        </CalcResult>
      }
    />
  );
}

function PayoutSection() {
  const calc = useCalculator('payout-deadline');
  return (
    <Section
      title="执行款发放期限"
      hint="执行款到账后应在规定期限内发放给申请执行人"
      form={
        <Form<{ arrivedOn: Dayjs }>
          name="payoutDeadline"
          layout="vertical"
          onFinish={(v) => calc.mutate({ arrivedOn: day(v.arrivedOn) })}
          aria-label="执行款发放期限"
        >
          <Form.Item name="arrivedOn" label="执行款到账日（财务通知到达日）" rules={[pickDate('到账日')]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending}>
            计算
          </Button>
        </Form>
      }
      result={
        <CalcResult plain error={calc.error} data={calc.data}>
          {(r) => (
            <>
              <ProvisionalNote provisional={r.provisional} />
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="最迟发放日">
                  <strong>{r.payBy}</strong> {r.shifted && <Tag color="orange">遇法定休假日顺延</Tag>}
                </Descriptions.Item>
                {r.days !== undefined && <Descriptions.Item label="发放期限">{r.days} 日</Descriptions.Item>}
              </Descriptions>
            </>
          )}
        </CalcResult>
      }
    />
  );
}

const assetOptions = [
  { value: 'deposit', label: '冻结银行存款' },
  { value: 'movable', label: '查封、扣押动产' },
  { value: 'immovable', label: '查封不动产' },
  { value: 'other-right', label: '冻结其他财产权' },
];

function SeizureSection() {
  const calc = useCalculator('seizure-term');
  return (
    <Section
      title="查封、扣押、冻结期限"
      hint="期限届满前未续行的，查封、扣押、冻结的效力消灭"
      form={
        <Form<{ assetKind: CalcInput<'seizure-term'>['assetKind']; start: Dayjs }>
          name="seizureTerm"
          layout="vertical"
          initialValues={{ assetKind: 'deposit' }}
          onFinish={(v) => calc.mutate({ assetKind: v.assetKind, start: day(v.start) })}
          aria-label="查封期限"
        >
          <Form.Item name="assetKind" label="财产类型" rules={[{ required: true, message: '请选择财产类型' }]}>
            <Select options={assetOptions} />
          </Form.Item>
          <Form.Item name="start" label="查封（续行）生效日" rules={[pickDate('生效日')]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending}>
            计算
          </Button>
        </Form>
      }
      result={
        <CalcResult plain error={calc.error} data={calc.data}>
          {(r) => (
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label="最长期限">{r.maxYears} 年</Descriptions.Item>
              <Descriptions.Item label="最迟届满日">
                <strong>{r.maxEnd}</strong>
              </Descriptions.Item>
            </Descriptions>
          )}
        </CalcResult>
      }
    />
  );
}

export function PeriodTab() {
  return (
    <>
      <PeriodSection />
      <PayoutSection />
      <SeizureSection />
    </>
  );
}
