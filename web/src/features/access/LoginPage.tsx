import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography, Tag, Space, Divider } from 'antd';
import { LockOutlined, UserOutlined, CalculatorOutlined, SearchOutlined } from '@ant-design/icons';
import { isApiError, type ApiError } from '../../api.ts';
import { homeFor, useLogin, useMe } from './access.api.ts';
import { BrandMark } from '../../layout/BrandMark.tsx';

const demoAccounts: [string, string][] = [
  ['judge', '执行法官'],
  ['enforcer', '执行员'],
  ['clerk', '书记员'],
  ['head', '执行局长'],
  ['coordinator', '上级法院协调员'],
  ['party', '当事人'],
  ['public', '公众'],
];
const DEMO_PASSWORD = 'zhixing-demo';

type LoginForm = { username: string; password: string };

// What the sign-in says when refused: a wrong password, or too many tries and when to try again
// (the server's message names the local time, e.g. 尝试次数过多，请于 14:32 后再试).
function problemText(e: ApiError): { title: string; detail?: string | undefined } {
  if (e.status === 401) return { title: e.title, detail: '请核对后重新输入。' };
  if (e.status === 429)
    return {
      title: e.detail ?? '尝试次数过多，请稍后再试',
      detail: '为保护账户安全，连续输错密码后须稍候再试。如忘记密码，请联系本院系统管理员重置。',
    };
  return { title: e.title, detail: e.detail };
}

export function LoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const login = useLogin();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<{ title: string; detail?: string | undefined } | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? null;

  if (me.data) return <Navigate to={me.data.mustChangePassword ? homeFor(me.data) : (from ?? homeFor(me.data))} replace />;

  const submit = async (values: LoginForm) => {
    setError(null);
    try {
      const signedIn = await login.mutateAsync({ username: values.username.trim(), password: values.password });
      // With no page to return to, the redirect above picks the user's home once /auth/me reloads.
      if (from && !signedIn.mustChangePassword) void navigate(from, { replace: true });
    } catch (e) {
      if (isApiError(e)) setError(problemText(e));
      else setError({ title: '登录失败', detail: String(e) });
    }
  };

  return (
    <div className="login-page">
      <div className="login-panel">
        <div className="login-brand">
          <BrandMark size={48} />
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              执行案件管理平台
            </Typography.Title>
            <Typography.Text type="secondary">人民法院执行工作信息化系统</Typography.Text>
          </div>
        </div>
        <Card variant="borderless" className="login-card">
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            用户登录
          </Typography.Title>
          {error && (
            <Alert type="error" showIcon message={error.title} description={error.detail} style={{ marginBottom: 16 }} role="alert" />
          )}
          <Form form={form} layout="vertical" size="large" onFinish={submit} requiredMark={false} autoComplete="on">
            <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请填写用户名' }]}>
              <Input prefix={<UserOutlined />} placeholder="请输入用户名" autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: '请填写密码' }]}>
              <Input.Password prefix={<LockOutlined />} placeholder="请输入密码" autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={login.isPending}>
              登录
            </Button>
          </Form>
          <Divider plain style={{ margin: '20px 0 12px' }}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              演示账号（密码均为 {DEMO_PASSWORD}）
            </Typography.Text>
          </Divider>
          <Space size={[6, 8]} wrap>
            {demoAccounts.map(([username, role]) => (
              <Tag
                key={username}
                className="demo-account"
                color="blue"
                onClick={() => form.setFieldsValue({ username, password: DEMO_PASSWORD })}
                title={`点击填入 ${username}`}
              >
                {username}（{role}）
              </Tag>
            ))}
          </Space>
          <div style={{ marginTop: 20, textAlign: 'center' }}>
            <Link to="/calculators">
              <CalculatorOutlined /> 无需登录，使用执行法律计算器
            </Link>
            <br />
            <Link to="/public/dishonest">
              <SearchOutlined /> 无需登录，查询失信被执行人
            </Link>
          </div>
        </Card>
        <Typography.Text type="secondary" className="login-footer">
          仅供人民法院执行工作使用 · 演示环境数据均为虚构
        </Typography.Text>
      </div>
    </div>
  );
}
