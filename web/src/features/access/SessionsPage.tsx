import { App as AntApp, Button, Card, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { DesktopOutlined, MobileOutlined } from '@ant-design/icons';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useSessions, useSignOutOthers, useSignOutSession, type AccountSession } from './account.api.ts';

// "Mozilla/5.0 (iPhone …) … Safari" → 手机 · Safari: enough for a clerk to recognise a device.
export function describeDevice(userAgent: string | null): { phone: boolean; text: string } {
  if (!userAgent) return { phone: false, text: '未知设备' };
  const phone = /Mobile|Android|iPhone|iPad/i.test(userAgent);
  const browser =
    [
      [/Edg\//, 'Edge'],
      [/QQBrowser/, 'QQ浏览器'],
      [/MicroMessenger/, '微信'],
      [/Firefox\//, 'Firefox'],
      [/Chrome\/|Chromium\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ].find(([re]) => (re as RegExp).test(userAgent))?.[1] ?? '其他客户端';
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return { phone, text: `${phone ? '手机' : '电脑'} · ${[system, browser as string].filter(Boolean).join(' ')}` };
}

/** 登录设备: where one is signed in; any other device can be signed out. */
export function SessionsPage() {
  const sessions = useSessions();
  const signOut = useSignOutSession();
  const signOutOthers = useSignOutOthers();
  const { message } = AntApp.useApp();
  const items = sessions.data?.items ?? [];
  const others = items.filter((s) => !s.current).length;

  const endOne = async (s: AccountSession) => {
    await signOut.mutateAsync(s.id);
    announce(message, '已退出该设备上的登录');
  };
  const endOthers = async () => {
    const r = await signOutOthers.mutateAsync();
    announce(message, `已退出其他 ${r.ended} 台设备上的登录`);
  };

  return (
    <div className="account-page">
      <div className="page-title">
        <Typography.Title level={4}>登录设备</Typography.Title>
        <Popconfirm title="退出其他全部设备？" description="这些设备需要重新登录。" okText="退出" cancelText="取消" onConfirm={endOthers}>
          <Button danger disabled={others === 0} loading={signOutOthers.isPending}>
            退出其他全部设备
          </Button>
        </Popconfirm>
      </div>
      <ProblemAlert error={sessions.error ?? signOut.error ?? signOutOthers.error} />
      <Card className="section-card account-card" role="region" aria-label="登录设备">
        <List
          loading={sessions.isPending}
          dataSource={items}
          locale={{ emptyText: <Empty description="没有登录中的设备" /> }}
          renderItem={(s) => {
            const device = describeDevice(s.userAgent);
            return (
              <List.Item
                actions={
                  s.current
                    ? []
                    : [
                        <Popconfirm key="out" title="退出该设备上的登录？" okText="退出" cancelText="取消" onConfirm={() => endOne(s)}>
                          <Button size="small" danger aria-label={`退出 ${device.text}（${s.address ?? '地址未知'}）`}>
                            退出
                          </Button>
                        </Popconfirm>,
                      ]
                }
              >
                <List.Item.Meta
                  avatar={device.phone ? <MobileOutlined style={{ fontSize: 22 }} /> : <DesktopOutlined style={{ fontSize: 22 }} />}
                  title={
                    <Space size={8} wrap>
                      <span>{device.text}</span>
                      {s.current && (
                        <Tag color="green" bordered={false}>
                          本设备
                        </Tag>
                      )}
                    </Space>
                  }
                  description={
                    <div className="session-facts">
                      <span>地址 {s.address ?? '未记录'}</span>
                      <span>登录于 {formatDateTime(s.createdAt)}</span>
                      <span>最近使用 {formatDateTime(s.lastSeenAt)}</span>
                    </div>
                  }
                />
              </List.Item>
            );
          }}
        />
      </Card>
    </div>
  );
}
