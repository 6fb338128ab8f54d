import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Result, Spin, Button } from 'antd';
import { CHANGE_PASSWORD, useMe } from './access.api.ts';

/** Routes behind sign-in: a signed-out visitor goes to /login and comes back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <div style={{ padding: 80, textAlign: 'center' }}>
        <Spin size="large" tip="正在加载…">
          <div style={{ height: 40 }} />
        </Spin>
      </div>
    );
  }
  if (me.isError) {
    return (
      <Result
        status="error"
        title="无法获取登录状态"
        subTitle={me.error.message}
        extra={<Button onClick={() => me.refetch()}>重试</Button>}
      />
    );
  }
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // A temporary password set by an administrator is changed before anything else.
  if (me.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD) return <Navigate to={CHANGE_PASSWORD} replace />;
  return <>{children}</>;
}
