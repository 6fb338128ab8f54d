import { Alert, Button, Col, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { moneyRule, toYuan } from '../../lib/money.ts';
import { CalcResult } from './CalcResult.tsx';
import { CalcShell, day, fieldOf, fillRule, optionalDay, pickRule } from './CalcShell.tsx';
import { useCalculator, type CalcInput } from './rules.api.ts';

// 第1条第1–6项 of the provisions on publishing the list of dishonest debtors.
const grounds = [
  '有履行能力而拒不履行生效法律文书确定义务',
  '以伪造证据、暴力、威胁等方法妨碍、抗拒执行',
  '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行',
  '违反财产报告制度',
  '违反限制消费令',
  '无正当理由拒不履行执行和解协议',
];
const f = (k: keyof CalcInput<'dishonest-listing'>) => fieldOf('dishonest-listing', k);
const optionalYuan = (v: string | undefined) => (v?.trim() ? toYuan(v) : undefined);

type Values = {
  ground: number;
  kind: 'person' | 'organization';
  birthDate?: Dayjs | null;
  debt: string;
  secured?: string;
  seizedValue?: string;
  listedOn: Dayjs;
  extensionYears?: number | null;
  asOf?: Dayjs | null;
};

export function DishonestListingTab() {
  const calc = useCalculator('dishonest-listing');
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const submit = (v: Values) =>
    calc.mutate({
      ground: v.ground,
      debtor: { kind: v.kind, birthDate: v.kind === 'person' ? optionalDay(v.birthDate) : undefined },
      debt: toYuan(v.debt),
      secured: optionalYuan(v.secured),
      seizedValue: optionalYuan(v.seizedValue),
      listedOn: day(v.listedOn),
      extensionYears: v.extensionYears ?? undefined,
      asOf: optionalDay(v.asOf),
    });
  const money = (name: 'debt' | 'secured' | 'seizedValue', required: boolean) => (
    <Form.Item name={name} {...f(name)} rules={required ? [fillRule('未履行的金钱债务'), moneyRule] : [moneyRule]}>
      <Input placeholder={required ? '如 50000.00' : '选填'} style={{ textAlign: 'right' }} />
    </Form.Item>
  );
  return (
    <CalcShell
      name="dishonest-listing"
      wide
      form={
        <Form<Values>
          form={form}
          name="dishonestListing"
          layout="vertical"
          onFinish={submit}
          aria-label="失信名单审查"
          initialValues={{ kind: 'person' }}
        >
          <Form.Item name="ground" {...f('ground')} rules={[pickRule('纳入情形')]}>
            <Select placeholder="请选择" options={grounds.map((label, i) => ({ value: i + 1, label: `第${i + 1}项：${label}` }))} />
          </Form.Item>
          <Form.Item {...f('debtor')} required>
            <Space wrap>
              <Form.Item name="kind" noStyle>
                <Radio.Group
                  optionType="button"
                  options={[
                    { value: 'person', label: '自然人' },
                    { value: 'organization', label: '单位' },
                  ]}
                />
              </Form.Item>
              {kind === 'person' && (
                <Form.Item name="birthDate" noStyle>
                  <DatePicker placeholder="出生日期" aria-label="出生日期" />
                </Form.Item>
              )}
            </Space>
          </Form.Item>
          {money('debt', true)}
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              {money('secured', false)}
            </Col>
            <Col xs={24} sm={12}>
              {money('seizedValue', false)}
            </Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="listedOn" {...f('listedOn')} rules={[pickRule('纳入日期')]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="extensionYears" {...f('extensionYears')}>
                <InputNumber precision={0} style={{ width: '100%' }} placeholder="选填" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="asOf" {...f('asOf')}>
            <DatePicker style={{ width: '100%' }} placeholder="选填" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending} block>
            审查
          </Button>
        </Form>
      }
      result={
        <CalcResult error={calc.error} data={calc.data}>
          {(r) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {r.allowed ? (
                <Alert type="success" showIcon message="可以纳入失信被执行人名单" />
              ) : (
                <Alert
                  type="error"
                  showIcon
                  message="不得纳入失信被执行人名单"
                  description={
                    <ul style={{ margin: 0, paddingLeft: 20 }}>
                      {r.reasonDetails.map((d) => (
                        <li key={d.code}>
                          {d.label}
                          <Typography.Text type="secondary">（{d.article}）</Typography.Text>
                        </li>
                      ))}
                    </ul>
                  }
                />
              )}
              {r.allowed && (
                <Descriptions bordered size="small" column={1}>
                  <Descriptions.Item label="纳入期限">
                    {r.termYears === null ? '无固定期限（履行完毕后删除）' : `${r.termYears} 年`}
                  </Descriptions.Item>
                  <Descriptions.Item label="期限届满日">{r.endsOn ?? '—'}</Descriptions.Item>
                  {r.inForce !== null && <Descriptions.Item label="参照日时">{r.inForce ? '仍在名单中' : '期限已届满'}</Descriptions.Item>}
                </Descriptions>
              )}
            </Space>
          )}
        </CalcResult>
      }
    />
  );
}
