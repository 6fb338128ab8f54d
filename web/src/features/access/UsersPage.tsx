import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  Grid,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useMe } from './access.api.ts';
import { roleOptions, scopeLabel, useUserAction, useUsers, type AccountUser, type UserQuery } from './account.api.ts';
import { CourtSelect } from './CourtSelect.tsx';
import { CourtDialog, CreateUserDialog, ResetPasswordDialog } from './UserDialogs.tsx';

const PAGE_SIZE = 20;

function StatusTags({ u }: { u: AccountUser }) {
  return (
    <Space size={4} wrap>
      {u.disabled ? <Tag color="red">已停用</Tag> : <Tag color="green">在用</Tag>}
      {u.mustChangePassword && <Tag color="orange">待改密码</Tag>}
    </Space>
  );
}

type Actions = {
  onReset: (u: AccountUser) => void;
  onCourt: (u: AccountUser) => void;
  onToggle: (u: AccountUser) => Promise<void>;
  self: string;
};

function UserActions({ u, a }: { u: AccountUser; a: Actions }) {
  if (u.id === a.self) return <Typography.Text type="secondary">本人</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Popconfirm
        title={u.disabled ? `启用 ${u.displayName}？` : `停用 ${u.displayName}？`}
        description={u.disabled ? '该用户可以重新登录。' : '该用户将不能登录，已登录的设备立即退出。'}
        okText={u.disabled ? '启用' : '停用'}
        cancelText="取消"
        onConfirm={() => a.onToggle(u)}
      >
        <Button size="small" danger={!u.disabled} aria-label={`${u.disabled ? '启用' : '停用'} ${u.username}`}>
          {u.disabled ? '启用' : '停用'}
        </Button>
      </Popconfirm>
      <Button size="small" onClick={() => a.onReset(u)} aria-label={`重置密码 ${u.username}`}>
        重置密码
      </Button>
      <Button size="small" onClick={() => a.onCourt(u)} aria-label={`调整法院 ${u.username}`}>
        调整法院
      </Button>
    </Space>
  );
}

const columns = (a: Actions): TableColumnsType<AccountUser> => [
  { title: '用户名', dataIndex: 'username', width: 140 },
  { title: '姓名', dataIndex: 'displayName', ellipsis: { showTitle: true } },
  { title: '角色', dataIndex: 'roleName', width: 120 },
  {
    title: '所在法院',
    key: 'court',
    render: (_, u) => (
      <>
        <div>{u.court.name}</div>
        <Typography.Text type="secondary">{scopeLabel(u.scope)}</Typography.Text>
      </>
    ),
  },
  { title: '状态', key: 'status', width: 150, render: (_, u) => <StatusTags u={u} /> },
  { title: '操作', key: 'actions', width: 260, render: (_, u) => <UserActions u={u} a={a} /> },
];

/** 用户管理: the accounts of the administrator's courts. */
export function UsersPage() {
  const me = useMe();
  const phone = !Grid.useBreakpoint().md;
  const [query, setQuery] = useState<UserQuery>({ limit: PAGE_SIZE, offset: 0 });
  const users = useUsers(query);
  const action = useUserAction();
  const { message } = AntApp.useApp();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<AccountUser | null>(null);
  const [moving, setMoving] = useState<AccountUser | null>(null);
  const filter = (patch: Partial<UserQuery>) => setQuery((q) => ({ ...q, ...patch, offset: 0 }));

  const actions: Actions = {
    self: me.data?.id ?? '',
    onReset: setResetting,
    onCourt: setMoving,
    onToggle: async (u) => {
      const r = await action.mutateAsync(u.disabled ? { kind: 'enable', id: u.id } : { kind: 'disable', id: u.id });
      announce(message, r.disabled ? `已停用 ${r.displayName}，其登录已全部退出` : `已启用 ${r.displayName}`);
    },
  };
  const page = Math.floor((query.offset ?? 0) / PAGE_SIZE) + 1;
  const pagination = {
    current: page,
    pageSize: PAGE_SIZE,
    total: users.data?.total ?? 0,
    showSizeChanger: false,
    showTotal: (n: number) => `共 ${n} 个账户`,
    onChange: (p: number) => setQuery((q) => ({ ...q, offset: (p - 1) * PAGE_SIZE })),
  };

  return (
    <div>
      <div className="page-title">
        <Typography.Title level={4}>用户管理</Typography.Title>
        <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
          新建用户
        </Button>
      </div>
      <Card className="section-card">
        <div className="user-filters" role="search" aria-label="筛选用户">
          <Input.Search
            aria-label="查找用户"
            placeholder="用户名或姓名"
            allowClear
            onSearch={(q) => filter({ q: q.trim() || undefined })}
          />
          <Select
            aria-label="角色"
            placeholder="全部角色"
            allowClear
            options={roleOptions}
            onChange={(role?: AccountUser['role']) => filter({ role })}
          />
          {me.data?.scope === 'subtree' && <CourtSelect allowClear placeholder="全部法院" onChange={(court) => filter({ court })} />}
        </div>
      </Card>
      <ProblemAlert error={users.error ?? action.error} />
      <Card className="section-card" role="region" aria-label="用户列表">
        {phone ? (
          <List
            loading={users.isPending}
            dataSource={users.data?.items ?? []}
            pagination={{ ...pagination, simple: true, align: 'center' }}
            renderItem={(u) => (
              <List.Item>
                <div className="user-card">
                  <div className="user-card-head">
                    <strong>{u.displayName}</strong>
                    <StatusTags u={u} />
                  </div>
                  <Typography.Text type="secondary">
                    {u.username} · {u.roleName} · {u.court.name}（{scopeLabel(u.scope)}）
                  </Typography.Text>
                  <UserActions u={u} a={actions} />
                </div>
              </List.Item>
            )}
          />
        ) : (
          <Table<AccountUser>
            rowKey="id"
            size="middle"
            loading={users.isFetching}
            columns={columns(actions)}
            dataSource={users.data?.items ?? []}
            pagination={pagination}
          />
        )}
      </Card>
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />
      <CourtDialog user={moving} onClose={() => setMoving(null)} />
    </div>
  );
}
