import { Button, DatePicker, Descriptions, Form, InputNumber, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { CalcResult } from './CalcResult.tsx';
import { CalcShell, day, fieldOf, pickRule } from './CalcShell.tsx';
import { ProvisionalNote } from './ProvisionalNote.tsx';
import { useCalculator } from './rules.api.ts';

/** 执行款发放期限: the last day to pay enforcement money out after finance's notice. */
export function PayoutDeadlineTab() {
  const calc = useCalculator('payout-deadline');
  return (
    <CalcShell
      name="payout-deadline"
      form={
        <Form<{ arrivedOn: Dayjs; days?: number | null }>
          name="payoutDeadline"
          layout="vertical"
          onFinish={(v) => calc.mutate({ arrivedOn: day(v.arrivedOn), ...(v.days ? { days: v.days } : {}) })}
          aria-label="执行款发放期限"
        >
          <Form.Item name="arrivedOn" {...fieldOf('payout-deadline', 'arrivedOn')} rules={[pickRule('到账通知日')]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="days" {...fieldOf('payout-deadline', 'days')}>
            <InputNumber precision={0} style={{ width: '100%' }} placeholder="选填，默认 30" />
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
                <Descriptions.Item label="最迟发放日">
                  <strong>{r.payBy}</strong> {r.shifted && <Tag color="orange">遇法定休假日顺延</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="发放期限">{r.days} 日</Descriptions.Item>
              </Descriptions>
            </>
          )}
        </CalcResult>
      }
    />
  );
}
