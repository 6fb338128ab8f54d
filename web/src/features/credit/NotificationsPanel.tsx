import { Grid, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDateTime } from '../../lib/dates.ts';
import { useNotifications, type ListingNotifications } from './credit.api.ts';

// Whether each recipient (bank, credit bureau, rail, airline, market regulator) has acknowledged
// the listing's addition and its deletion: the proof that a deletion reached everyone, and when.

type Item = ListingNotifications['items'][number];
type Delivery = Item['addition'];

const color = { queued: 'default', sent: 'processing', acknowledged: 'success' } as const;

function DeliveryCell({ d }: { d: Delivery }) {
  if (!d) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      <Tag color={color[d.state]}>{d.stateName}</Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {d.acknowledgedAt ? `确认于 ${formatDateTime(d.acknowledgedAt)}` : d.attempts > 1 ? `已投递 ${d.attempts} 次` : ''}
      </Typography.Text>
    </span>
  );
}

export function NotificationsPanel({ listingId }: { listingId: string }) {
  const q = useNotifications(listingId);
  // On a phone the two notices stack in one column, so that nothing runs off the screen.
  const phone = !Grid.useBreakpoint().md;
  if (q.isError) return <ProblemAlert error={q.error} />;
  if (!q.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <div>
      <Typography.Text strong>{q.data.allAcknowledged ? '各接收方均已确认收到' : '尚有接收方未确认，系统持续重试'}</Typography.Text>
      <Table<Item>
        size="small"
        rowKey="recipient"
        pagination={false}
        dataSource={q.data.items}
        style={{ marginTop: 8 }}
        columns={
          phone
            ? [
                { title: '接收方', dataIndex: 'recipientName', width: 120 },
                {
                  title: '纳入 / 删除通知',
                  key: 'both',
                  render: (_: unknown, i) => (
                    <Space direction="vertical" size={2}>
                      <span>
                        纳入：
                        <DeliveryCell d={i.addition} />
                      </span>
                      {i.deletion && (
                        <span>
                          删除：
                          <DeliveryCell d={i.deletion} />
                        </span>
                      )}
                    </Space>
                  ),
                },
              ]
            : [
                { title: '接收方', dataIndex: 'recipientName' },
                { title: '纳入通知', key: 'addition', render: (_: unknown, i) => <DeliveryCell d={i.addition} /> },
                { title: '删除通知', key: 'deletion', render: (_: unknown, i) => <DeliveryCell d={i.deletion} /> },
              ]
        }
      />
    </div>
  );
}
