import { Tag, Typography } from 'antd';
import { expiryTone, type Seizure } from './assets.api.ts';

const statusColor: Record<Seizure['status'], string> = { effective: 'green', waiting: 'blue', released: 'default', lapsed: 'default' };

export function SeizureStatusTag({ s }: { s: Seizure }) {
  return (
    <Tag color={statusColor[s.status]}>
      {s.statusName}
      {s.rank !== null && s.rank > 1 ? ` 第${s.rank}顺位` : ''}
    </Tag>
  );
}

/** The last day, red within 7 days and orange within 30, with the days left. */
export function ExpiryText({ s }: { s: Seizure }) {
  if (!s.expiresOn) return <Typography.Text type="secondary">{s.status === 'waiting' ? '轮候中，生效后起算' : '—'}</Typography.Text>;
  const tone = s.status === 'effective' ? expiryTone(s.expiresInDays) : undefined;
  const left =
    s.status === 'effective' && s.expiresInDays !== null ? `（${s.expiresInDays >= 0 ? `还剩 ${s.expiresInDays} 天` : '已届满'}）` : '';
  return (
    <Typography.Text
      type={tone === 'error' ? 'danger' : tone}
      strong={tone !== undefined}
      data-expiry={tone ?? 'normal'}
      style={{ whiteSpace: 'nowrap' }}
    >
      {s.expiresOn}
      {left}
    </Typography.Text>
  );
}
