import { useState, type KeyboardEvent } from 'react';
import { announce } from '../../components/announce.tsx';
import { Link, useNavigate } from 'react-router-dom';
import { Alert, App, Breadcrumb, Button, Card, Form, Space, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { isApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { todayInShanghai } from '../../lib/dates.ts';
import { useMe } from '../access/access.api.ts';
import { findDuplicates, useFileCase } from './cases.api.ts';
import { applyServerErrors, partyIdentities, toFiling, type FilingValues } from './filing-form.ts';
import { CaseInfoCard, TitleCard } from './FilingSections.tsx';
import { PartyListField } from './PartyListField.tsx';

// A long form is submitted with its button, not by Enter in a field (e.g. after typing a date).
const preventEnterSubmit = (e: KeyboardEvent<HTMLFormElement>) => {
  if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
};

export function CaseFilingPage() {
  const me = useMe();
  const [form] = Form.useForm<FilingValues>();
  const file = useFileCase();
  const navigate = useNavigate();
  const { message, modal, notification } = App.useApp();
  const [unmapped, setUnmapped] = useState<string[]>([]);

  if (me.data && !me.data.permissions.includes('case.file')) {
    return <Alert type="warning" showIcon message="无立案权限" description="您的账号没有执行立案的权限，请联系本院管理员。" />;
  }

  const initialValues = {
    courtCode: me.data?.court.code ?? '',
    type: 'first',
    filedOn: dayjs(todayInShanghai()),
    title: { issuerType: 'court-judgment', obligations: [{ kind: 'money' }] },
    applicants: [{ kind: 'person' }],
    debtors: [{ kind: 'person' }],
  };

  // A court that files later must not file a duplicate (执行工作若干问题的规定 第13条): ask first, let the clerk decide.
  const confirmNotDuplicate = async (values: FilingValues): Promise<boolean> => {
    const found = await findDuplicates(values.courtCode, values.title.documentNumber.trim(), partyIdentities(values)).catch(() => null);
    if (!found?.items.length) return true;
    return modal.confirm({
      title: '可能重复立案',
      width: 560,
      content: (
        <>
          <p>本院已有同一执行依据、相同当事人的案件：</p>
          <ul className="duplicate-list">
            {found.items.map((d) => (
              <li key={d.id}>
                {/* A plain link: the dialog is rendered outside the router. */}
                <a href={`/cases/${d.id}`} target="_blank" rel="noreferrer">
                  {d.caseNumber}
                </a>
                （{d.statusName}，{d.filedOn} 立案）{d.applicants} 申请执行 {d.debtors}
              </li>
            ))}
          </ul>
          <p>如为恢复执行，请在原案中办理“恢复执行”。确认不是重复立案的，可以继续。</p>
        </>
      ),
      okText: '确认不重复，继续立案',
      cancelText: '返回修改',
    });
  };

  const submit = async (values: FilingValues) => {
    setUnmapped([]);
    try {
      if (!(await confirmNotDuplicate(values))) return;
      const filed = await file.mutateAsync(toFiling(values));
      announce(message, `立案成功，案号：${filed.caseNumber}`, 6);
      if (filed.warnings?.length)
        notification.warning({
          message: '立案提示',
          description: filed.warnings.map((w) => <div key={w.code + w.field}>{w.message}</div>),
          duration: 0,
        });
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
        {me.data && <CaseInfoCard me={me.data} />}
        <TitleCard />
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
