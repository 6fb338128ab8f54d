import { Card, Empty, Spin, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../lib/dates.ts';
import { formatMoney } from '../../lib/money.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { caseActionNames, closureModeNames, statusNames, type CaseStatus, type ClosureMode } from '../../../../src/shared/vocabulary.ts';
import { assetTimelineLines } from '../assets/timeline-lines.ts';
import { useTimeline, type TimelineEvent } from './cases.api.ts';

const colorOf: Record<string, string> = {
  'case.filed': 'blue',
  'case.imported': 'blue',
  'case.closed': 'gray',
  'case.suspend': 'orange',
  'case.defer': 'orange',
  'case.resumed': 'purple',
};

const after = (v: unknown): unknown => (v && typeof v === 'object' && 'after' in v ? v.after : v);

// A line or two a clerk can read: what changed, in Chinese.
function summary(e: TimelineEvent): string[] {
  const c = e.changes ?? {};
  const assetLines = assetTimelineLines(e.action, c);
  if (assetLines) return assetLines;
  const lines: string[] = [];
  if (e.action === 'case.filed' || e.action === 'case.imported') {
    if (typeof c.caseNumber === 'string') lines.push(`案号 ${c.caseNumber}`);
    if (typeof c.claimAmountFen === 'string' && /^\d+$/.test(c.claimAmountFen)) {
      const fen = c.claimAmountFen.padStart(3, '0');
      lines.push(`申请执行标的 ${formatMoney(`${fen.slice(0, -2)}.${fen.slice(-2)}`)}`);
    }
  }
  const status = after(c.status) as CaseStatus | undefined;
  if (status && e.action !== 'case.filed' && e.action !== 'case.imported') lines.push(`状态变更为「${statusNames[status] ?? status}」`);
  const mode = after(c.closureMode) as ClosureMode | undefined;
  if (mode) lines.push(`结案方式：${closureModeNames[mode] ?? mode}${after(c.closedOn) ? `，结案日期 ${String(after(c.closedOn))}` : ''}`);
  if (typeof c.officerName === 'string') lines.push(`承办人：${c.officerName}`);
  const resumedBy = c.resumedBy as { caseNumber?: string } | undefined;
  if (resumedBy?.caseNumber) lines.push(`新案号 ${resumedBy.caseNumber}`);
  // Approvals (审批): what was asked, the opinion, the next signer; a step that was approved, by whom.
  if (e.action.startsWith('approval.') && typeof c.summary === 'string') lines.push(`事项：${c.summary}`);
  const resumedFrom = c.resumedFrom as { caseNumber?: string } | undefined;
  if (resumedFrom?.caseNumber) lines.push(`原案号 ${resumedFrom.caseNumber}`);
  if (typeof c.reason === 'string' && c.reason) lines.push(`理由：${c.reason}`);
  if (typeof c.opinion === 'string' && c.opinion) lines.push(`审批意见：${c.opinion}`);
  if (typeof c.awaiting === 'string') lines.push(`待${c.awaiting}审批`);
  if (typeof c.deferredUntil === 'string' && e.action === 'case.defer') lines.push(`暂缓至 ${c.deferredUntil}`);
  const approval = c.approval as { approvedBy?: string } | undefined;
  if (approval?.approvedBy) lines.push(`经 ${approval.approvedBy} 审批`);
  return lines;
}

export function CaseTimeline({ id }: { id: string }) {
  const timeline = useTimeline(id);
  const items = timeline.data?.items ?? [];
  return (
    <Card title="流程记录" className="section-card">
      {timeline.isError && <ProblemAlert error={timeline.error} />}
      {timeline.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description="暂无流程记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <section aria-label="流程记录">
          <Timeline
            style={{ marginTop: 8 }}
            items={items.map((e) => ({
              key: e.id,
              color: colorOf[e.action] ?? 'green',
              children: (
                <div className="timeline-entry">
                  <div>
                    <Typography.Text strong>{caseActionNames[e.action] ?? e.action}</Typography.Text>
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      {e.actor}
                    </Typography.Text>
                  </div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(e.at)}
                  </Typography.Text>
                  {summary(e).map((line) => (
                    <div key={line} style={{ fontSize: 13 }}>
                      {line}
                    </div>
                  ))}
                </div>
              ),
            }))}
          />
        </section>
      )}
    </Card>
  );
}
