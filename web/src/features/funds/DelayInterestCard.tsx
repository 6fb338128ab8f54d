import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Grid, Table, Tag } from 'antd';
import { client, unwrap, type Schema } from '../../api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';

// 迟延履行利息 of a case (法释〔2014〕8号): the officer's card on the 案款 tab and the parties' view in
// the portal. The server computes everything; this only shows it, as of today.
export type DelayInterest = Schema<'DelayInterest'>;
type Segment = DelayInterest['segments'][number];

const statusText: Record<DelayInterest['status'], [string, string]> = {
  'no-money-debt': ['default', '无金钱给付义务'],
  'not-due': ['default', '履行期限尚未届满'],
  accruing: ['warning', '仍在计息'],
  settled: ['success', '金钱债务已清偿'],
};

function useDelayInterest(caseId: string, asParty: boolean) {
  return useQuery({
    queryKey: ['funds', caseId, 'delay-interest', asParty],
    queryFn: () =>
      unwrap(
        asParty
          ? client.GET('/api/v1/party/cases/{id}/delay-interest', { params: { path: { id: caseId } } })
          : client.GET('/api/v1/cases/{id}/delay-interest', { params: { path: { id: caseId } } }),
      ),
  });
}

/** 迟延履行利息 card: to date, outstanding principal, the segments; `asParty` reads the portal's route. */
export function DelayInterestCard({ caseId, asParty = false }: { caseId: string; asParty?: boolean }) {
  const phone = !Grid.useBreakpoint().md;
  const q = useDelayInterest(caseId, asParty);
  if (q.isError) return <ProblemAlert error={q.error} />;
  const d = q.data;
  const [color, text] = d ? statusText[d.status] : ['default', ''];
  return (
    <Card size="small" title="迟延履行利息" loading={q.isLoading} extra={d && <Tag color={color}>{text}</Tag>}>
      {d && (
        <>
          <Descriptions size="small" column={phone ? 1 : 3}>
            <Descriptions.Item label="截至">{d.asOf}</Descriptions.Item>
            <Descriptions.Item label="加倍部分债务利息">{d.doubledInterest} 元</Descriptions.Item>
            <Descriptions.Item label="尚欠本金">{d.outstandingPrincipal} 元</Descriptions.Item>
            <Descriptions.Item label="尚欠利息">{d.interestOutstanding} 元</Descriptions.Item>
            <Descriptions.Item label="尚欠合计">{d.outstandingTotal} 元</Descriptions.Item>
            <Descriptions.Item label="每日增加">{d.dailyAccrual} 元</Descriptions.Item>
            <Descriptions.Item label="计算基数">{d.base} 元</Descriptions.Item>
            <Descriptions.Item label="履行期限届满日">
              {d.deadline}
              {d.deadlineSource === 'effective-on' ? '（未定履行期间，自生效之日）' : ''}
            </Descriptions.Item>
            <Descriptions.Item label="已到案款">{d.collected} 元</Descriptions.Item>
          </Descriptions>
          <Table<Segment>
            rowKey={(s) => `${s.to}-${s.closedBy}`}
            size="small"
            pagination={false}
            dataSource={d.segments}
            scroll={{ x: true }}
            columns={[
              // On a phone the start is the 履行期限届满日 above, the same for every segment.
              ...(phone ? [] : [{ title: '起算', dataIndex: 'from', key: 'from', width: 110 }]),
              {
                title: '止算',
                key: 'to',
                render: (_, s) => (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    {s.to}
                    {phone ? <br /> : ''}
                    {s.closedBy === 'as-of' ? '（计至今日）' : '（已清偿）'}
                  </span>
                ),
              },
              { title: '本金（元）', dataIndex: 'base', key: 'base', align: 'right' },
              { title: '天数', dataIndex: 'days', key: 'days', align: 'right', width: 56 },
              { title: '利息（元）', dataIndex: 'interest', key: 'interest', align: 'right' },
            ]}
          />
          <Alert
            type="info"
            showIcon={!phone}
            style={{ marginTop: 12 }}
            message="尚未清偿的金钱债务 × 日万分之一点七五 × 迟延天数；执行款先抵金钱债务，再抵加倍部分债务利息（法释〔2014〕8号 第1–4条）。不含判决确定的一般债务利息。"
          />
        </>
      )}
    </Card>
  );
}
