import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { client, unwrap, type Schema } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDateTime } from '../../lib/dates.ts';

// 惩戒等级 on the case's 信用惩戒 tab (分级惩戒, ADR 0210): each debtor's level as a coloured tag and every
// reason with the article it rests on. The levels are policy defaults, not law; the card says so.

type DisciplineLevel = Schema<'DisciplineLevel'>;

const rankColor = ['default', 'gold', 'orange', 'red', 'magenta'];

const useCaseLevels = (caseId: string) =>
  useQuery({
    queryKey: ['credit', caseId, 'levels'],
    queryFn: () => unwrap(client.GET('/api/v1/cases/{id}/discipline-levels', { params: { path: { id: caseId } } })),
  });

const recorded = (l: DisciplineLevel) => (l.computedAt ? `等级记录于 ${formatDateTime(l.computedAt)}` : '尚未记录等级变化');

export function LevelCard({ caseId }: { caseId: string }) {
  const q = useCaseLevels(caseId);
  const items = q.data?.items ?? [];
  return (
    <Card size="small" title="惩戒等级" loading={q.isLoading}>
      {q.isError && <ProblemAlert error={q.error} />}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        等级按本案现行措施、其他案件的失信记录和履行、报告财产情况计算，为法院政策参考（非法律规定的等级），每条理由注明所依条文。
      </Typography.Paragraph>
      {items.length === 0 && !q.isLoading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本案没有被执行人" />
      ) : (
        <List<DisciplineLevel>
          size="small"
          dataSource={items}
          rowKey="debtorPartyId"
          renderItem={(l) => (
            <List.Item aria-label={`${l.debtor}的惩戒等级`} style={{ display: 'block' }}>
              <Space wrap size={[8, 4]} style={{ marginBottom: 4 }}>
                <Typography.Text strong>{l.debtor}</Typography.Text>
                <Tag color={rankColor[l.rank] ?? 'default'}>
                  {l.rank} 级 · {l.levelLabel}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {recorded(l)}
                </Typography.Text>
              </Space>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {l.reasons.map((r) => (
                  <li key={r.code} style={{ wordBreak: 'break-word' }}>
                    {r.text}
                    {r.article && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        （{r.article}）
                      </Typography.Text>
                    )}
                  </li>
                ))}
              </ul>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
