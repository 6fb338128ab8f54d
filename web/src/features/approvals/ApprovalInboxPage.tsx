import { Card, Empty, Skeleton, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useMe } from '../access/access.api.ts';
import { ApprovalItem } from './ApprovalItem.tsx';
import { decidesApprovals, useInbox } from './approvals.api.ts';

/** 待审批: the requests of the court awaiting this user's role, oldest first. */
export function ApprovalInboxPage() {
  const me = useMe();
  const inbox = useInbox(decidesApprovals(me.data));
  const items = inbox.data?.items ?? [];
  return (
    <>
      <div className="page-title">
        <Typography.Title level={4}>待审批</Typography.Title>
        <Typography.Text type="secondary">本院等待您审批的事项：暂缓执行、终结执行、不予执行等。</Typography.Text>
      </div>
      {inbox.isError && <ProblemAlert error={inbox.error} />}
      {!decidesApprovals(me.data) ? (
        <Empty description="您的角色没有审批事项" />
      ) : inbox.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Card>
          <Empty description="暂无待审批事项" />
        </Card>
      ) : (
        <section aria-label="待审批事项">
          {items.map((a) => (
            <Card key={a.id} className="section-card">
              <ApprovalItem a={a} me={me.data} showCase />
            </Card>
          ))}
        </section>
      )}
    </>
  );
}
