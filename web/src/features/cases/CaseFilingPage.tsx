import { useState, type KeyboardEvent } from 'react';
import { announce } from '../../components/announce.tsx';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, App, Breadcrumb, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { isApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { moneyRule } from '../../lib/money.ts';
import { useMe } from '../access/access.api.ts';
import { caseTypes, caseTypeNames } from '../../../../src/shared/vocabulary.ts';
import { useFileCase } from './cases.api.ts';
import { applyServerErrors, deadlineRules, filedOnRules, toFiling, type FilingValues } from './filing-form.ts';
import { ObligationListField } from './ObligationListField.tsx';
import { PartyListField } from './PartyListField.tsx';

// A long form is submitted with its button, not by Enter in a field (e.g. after typing a date).
const preventEnterSubmit = (e: KeyboardEvent<HTMLFormElement>) => {
  if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
};

const typeOptions = caseTypes.map((value) => ({ value, label: caseTypeNames[value] }));

export function CaseFilingPage() {
  const me = useMe();
  const [form] = Form.useForm<FilingValues>();
  const file = useFileCase();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [unmapped, setUnmapped] = useState<string[]>([]);

  if (me.data && !me.data.permissions.includes('case.file')) {
    return <Alert type="warning" showIcon message="无立案权限" description="您的账号没有执行立案的权限，请联系本院管理员。" />;
  }

  const initialValues = {
    courtCode: me.data?.court.code ?? '',
    type: 'first',
    filedOn: dayjs(todayInShanghai()),
    title: { obligations: [{ kind: 'money' }] },
    applicants: [{ kind: 'person' }],
    debtors: [{ kind: 'person' }],
  };

  const submit = async (values: FilingValues) => {
    setUnmapped([]);
    try {
      const filed = await file.mutateAsync(toFiling(values));
      announce(message, `立案成功，案号：${filed.caseNumber}`, 6);
      void navigate(`/cases/${filed.id}`);
    } catch (e) {
      const left = isApiError(e) && e.errors?.length ? applyServerErrors(form, e.errors) : null;
      setUnmapped(left ?? []);
      // Field errors scroll to their field; anything else is read in the Alert at the top.
      if (!left || left.length > 0) window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  const fieldErrors = isApiError(file.error) && file.error.errors?.length;

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/cases">案件列表</Link> }, { title: '立案' }]} />
      <div className="page-title">
        <Typography.Title level={4}>执行立案</Typography.Title>
        <Typography.Text type="secondary">带 * 的为必填项；提交后系统自动编立案号。</Typography.Text>
      </div>
      {file.isError && (
        <ProblemAlert
          error={file.error}
          extra={
            fieldErrors ? (
              unmapped.length ? (
                <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                  {unmapped.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : (
                <div>请按提示修改标红的字段后重新提交。</div>
              )
            ) : undefined
          }
        />
      )}
      <Form<FilingValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={submit}
        scrollToFirstError={{ block: 'center' }}
        aria-label="立案表单"
        onKeyDown={preventEnterSubmit}
      >
        <Card title="案件信息" className="section-card">
          <Row gutter={16}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name="courtCode"
                label="执行法院（法院代字）"
                rules={[{ required: true, whitespace: true, message: '请填写执行法院' }]}
              >
                <Input placeholder="如 粤0703" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="type" label="案件类型" rules={[{ required: true, message: '请选择案件类型' }]}>
                <Select options={typeOptions} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="filedOn" label="立案日期" rules={filedOnRules} dependencies={[['title', 'effectiveOn']]}>
                <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name="claimAmount"
                label="申请执行标的（元）"
                rules={[{ required: true, whitespace: true, message: '请填写申请执行标的' }, moneyRule]}
              >
                <Input placeholder="如 120000.00" style={{ textAlign: 'right' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title="执行依据" className="section-card">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name={['title', 'documentNumber']}
                label="执行依据文书号"
                rules={[{ required: true, whitespace: true, message: '请填写执行依据文书号' }]}
              >
                <Input placeholder="如（2025）粤0703民初1234号" maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={['title', 'issuer']}
                label="作出机构"
                rules={[{ required: true, whitespace: true, message: '请填写作出执行依据的机构' }]}
              >
                <Input placeholder="如 江门市蓬江区人民法院" maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name={['title', 'effectiveOn']} label="生效日期" rules={[{ required: true, message: '请选择生效日期' }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item
                name={['title', 'performanceDeadline']}
                label="履行期限届满日"
                rules={deadlineRules}
                dependencies={[['title', 'effectiveOn']]}
              >
                <DatePicker style={{ width: '100%' }} placeholder="选填" />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong style={{ display: 'block', margin: '8px 0' }}>
            确定的义务
          </Typography.Text>
          <ObligationListField />
        </Card>
        <Card title="申请执行人" className="section-card">
          <PartyListField name="applicants" label="申请执行人" />
        </Card>
        <Card title="被执行人" className="section-card">
          <PartyListField name="debtors" label="被执行人" />
        </Card>
        <Card className="section-card filing-actions" size="small">
          <Space>
            <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={file.isPending}>
              提交立案
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                file.reset();
                setUnmapped([]);
              }}
            >
              重置
            </Button>
            <Link to="/cases">
              <Button type="link">返回列表</Button>
            </Link>
          </Space>
        </Card>
      </Form>
    </>
  );
}
