import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { ApiError } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import type { CaseDetail } from '../cases/cases.api.ts';
import { usePartyResearches, type DormantResearch } from './dormant.api.ts';

// 终本案件再次查询 in the party portal (终本规定 第9条, ADR 0215): after 终本 the court searches the
// debtor's property every six months and tells the applicant the result — each cycle's dates, what
// it found and the notice, newest first, and whether a find led to resumption. Shown on a case closed
// as 终本 or one that has re-searches; a party who is not the applicant is not told (404: hidden).

const review: Record<string, [string, string]> = {
  open: ['processing', '法院审查中'],
  resumed: ['success', '已恢复执行'],
  declined: ['default', '法院决定暂不恢复执行'],
};

function cycle(r: DormantResearch) {
  const [color, text] = r.findReview ? review[r.findReview]! : [];
  return (
    <List.Item key={r.cycle}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{`第${r.cycle}次查询`}</Typography.Text>
          {r.findings > 0 ? <Tag color="error">{`发现财产 ${r.findings} 项，估值 ${r.value} 元`}</Tag> : <Tag>未发现财产</Tag>}
          {text && <Tag color={color}>{text}</Tag>}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {`查询日期 ${r.sentOn}；答复日期 ${r.answeredOn ?? '答复中'}`}
        </Typography.Text>
        {r.notice && <Typography.Paragraph style={{ marginBottom: 0 }}>{r.notice}</Typography.Paragraph>}
      </Space>
    </List.Item>
  );
}

export function PartyResearchesCard({ c }: { c: CaseDetail }) {
  const q = usePartyResearches(c.id);
  if (q.isError) return q.error instanceof ApiError && q.error.status === 404 ? null : <ProblemAlert error={q.error} />;
  const items = [...(q.data?.items ?? [])].sort((a, b) => b.cycle - a.cycle);
  if (c.closure?.mode !== 'current-procedure-terminated' && items.length === 0) return null;
  return (
    <Card size="small" title="终本案件再次查询" loading={q.isLoading}>
      <section aria-label="终本案件再次查询">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          终结本次执行程序后五年内，法院每六个月通过网络执行查控系统查询一次被执行人的财产，并将结果告知您。
          {q.data?.nextSearchDue ? `下一次查询期限：${q.data.nextSearchDue}。` : ''}
        </Typography.Paragraph>
        {items.length === 0 ? (
          <Empty description="尚无查询结果（终本后每六个月查询一次）" />
        ) : (
          <List size="small" dataSource={items} renderItem={cycle} aria-label="查询结果" />
        )}
      </section>
    </Card>
  );
}
