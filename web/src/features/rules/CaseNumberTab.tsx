import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { CalcResult } from './CalcResult.tsx';
import { fieldOf } from './CalcShell.tsx';
import { calculatorPages } from './calculator-fields.ts';
import { useCalculator } from './rules.api.ts';

/** 案号解析: the court (current or former code), its parent, the case type and its category. */
export function CaseNumberTab() {
  const calc = useCalculator('case-number');
  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card title="案号解析" className="section-card">
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }} data-testid="calc-intro">
            {calculatorPages['case-number'].intro}
          </Typography.Paragraph>
          <Form<{ caseNumber: string }>
            name="caseNumber"
            layout="vertical"
            onFinish={(v) => calc.mutate({ caseNumber: v.caseNumber })}
            aria-label="案号解析"
          >
            <Form.Item
              name="caseNumber"
              {...fieldOf('case-number', 'caseNumber')}
              rules={[{ required: true, whitespace: true, message: '请填写案号' }]}
            >
              <Input placeholder="如（2020）豫0192执2437号之一" maxLength={100} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={calc.isPending} block>
              解析
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <CalcResult error={calc.error} data={calc.data}>
          {(r) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {r.valid ? (
                <Alert type="success" showIcon message={r.legacy ? '有效的旧式（“字第”）案号' : '有效的案号'} />
              ) : (
                <Alert type="error" showIcon message="案号无效" description={r.errorDetails.map((e) => e.message).join('；')} />
              )}
              {r.formerCode && (
                <Alert
                  type="info"
                  showIcon
                  data-testid="former-code"
                  message={`原法院代字：${r.formerCode.code}（${r.formerCode.name}）`}
                  description={`该代字使用至 ${r.formerCode.until}，现为「${r.court?.code}」${r.court?.name ?? ''}${r.formerCode.inUse ? '' : '；本案号年度晚于停用时间，请核对'}`}
                />
              )}
              <Descriptions bordered size="small" column={1}>
                <Descriptions.Item label="收案年度">{r.year ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="法院">
                  {r.court ? `${r.court.name}（${r.court.code}）` : r.courtCode ? `${r.courtCode}（法院名录中未找到）` : '—'}
                </Descriptions.Item>
                <Descriptions.Item label="上级法院">{r.court?.parentCode ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="类型">
                  {r.typeName ? `${r.typeName}（${r.typeCode}）` : (r.typeCode ?? '—')}
                  {r.categoryName && <Tag style={{ marginLeft: 8 }}>{r.categoryName}</Tag>}
                  {r.enforcement && <Tag color="blue">执行案件</Tag>}
                </Descriptions.Item>
                <Descriptions.Item label="编号">{r.serial ?? '—'}</Descriptions.Item>
                {r.suffix && (
                  <Descriptions.Item label="后缀">
                    {r.suffix}（原案号 {r.underlying}）
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Space>
          )}
        </CalcResult>
      </Col>
    </Row>
  );
}
