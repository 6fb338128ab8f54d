import { App as AntApp, Form, Input, Modal, Radio, Select } from 'antd';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useMe } from './access.api.ts';
import { roleOptions, useCreateUser, useUserAction, type AccountUser, type NewUser } from './account.api.ts';
import { CourtSelect } from './CourtSelect.tsx';

const passwordRules = [
  { required: true, message: '请填写密码' },
  { min: 8, message: '密码至少 8 位' },
];

function ScopeField() {
  const me = useMe();
  if (me.data?.scope !== 'subtree') return null;
  return (
    <Form.Item name="scope" label="范围" rules={[{ required: true }]}>
      <Radio.Group
        options={[
          { value: 'court', label: '本院' },
          { value: 'subtree', label: '本院及下级法院' },
        ]}
      />
    </Form.Item>
  );
}

/** 新建用户: an account at one of the administrator's courts. */
export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<NewUser>();
  const me = useMe();
  const create = useCreateUser();
  const { message } = AntApp.useApp();
  const role = Form.useWatch('role', form);
  const submit = async (v: NewUser) => {
    await create.mutateAsync({ ...v, scope: v.scope ?? 'court', partyIdentity: v.partyIdentity || null });
    announce(message, `已新建用户 ${v.username}`);
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      title="新建用户"
      open={open}
      okText="新建"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      onCancel={onClose}
      afterClose={() => create.reset()}
      destroyOnHidden
    >
      <ProblemAlert error={create.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v).catch(() => {})}
        initialValues={{ courtCode: me.data?.court.code, scope: 'court', role: 'clerk' }}
      >
        <Form.Item
          name="username"
          label="用户名"
          extra="2–50 位字母、数字或 _ . -，登录时使用"
          rules={[
            { required: true, message: '请填写用户名' },
            { pattern: /^[a-zA-Z0-9_.-]{2,50}$/, message: '用户名为 2–50 位字母、数字或 _ . -' },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={roleOptions} />
        </Form.Item>
        {role === 'party' && (
          <Form.Item
            name="partyIdentity"
            label="当事人证件号码"
            rules={[{ required: true, message: '当事人账户须绑定身份证号码或统一社会信用代码' }]}
          >
            <Input maxLength={32} />
          </Form.Item>
        )}
        <Form.Item name="courtCode" label="所在法院" rules={[{ required: true, message: '请选择所在法院' }]}>
          <CourtSelect />
        </Form.Item>
        <ScopeField />
        <Form.Item name="password" label="初始密码" extra="请当面或电话告知本人" rules={passwordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 重置密码: a temporary password, to be changed at the next sign-in. */
export function ResetPasswordDialog({ user, onClose }: { user: AccountUser | null; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const action = useUserAction();
  const { message } = AntApp.useApp();
  const submit = async ({ password }: { password: string }) => {
    await action.mutateAsync({ kind: 'password', id: user!.id, password });
    announce(message, `已为 ${user!.displayName} 设置临时密码`);
    onClose();
  };
  return (
    <Modal
      title={user ? `重置密码：${user.displayName}` : '重置密码'}
      open={Boolean(user)}
      okText="重置"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={action.isPending}
      onCancel={onClose}
      afterClose={() => action.reset()}
      destroyOnHidden
    >
      <ProblemAlert error={action.error} />
      <p>该用户已登录的设备将全部退出；用临时密码登录后，须先修改为自己的密码。</p>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v).catch(() => {})}>
        <Form.Item name="password" label="临时密码" rules={passwordRules}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 调整法院: the account's court and scope, within the administrator's. */
export function CourtDialog({ user, onClose }: { user: AccountUser | null; onClose: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<{ courtCode: string; scope: 'court' | 'subtree' }>();
  const action = useUserAction();
  const { message } = AntApp.useApp();
  const target = user;
  const submit = async (to: { courtCode: string; scope?: 'court' | 'subtree' }) => {
    const r = await action.mutateAsync({ kind: 'court', id: target!.id, to: { courtCode: to.courtCode, scope: to.scope ?? 'court' } });
    const same = r.court.code === target!.court.code && r.scope === target!.scope;
    announce(message, same ? `${r.displayName}的所在法院未改变` : `${r.displayName}的所在法院已调整为${r.court.name}`);
    onClose();
  };
  return (
    <Modal
      title={target ? `调整法院：${target.displayName}` : '调整法院'}
      open={Boolean(user)}
      okText="保存"
      cancelText="取消"
      onOk={() => form.submit()}
      confirmLoading={action.isPending}
      onCancel={onClose}
      afterClose={() => action.reset()}
      destroyOnHidden
    >
      <ProblemAlert error={action.error} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v).catch(() => {})}
        initialValues={target ? { courtCode: target.court.code, scope: target.scope } : {}}
      >
        <Form.Item
          name="courtCode"
          label="所在法院"
          rules={[{ required: true, message: '请选择所在法院' }]}
          extra={me.data?.scope === 'subtree' ? '可选您管理范围内的法院' : '您只管理本院；调往其他法院请由上级法院的管理员办理'}
        >
          <CourtSelect current={target?.court} />
        </Form.Item>
        <ScopeField />
      </Form>
    </Modal>
  );
}
