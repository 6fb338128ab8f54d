import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { Dropdown, type MenuProps } from 'antd';
import { DownOutlined, KeyOutlined, LaptopOutlined, TeamOutlined } from '@ant-design/icons';
import { can, useMe } from './access.api.ts';

/** The user's name in the header opens the account menu: 修改密码, 登录设备 (and 用户管理 for administrators). */
export function AccountMenu({ children }: { children: ReactNode }) {
  const me = useMe();
  const navigate = useNavigate();
  const items: MenuProps['items'] = [
    { key: '/account/password', icon: <KeyOutlined />, label: '修改密码' },
    { key: '/account/sessions', icon: <LaptopOutlined />, label: '登录设备' },
    ...(can(me.data, 'user.manage') ? [{ key: '/admin/users', icon: <TeamOutlined />, label: '用户管理' }] : []),
  ];
  return (
    <Dropdown menu={{ items, onClick: ({ key }) => void navigate(key) }} trigger={['click']} placement="bottomRight">
      <button type="button" className="app-account-trigger" aria-label="账户菜单">
        {children}
        <DownOutlined style={{ fontSize: 10 }} />
      </button>
    </Dropdown>
  );
}
