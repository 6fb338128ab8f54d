import { Space, Tag, Typography } from 'antd';
import { deadlineTone, type Deadline } from './deadlines.api.ts';

/** A deadline's state as a tag, and how far it is from its day (还剩 3 天, 已超期 2 天, 停止计时 …). */
export function DeadlineState({ d }: { d: Deadline }) {
  const tone = deadlineTone(d);
  const label = d.state === 'open' && d.paused ? '停止计时' : d.state === 'met' && d.late ? '超期完成' : d.stateName;
  return (
    <Space size={4} wrap>
      <Tag color={tone} style={{ marginInlineEnd: 0 }}>
        {label}
      </Tag>
      {(d.state === 'open' || d.state === 'overdue') && !d.paused && (
        <Typography.Text type={tone === 'error' ? 'danger' : tone === 'warning' ? 'warning' : 'secondary'}>{d.dueLabel}</Typography.Text>
      )}
    </Space>
  );
}
