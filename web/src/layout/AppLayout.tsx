import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { announce } from '../components/announce.tsx';
import { Layout, Menu, Button, Drawer, Grid, Space, Tag, Typography, App as AntApp, type MenuProps } from 'antd';
import {
  ReconciliationOutlined,
  ScheduleOutlined,
  UnorderedListOutlined,
  FileAddOutlined,
  CalculatorOutlined,
  LogoutOutlined,
  LoginOutlined,
  BankOutlined,
  UserOutlined,
  MenuOutlined,
  TeamOutlined,
  AuditOutlined,
  LockOutlined,
  SearchOutlined,
  StopOutlined,
  InboxOutlined,
  BarChartOutlined,
} from '@ant-design/icons';
import { can, seesCases, shortName, useLogout, useMe } from '../features/access/access.api.ts';
import { BrandMark } from './BrandMark.tsx';
import { AccountMenu } from '../features/access/AccountMenu.tsx';
import { decidesApprovals } from '../features/approvals/approvals.api.ts';
import { handlesCases } from '../features/deadlines/deadlines.api.ts';
import { seesCreditStatistics, seesListingRegister } from '../features/credit/register.api.ts';
import { seesDormantPool } from '../features/dormant/dormant.api.ts';

const { Header, Sider, Content, Footer } = Layout;

// The menu key is the route that owns the current path.
function selectedKey(pathname: string): string {
  if (pathname.startsWith('/cases/new')) return '/cases/new';
  if (pathname.startsWith('/cases')) return '/cases';
  if (pathname.startsWith('/calculators')) return '/calculators';
  return pathname;
}

export function AppLayout() {
  const me = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = AntApp.useApp();
  const user = me.data ?? null;
  // Below 992 px the menu leaves the side for a drawer opened from the header (a phone, a narrow window).
  const narrow = !Grid.useBreakpoint().lg;
  const [drawer, setDrawer] = useState(false);
  useEffect(() => setDrawer(false), [location.pathname]);

  const items: MenuProps['items'] = [
    ...(handlesCases(user) ? [{ key: '/todo', icon: <ScheduleOutlined />, label: <Link to="/todo">我的待办</Link> }] : []),
    ...(seesCases(user) ? [{ key: '/cases', icon: <UnorderedListOutlined />, label: <Link to="/cases">案件列表</Link> }] : []),
    ...(can(user, 'case.file') ? [{ key: '/cases/new', icon: <FileAddOutlined />, label: <Link to="/cases/new">立案</Link> }] : []),
    ...(can(user, 'case.read') ? [{ key: '/seizures', icon: <LockOutlined />, label: <Link to="/seizures">查封登记簿</Link> }] : []),
    ...(seesListingRegister(user)
      ? [{ key: '/credit/listings', icon: <StopOutlined />, label: <Link to="/credit/listings">失信名单</Link> }]
      : []),
    ...(seesDormantPool(user) ? [{ key: '/dormant', icon: <InboxOutlined />, label: <Link to="/dormant">终本案件库</Link> }] : []),
    ...(seesCreditStatistics(user)
      ? [{ key: '/credit/statistics', icon: <BarChartOutlined />, label: <Link to="/credit/statistics">信用惩戒统计</Link> }]
      : []),
    ...(can(user, 'funds.post')
      ? [{ key: '/funds/unmatched', icon: <BankOutlined />, label: <Link to="/funds/unmatched">暂存款</Link> }]
      : []),
    ...(can(user, 'funds.reconcile')
      ? [{ key: '/funds/reconciliation', icon: <ReconciliationOutlined />, label: <Link to="/funds/reconciliation">对账</Link> }]
      : []),
    ...(decidesApprovals(user) ? [{ key: '/approvals', icon: <AuditOutlined />, label: <Link to="/approvals">待审批</Link> }] : []),
    { key: '/calculators', icon: <CalculatorOutlined />, label: <Link to="/calculators">计算器</Link> },
    { key: '/public/dishonest', icon: <SearchOutlined />, label: <Link to="/public/dishonest">失信查询</Link> },
    ...(can(user, 'user.manage') ? [{ key: '/admin/users', icon: <TeamOutlined />, label: <Link to="/admin/users">用户管理</Link> }] : []),
  ];

  const signOut = async () => {
    try {
      await logout.mutateAsync();
    } catch {
      // The cookie may already be gone; signing out locally is enough.
    }
    announce(message, '已退出登录');
    void navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header className="app-header">
        {narrow && (
          <Button type="text" className="app-menu-button" aria-label="打开菜单" icon={<MenuOutlined />} onClick={() => setDrawer(true)} />
        )}
        <Link to={user ? '/cases' : '/calculators'} className="app-brand">
          <BrandMark size={30} />
          <span className="app-brand-title">执行案件管理平台</span>
        </Link>
        <div className="app-header-right">
          {user ? (
            <Space size={16} className="app-user">
              <span title="所属法院" className="app-user-court">
                <BankOutlined /> {user.court.name}
              </span>
              <AccountMenu>
                <span className="app-user-who">
                  <UserOutlined /> <span className="app-user-name">{shortName(user)}</span>
                </span>
                <Tag color="gold" bordered={false} style={{ marginInlineEnd: 0 }}>
                  {user.roleName}
                </Tag>
              </AccountMenu>
              <Button size="small" ghost icon={<LogoutOutlined />} onClick={signOut} loading={logout.isPending} aria-label="退出">
                {narrow ? null : '退出'}
              </Button>
            </Space>
          ) : (
            !me.isPending && (
              <Button
                size="small"
                ghost
                icon={<LoginOutlined />}
                onClick={() => navigate('/login', { state: { from: location.pathname } })}
              >
                登录
              </Button>
            )
          )}
        </div>
      </Header>
      <Layout>
        {narrow ? (
          <Drawer
            placement="left"
            open={drawer}
            onClose={() => setDrawer(false)}
            width={240}
            title={user ? `${shortName(user)} · ${user.court.name}` : '菜单'}
            styles={{ body: { padding: 0 } }}
          >
            <Menu mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} style={{ borderInlineEnd: 0 }} />
          </Drawer>
        ) : (
          <Sider theme="dark" width={200} className="app-sider">
            <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} style={{ borderInlineEnd: 0 }} />
          </Sider>
        )}
        <Layout className="app-main">
          <Content className="app-content">
            <Outlet />
          </Content>
          <Footer className="app-footer">
            <Typography.Text type="secondary">执行案件管理平台 · 开源项目 Zhixing · 演示环境数据均为虚构</Typography.Text>
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
