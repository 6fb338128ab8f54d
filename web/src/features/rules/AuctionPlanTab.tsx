import { Button, Card, Col, Descriptions, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { Money } from '../../components/Money.tsx';
import { moneyRule, toYuan } from '../../lib/money.ts';
import { CalcResult } from './CalcResult.tsx';
import { fieldOf } from './CalcShell.tsx';
import { calculatorPages } from './calculator-fields.ts';
import { useCalculator } from './rules.api.ts';

type Values = {
  referencePrice: string;
  assetKind: 'movable' | 'immovable';
  firstStartingPrice?: string;
  secondStartingPrice?: string;
  salePeriodDays?: number | null;
};
const optionalYuan = (v: string | undefined) => (v?.trim() ? toYuan(v) : undefined);

export function AuctionPlanTab() {
  const calc = useCalculator('auction-plan');
  const submit = (v: Values) =>
    calc.mutate({
      referencePrice: toYuan(v.referencePrice),
      assetKind: v.assetKind,
      firstStartingPrice: optionalYuan(v.firstStartingPrice),
      secondStartingPrice: optionalYuan(v.secondStartingPrice),
      salePeriodDays: v.salePeriodDays ?? undefined,
    });

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title="网络司法拍卖方案" className="section-card">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="calc-intro">
            {calculatorPages['auction-plan'].intro}
          </Typography.Paragraph>
          <Form<Values>
            name="auctionPlan"
            layout="vertical"
            initialValues={{ assetKind: 'immovable' }}
            onFinish={submit}
            aria-label="拍卖方案计算"
          >
            <Form.Item
              name="referencePrice"
              {...fieldOf('auction-plan', 'referencePrice')}
              rules={[{ required: true, whitespace: true, message: '请填写参考价' }, moneyRule]}
            >
              <Input placeholder="如 1000000.00" style={{ textAlign: 'right' }} />
            </Form.Item>
            <Form.Item name="assetKind" {...fieldOf('auction-plan', 'assetKind')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'immovable', label: '不动产' },
                  { value: 'movable', label: '动产' },
                ]}
              />
            </Form.Item>
            <Form.Item name="firstStartingPrice" {...fieldOf('auction-plan', 'firstStartingPrice')} rules={[moneyRule]}>
              <Input placeholder="选填" style={{ textAlign: 'right' }} />
            </Form.Item>
            <Form.Item name="secondStartingPrice" {...fieldOf('auction-plan', 'secondStartingPrice')} rules={[moneyRule]}>
              <Input placeholder="选填" style={{ textAlign: 'right' }} />
            </Form.Item>
            <Form.Item name="salePeriodDays" {...fieldOf('auction-plan', 'salePeriodDays')}>
              <InputNumber precision={0} style={{ width: '100%' }} placeholder="选填，默认 60" />
            </Form.Item>
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
              <Descriptions title="第一次拍卖" bordered size="small" column={2} style={{ marginBottom: 16 }}>
                <Descriptions.Item label="最低起拍价">
                  <Money value={r.first.minStartingPrice} />
                </Descriptions.Item>
                <Descriptions.Item label="起拍价">
                  <Money value={r.first.startingPrice} />
                </Descriptions.Item>
                <Descriptions.Item label="保证金范围" span={2}>
                  <Money value={r.first.depositMin} /> 至 <Money value={r.first.depositMax} />
                </Descriptions.Item>
                <Descriptions.Item label="公告期" span={2}>
                  拍卖前至少 {r.first.announceDays} 日公告
                </Descriptions.Item>
              </Descriptions>
              <Descriptions title="第二次拍卖（流拍后）" bordered size="small" column={2} style={{ marginBottom: 16 }}>
                <Descriptions.Item label="最低起拍价">
                  <Money value={r.second.minStartingPrice} />
                </Descriptions.Item>
                <Descriptions.Item label="公告期">至少 {r.second.announceDays} 日</Descriptions.Item>
                <Descriptions.Item label="时限" span={2}>
                  流拍后 {r.second.withinDays} 日内再次拍卖
                </Descriptions.Item>
              </Descriptions>
              <Descriptions title="变卖（二拍流拍后）" bordered size="small" column={2}>
                <Descriptions.Item label="变卖价">
                  <Money value={r.sale.price} />
                </Descriptions.Item>
                <Descriptions.Item label="变卖期">{r.sale.periodDays} 日</Descriptions.Item>
              </Descriptions>
            </>
          )}
        </CalcResult>
      </Col>
    </Row>
  );
}
