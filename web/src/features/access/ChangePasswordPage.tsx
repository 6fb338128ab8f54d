import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isApiError } from '../../api.ts';
import { homeFor, useMe } from './access.api.ts';
import { useChangePassword } from './account.api.ts';

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string };

const MIN_LENGTH = 8;

/** 修改密码: the current password, and the new one twice. Other devices are signed out. */
export function ChangePasswordPage() {
  const [form] = Form.useForm<PasswordForm>();
  const me = useMe();
  const change = useChangePassword();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [error, setError] = useState<unknown>(null);
  const mustChange = Boolean(me.data?.mustChangePassword);

  const submit = async ({ currentPassword, newPassword }: PasswordForm) => {
    setError(null);
    try {
      const r = await change.mutateAsync({ currentPassword, newPassword });
      form.resetFields();
      announce(message, r.otherSessionsEnded > 0 ? `密码已修改，已退出其他 ${r.otherSessionsEnded} 台设备上的登录` : '密码已修改');
      if (mustChange) {
        const fresh = await me.refetch();
        void navigate(homeFor(fresh.data), { replace: true });
      }
    } catch (e) {
      setError(e);
      if (isApiError(e) && e.code === 'wrong-current-password')
        form.setFields([{ name: 'currentPassword', errors: ['当前密码不正确'], value: '' }]);
    }
  };

  return (
    <div className="account-page">
      <div className="page-title">
        <Typography.Title level={4}>修改密码</Typography.Title>
      </div>
      <Card className="section-card account-card">
        {mustChange && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message="请先修改密码"
            description="管理员为您设置了临时密码。修改为只有您知道的新密码后，才能使用其他功能。"
          />
        )}
        <ProblemAlert error={error} />
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} autoComplete="off">
          <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请填写当前密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label="新密码"
            extra={`至少 ${MIN_LENGTH} 位，不能与用户名相同；可用一句好记的话`}
            rules={[
              { required: true, message: '请填写新密码' },
              { min: MIN_LENGTH, message: `新密码至少 ${MIN_LENGTH} 位` },
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label="确认新密码"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次填写新密码' },
              ({ getFieldValue }) => ({
                validator: (_, v: string | undefined) =>
                  !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次填写的新密码不一致')),
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
          </Form.Item>
          <Typography.Paragraph type="secondary">修改后，您在其他电脑和手机上的登录将全部退出，本设备保持登录。</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            修改密码
          </Button>
        </Form>
      </Card>
    </div>
  );
}
