import { Button, DatePicker, Descriptions, Form, InputNumber, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { CalcResult } from './CalcResult.tsx';
import { CalcShell, day, fieldOf, pickRule } from './CalcShell.tsx';
import { ProvisionalNote } from './ProvisionalNote.tsx';
import { useCalculator, type CalcInput } from './rules.api.ts';

const unitOptions = [
  { value: 'day', label: '日' },
  { value: 'workday', label: '工作日' },
  { value: 'month', label: '月' },
  { value: 'year', label: '年' },
];

/** 期间计算: the last day of a period in 日, 工作日, 月 or 年, moved past statutory holidays. */
export function PeriodTab() {
  const calc = useCalculator('period');
  const f = (k: keyof CalcInput<'period'>) => fieldOf('period', k);
  return (
    <CalcShell
      name="period"
      form={
        <Form<{ start: Dayjs; length: number; unit: CalcInput<'period'>['unit'] }>
          name="period"
          layout="vertical"
          initialValues={{ unit: 'day', length: 15 }}
          onFinish={(v) => calc.mutate({ start: day(v.start), length: v.length, unit: v.unit })}
          aria-label="期间计算"
        >
          <Form.Item name="start" {...f('start')} rules={[pickRule('起算日')]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label={`${f('length').label}与${f('unit').label}`} required extra={`${f('length').extra}；${f('unit').extra}`}>
            <Space.Compact style={{ width: '100%' }}>
              <Form.Item name="length" noStyle rules={[{ required: true, message: '请填写期间长度' }]}>
                <InputNumber
                  aria-label={f('length').label}
                  min={1}
                  max={36600}
                  precision={0}
                  style={{ width: '60%' }}
                  placeholder="如 15"
                />
              </Form.Item>
              <Form.Item name="unit" noStyle>
                <Select aria-label={f('unit').label} options={unitOptions} style={{ width: '40%' }} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending} block>
            计算
          </Button>
        </Form>
      }
      result={
        <CalcResult error={calc.error} data={calc.data}>
          {(r) => (
            <>
              <ProvisionalNote provisional={r.provisional} />
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="期间届满日">
                  <strong>{r.end}</strong> {r.shifted && <Tag color="orange">遇法定休假日顺延</Tag>}
                </Descriptions.Item>
                {r.shifted && <Descriptions.Item label="顺延前届满日">{r.nominalEnd}</Descriptions.Item>}
              </Descriptions>
            </>
          )}
        </CalcResult>
      }
    />
  );
}
