import { Alert, Button, DatePicker, Descriptions, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { IdentityErrorCode, IdentityWarningCode } from '../../../../src/rules/identity.ts';
import { CalcResult } from './CalcResult.tsx';
import { CalcShell, fieldOf, fillRule, optionalDay } from './CalcShell.tsx';
import { useCalculator } from './rules.api.ts';

// What each refusal or warning of the rule means, in the words a clerk would use.
const problems: Record<IdentityErrorCode | IdentityWarningCode, string> = {
  'bad-length': '位数不对：公民身份号码和统一社会信用代码均为18位',
  'bad-characters': '含有不允许的字符',
  'checksum-mismatch': '校验码不符，号码可能抄错了一位',
  'bad-birth-date': '出生日期不存在，或晚于参照日',
  'bad-region': '地址码或登记管理机关行政区划码不正确',
  'legacy-15-digit': '15位旧身份证号码，须换为18位号码',
  'region-unknown': '地址码不在现行行政区划数据中（可能是已撤销的旧区划），请核对',
  'region-newer-than-birth': '地址码所指的区划设立晚于出生年份，请核对',
};
const say = (code: string) => problems[code as keyof typeof problems] ?? code;
const kinds = { 'resident-id': '公民身份号码', 'credit-code': '统一社会信用代码', unknown: '无法识别的号码' } as const;

/** 证件号码校验: a resident ID or a unified social credit code, its checksum and what it encodes. */
export function IdentityTab() {
  const calc = useCalculator('identity');
  return (
    <CalcShell
      name="identity"
      form={
        <Form<{ value: string; asOf?: Dayjs | null }>
          name="identity"
          layout="vertical"
          onFinish={(v) => calc.mutate({ value: v.value, asOf: optionalDay(v.asOf) })}
          aria-label="证件号码校验"
        >
          <Form.Item name="value" {...fieldOf('identity', 'value')} rules={[fillRule('证件号码')]}>
            <Input placeholder="如 11010519491231002X" maxLength={64} />
          </Form.Item>
          <Form.Item name="asOf" {...fieldOf('identity', 'asOf')}>
            <DatePicker style={{ width: '100%' }} placeholder="选填" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={calc.isPending} block>
            校验
          </Button>
        </Form>
      }
      result={
        <CalcResult error={calc.error} data={calc.data}>
          {(r) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {r.valid ? (
                <Alert type="success" showIcon message={`有效的${kinds[r.kind]}`} />
              ) : (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  message={`号码无效（${kinds[r.kind]}）`}
                  description={r.errors.map(say).join('；')}
                />
              )}
              {r.warnings.length > 0 && <Alert type="warning" showIcon message="请核对" description={r.warnings.map(say).join('；')} />}
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="规范写法">{r.normalized || '—'}</Descriptions.Item>
                {r.kind === 'resident-id' && (
                  <>
                    <Descriptions.Item label="出生日期">{r.birthDate ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label="性别">{r.sex === 'male' ? '男' : r.sex === 'female' ? '女' : '—'}</Descriptions.Item>
                    <Descriptions.Item label="地址码">{r.regionCode ?? '—'}</Descriptions.Item>
                  </>
                )}
                {r.kind === 'credit-code' && (
                  <>
                    <Descriptions.Item label="登记管理部门">{r.registrationAuthority?.name ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label="机构类别">{r.organisationType?.name ?? '—'}</Descriptions.Item>
                    <Descriptions.Item label="登记管理机关行政区划码">{r.regionCode ?? '—'}</Descriptions.Item>
                  </>
                )}
              </Descriptions>
            </Space>
          )}
        </CalcResult>
      }
    />
  );
}
