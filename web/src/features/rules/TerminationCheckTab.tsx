import { Alert, Button, Checkbox, Col, DatePicker, Descriptions, Form, Radio, Row, Space, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { InvestigationStep, StepName } from '../../../../src/rules/termination-check.ts';
import { CalcResult } from './CalcResult.tsx';
import { CalcShell, day, fieldOf, pickRule } from './CalcShell.tsx';
import { useCalculator, type CalcInput } from './rules.api.ts';

// The measures of 第1、2条, in the order a case takes them.
const stepTitles: Record<StepName, string> = {
  enforcementNoticeServed: '已向被执行人发出执行通知',
  assetReportOrdered: '已发出报告财产令',
  assetReportVerified: '已核查被执行人报告的财产',
  consumptionRestricted: '已发出限制消费令',
  dishonestListedOrIneligible: '已纳入失信名单（或不符合纳入条件）',
  onlineSearchDone: '已通过网络执行查控系统查询',
  leadsVerified: '已核查申请执行人提供的财产线索',
  onSiteInvestigated: '已现场调查',
  applicantInterviewed: '已约谈申请执行人',
};
const investigation: InvestigationStep[] = ['onlineSearchDone', 'leadsVerified', 'onSiteInvestigated'];
const f = (k: keyof CalcInput<'termination-check'>) => fieldOf('termination-check', k);

type Values = {
  filedOn: Dayjs;
  asOf: Dayjs;
  steps: StepName[];
  assets: CalcInput<'termination-check'>['assets'];
  debtorMissing: boolean;
  searched: boolean;
  obstruction: boolean;
  sanctioned: boolean;
  requireApplicantInterview: boolean;
  requiredInvestigation: InvestigationStep[];
};

export function TerminationCheckTab() {
  const calc = useCalculator('termination-check');
  const [form] = Form.useForm<Values>();
  const missing = Form.useWatch('debtorMissing', form);
  const obstruction = Form.useWatch('obstruction', form);
  const submit = (v: Values) =>
    calc.mutate({
      filedOn: day(v.filedOn),
      asOf: day(v.asOf),
      steps: Object.fromEntries(v.steps.map((s) => [s, true])),
      assets: v.assets,
      debtorMissing: v.debtorMissing ? { searched: v.searched } : null,
      obstruction: v.obstruction ? { sanctioned: v.sanctioned } : null,
      requireApplicantInterview: v.requireApplicantInterview,
      ...(v.requiredInvestigation.length ? { requiredInvestigation: v.requiredInvestigation } : {}),
    });
  return (
    <CalcShell
      name="termination-check"
      wide
      form={
        <Form<Values>
          form={form}
          name="terminationCheck"
          layout="vertical"
          onFinish={submit}
          aria-label="终本条件审查"
          initialValues={{
            steps: [],
            assets: 'none',
            requireApplicantInterview: true,
            requiredInvestigation: [],
            searched: false,
            sanctioned: false,
          }}
        >
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="filedOn" {...f('filedOn')} rules={[pickRule('立案日期')]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="asOf" {...f('asOf')} rules={[pickRule('审查日')]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="steps" {...f('steps')}>
            <Checkbox.Group
              style={{ display: 'grid', gap: 6 }}
              options={Object.entries(stepTitles).map(([value, label]) => ({ value, label }))}
            />
          </Form.Item>
          <Form.Item name="assets" {...f('assets')}>
            <Radio.Group
              options={[
                { value: 'none', label: '未发现可供执行的财产' },
                { value: 'undisposable', label: '财产不能处置' },
                { value: 'disposable', label: '有可处置的财产' },
              ]}
            />
          </Form.Item>
          <Form.Item {...f('debtorMissing')}>
            <Space wrap>
              <Form.Item name="debtorMissing" valuePropName="checked" noStyle>
                <Checkbox>被执行人下落不明</Checkbox>
              </Form.Item>
              <Form.Item name="searched" valuePropName="checked" noStyle>
                <Checkbox disabled={!missing}>已依法查找</Checkbox>
              </Form.Item>
            </Space>
          </Form.Item>
          <Form.Item {...f('obstruction')}>
            <Space wrap>
              <Form.Item name="obstruction" valuePropName="checked" noStyle>
                <Checkbox>有妨害执行行为</Checkbox>
              </Form.Item>
              <Form.Item name="sanctioned" valuePropName="checked" noStyle>
                <Checkbox disabled={!obstruction}>已依法采取强制措施</Checkbox>
              </Form.Item>
            </Space>
          </Form.Item>
          <Form.Item name="requireApplicantInterview" valuePropName="checked" {...f('requireApplicantInterview')}>
            <Switch checkedChildren="须约谈" unCheckedChildren="不要求" aria-label="须约谈申请执行人" />
          </Form.Item>
          <Form.Item name="requiredInvestigation" {...f('requiredInvestigation')}>
            <Checkbox.Group options={investigation.map((value) => ({ value, label: stepTitles[value].replace(/^已/, '') }))} />
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
              {r.eligible ? (
                <Alert type="success" showIcon message="符合终结本次执行程序的条件" />
              ) : (
                <Alert
                  type="error"
                  showIcon
                  message="尚不符合终结本次执行程序的条件"
                  description={
                    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="unmet">
                      {r.unmetDetails.map((u) => (
                        <li key={u.code}>
                          {u.label}
                          <Typography.Text type="secondary">（{u.article}）</Typography.Text>
                        </li>
                      ))}
                    </ul>
                  }
                />
              )}
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="立案满三个月之日">{r.threeMonthsEndOn}</Descriptions.Item>
                <Descriptions.Item label="最早可终本日期">{r.earliestDate}</Descriptions.Item>
              </Descriptions>
            </Space>
          )}
        </CalcResult>
      }
    />
  );
}
