import { Alert, Button, DatePicker, Descriptions, Form, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { CalcResult } from './CalcResult.tsx';
import { CalcShell, day, fieldOf, optionalDay, pickRule } from './CalcShell.tsx';
import { useCalculator, type CalcInput } from './rules.api.ts';

const assetOptions = [
  { value: 'deposit', label: '银行存款（冻结，一年）' },
  { value: 'movable', label: '动产（查封、扣押，两年）' },
  { value: 'immovable', label: '不动产（查封，三年）' },
  { value: 'other-right', label: '其他财产权（冻结，三年）' },
];

type Values = { assetKind: CalcInput<'seizure-term'>['assetKind']; start: Dayjs; requestedEnd?: Dayjs | null };

/** 查封、扣押、冻结期限: the longest term by kind of asset, and whether a proposed end keeps to it. */
export function SeizureTermTab() {
  const calc = useCalculator('seizure-term');
  return (
    <CalcShell
      name="seizure-term"
      form={
        <Form<Values>
          name="seizureTerm"
          layout="vertical"
          initialValues={{ assetKind: 'deposit' }}
          onFinish={(v) => calc.mutate({ assetKind: v.assetKind, start: day(v.start), requestedEnd: optionalDay(v.requestedEnd) })}
          aria-label="查封期限"
        >
          <Form.Item name="assetKind" {...fieldOf('seizure-term', 'assetKind')} rules={[pickRule('财产类型')]}>
            <Select options={assetOptions} />
          </Form.Item>
          <Form.Item name="start" {...fieldOf('seizure-term', 'start')} rules={[pickRule('生效日')]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="requestedEnd" {...fieldOf('seizure-term', 'requestedEnd')}>
            <DatePicker style={{ width: '100%' }} placeholder="选填" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending} block>
            计算
          </Button>
        </Form>
      }
      result={
        <CalcResult error={calc.error} data={calc.data}>
          {(r) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {r.requestedEndAllowed === false && (
                <Alert
                  type="error"
                  showIcon
                  message="拟定届满日超过法定最长期限"
                  description={`最迟只能到 ${r.maxEnd}，超过部分须续行查封、扣押、冻结。`}
                />
              )}
              {r.requestedEndAllowed === true && <Alert type="success" showIcon message="拟定届满日在法定期限内" />}
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="最长期限">{r.maxYears} 年</Descriptions.Item>
                <Descriptions.Item label="最迟届满日">
                  <strong>{r.maxEnd}</strong>
                </Descriptions.Item>
              </Descriptions>
            </Space>
          )}
        </CalcResult>
      }
    />
  );
}
