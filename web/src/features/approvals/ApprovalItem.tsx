import { useState } from 'react';
import { App, Button, Descriptions, Space, Steps, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/dates.ts';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import type { Me } from '../access/access.api.ts';
import { mayDecide, useWithdraw, type Approval } from './approvals.api.ts';
import { DecisionDialog, type Choice } from './DecisionDialog.tsx';

const stateColor: Record<Approval['state'], string> = { pending: 'gold', approved: 'green', rejected: 'red', withdrawn: 'default' };

/** One approval: what is asked, by whom and when, its steps with who decided, when and why, and the buttons this user has. */
export function ApprovalItem({ a, me, showCase = false }: { a: Approval; me: Me | null | undefined; showCase?: boolean }) {
  const [choice, setChoice] = useState<Choice | null>(null);
  const withdraw = useWithdraw();
  const { message } = App.useApp();
  const current = a.steps.findIndex((s) => !s.decision);
  const mine = a.state === 'pending' && !!me && a.requestedBy.id === me.id;

  return (
    <section aria-label={`审批事项：${a.summary}`} className="approval-item">
      <Space wrap size={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>{a.summary}</Typography.Text>
        <Tag color={stateColor[a.state]}>{a.state === 'pending' && a.awaitingRoleName ? `待${a.awaitingRoleName}审批` : a.stateName}</Tag>
      </Space>
      <Descriptions size="small" column={1} colon>
        {showCase && a.caseId && (
          <Descriptions.Item label="案号">
            <Link to={`/cases/${a.caseId}`}>{a.caseNumber ?? '查看案件'}</Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item label="提交人">
          {a.requestedBy.name}，{formatDateTime(a.requestedAt)}
        </Descriptions.Item>
        {a.reason && (
          <Descriptions.Item label="理由">
            <span style={{ whiteSpace: 'pre-line' }}>{a.reason}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Steps
        style={{ marginTop: 8 }}
        size="small"
        direction="vertical"
        current={current < 0 ? a.steps.length : current}
        status={a.state === 'rejected' ? 'error' : a.state === 'withdrawn' ? 'wait' : undefined}
        items={a.steps.map((s, i) => ({
          title: s.title,
          description: s.decision ? (
            <span>
              {s.decision.decisionName}：{s.decision.by}，审批日期 {s.decision.on}
              {s.decision.opinion ? `；意见：${s.decision.opinion}` : ''}
            </span>
          ) : a.state === 'pending' ? (
            i === current ? (
              '待审批'
            ) : (
              '尚未开始'
            )
          ) : (
            '未审批'
          ),
        }))}
      />
      {withdraw.isError && <ProblemAlert error={withdraw.error} />}
      {(mayDecide(me, a) || mine) && (
        <Space wrap>
          {mayDecide(me, a) && (
            <>
              <Button type="primary" onClick={() => setChoice({ approval: a, decision: 'approve' })}>
                同意
              </Button>
              <Button danger onClick={() => setChoice({ approval: a, decision: 'reject' })}>
                不同意
              </Button>
            </>
          )}
          {mine && (
            <Button
              loading={withdraw.isPending}
              onClick={async () => {
                try {
                  await withdraw.mutateAsync(a.id);
                  announce(message, `已撤回：${a.summary}`);
                } catch {
                  // Shown above from withdraw.error.
                }
              }}
            >
              撤回
            </Button>
          )}
        </Space>
      )}
      <DecisionDialog choice={choice} onClose={() => setChoice(null)} />
    </section>
  );
}
