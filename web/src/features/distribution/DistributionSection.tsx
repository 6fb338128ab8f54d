import { App, Button, Card, Col, Descriptions, Grid, Row, Space, Table, Tag, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { todayInShanghai } from '../../lib/dates.ts';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { JoinForm, ObjectionForm, OpenForm } from './DistributionForms.tsx';
import { useDistributions, useObjectionStep, usePay, usePlan, useServe, type Distribution } from './distribution.api.ts';

type Claim = Distribution['claims'][number];
type Objection = Distribution['objections'][number];

const statusNames: Record<Distribution['status'], string> = { open: '受理参与分配申请', planned: '已制作分配方案', closed: '已办结' };

function ClaimsTable({ d, officer }: { d: Distribution; officer: boolean }) {
  const { message } = App.useApp();
  const serve = useServe();
  return (
    <Table<Claim>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={d.claims}
      scroll={{ x: true }}
      columns={[
        // On a phone the table scrolls sideways rather than breaking a creditor's name letter by letter.
        { title: '债权人', dataIndex: 'creditorName', key: 'name', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
        { title: '依据', dataIndex: 'basis', key: 'basis', onCell: () => ({ style: { minWidth: 180 } }) },
        { title: '债权数额（元）', dataIndex: 'amount', key: 'amount', align: 'right' },
        { title: '类别', key: 'stage', render: (_, x) => (x.priority !== null ? <Tag color="gold">优先受偿</Tag> : <Tag>普通债权</Tag>) },
        { title: '分配金额（元）', key: 'allocated', align: 'right', render: (_, x) => x.allocated ?? '—' },
        { title: '未受清偿（元）', key: 'shortfall', align: 'right', render: (_, x) => x.shortfall ?? '—' },
        {
          title: '送达 / 异议期间',
          key: 'served',
          render: (_, x) =>
            x.servedOn ? (
              `${x.servedOn} 送达，${x.objectionDueOn} 届满`
            ) : d.status === 'planned' && officer ? (
              <Button
                size="small"
                loading={serve.isPending}
                onClick={() =>
                  serve.mutate(
                    { id: d.id, claimId: x.id, servedOn: todayInShanghai(), recipient: x.creditorName },
                    { onSuccess: () => announce(message, `已向${x.creditorName}送达分配方案`) },
                  )
                }
              >
                直接送达
              </Button>
            ) : (
              '—'
            ),
        },
        { title: '已申请发放（元）', dataIndex: 'paid', key: 'paid', align: 'right' },
      ]}
    />
  );
}

function ObjectionActions({ o }: { o: Objection }) {
  const { message } = App.useApp();
  const step = useObjectionStep();
  const run = (outcome: 'stands' | 'suit-filed' | 'ended' | undefined, text: string) => () =>
    step.mutate({ id: o.id, on: todayInShanghai(), outcome }, { onSuccess: () => announce(message, text) });
  return (
    <Space wrap>
      {o.state === 'raised' && !o.notifiedOn && (
        <Button size="small" onClick={run(undefined, '已通知其他债权人')}>
          通知其他债权人
        </Button>
      )}
      {o.state === 'raised' && (
        <>
          <Button size="small" onClick={run('stands', '原方案维持，提存已解除')}>
            方案维持
          </Button>
          <Button size="small" onClick={run('suit-filed', '已登记异议之诉')}>
            已起诉
          </Button>
        </>
      )}
      {o.state === 'suit-filed' && (
        <Button size="small" onClick={run('ended', '诉讼已了结，提存已解除')}>
          诉讼了结
        </Button>
      )}
      {step.isError && <ProblemAlert error={step.error} />}
    </Space>
  );
}

type PaidLines = {
  paid: { creditor: string; amount: string; via: 'payout' | 'transfer' }[];
  unpaid: { creditor: string; amount: string; reason: string }[];
};

// What 发放无争议款项 did with each creditor's share: paid from this case, moved to its own case, or left.
function paidSummary(r: PaidLines): string {
  const lines = r.paid.map((p) => `${p.creditor} ${p.amount} 元${p.via === 'transfer' ? '划入其执行案件' : '发放'}`);
  const left = r.unpaid.map((u) => `${u.creditor} ${u.amount} 元${u.reason === 'in-dispute' ? '争议提存' : '另行支付'}`);
  return `已提交发放审批：${lines.join('，')}${left.length ? `；${left.join('，')}` : ''}`;
}

function DistributionCard({ c, d, me }: { c: CaseDetail; d: Distribution; me: Me | null | undefined }) {
  const { message } = App.useApp();
  const phone = !Grid.useBreakpoint().md;
  const plan = usePlan();
  const pay = usePay();
  const officer = can(me, 'case.progress');
  return (
    <Card
      size="small"
      title={`参与分配：${d.debtorName}`}
      extra={<Tag color={d.status === 'open' ? 'processing' : 'success'}>{statusNames[d.status]}</Tag>}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Descriptions size="small" column={phone ? 1 : 3}>
          <Descriptions.Item label="可供分配">{d.proceeds} 元</Descriptions.Item>
          <Descriptions.Item label="执行费用">{d.costs} 元</Descriptions.Item>
          <Descriptions.Item label="受偿方式">{d.debtorKind === 'person' ? '按比例分配' : '按查封顺序清偿'}</Descriptions.Item>
          <Descriptions.Item label="余款退还被执行人">{d.remainder === null ? '—' : `${d.remainder} 元`}</Descriptions.Item>
          <Descriptions.Item label="争议提存">{d.held} 元</Descriptions.Item>
          <Descriptions.Item label="分配方案">
            {d.documentId ? (
              <Typography.Link href={`/api/v1/documents/${d.documentId}/file`}>财产分配方案（{d.plannedOn}）</Typography.Link>
            ) : (
              '尚未制作'
            )}
          </Descriptions.Item>
        </Descriptions>
        <ClaimsTable d={d} officer={officer} />
        {d.objections.length > 0 && (
          <Table<Objection>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.objections}
            scroll={{ x: true }}
            columns={[
              { title: '异议人', dataIndex: 'creditorName', key: 'by' },
              { title: '被异议', dataIndex: 'targetName', key: 'target' },
              { title: '争议金额（元）', dataIndex: 'disputed', key: 'disputed', align: 'right' },
              { title: '状态', key: 'state', render: (_, o) => <Tag>{o.stateName}</Tag> },
              { title: '反对意见期间', key: 'answer', render: (_, o) => (o.answerDueOn ? `${o.answerDueOn} 届满` : '—') },
              { title: '办理', key: 'act', render: (_, o) => (officer ? <ObjectionActions o={o} /> : null) },
            ]}
          />
        )}
        {officer && d.status === 'open' && (
          <Row gutter={[16, 16]}>
            <Col xs={24} md={14}>
              <JoinForm c={c} d={d} />
            </Col>
            <Col xs={24} md={10}>
              <Button
                type="primary"
                disabled={d.claims.length === 0}
                loading={plan.isPending}
                onClick={() => plan.mutate(d.id, { onSuccess: () => announce(message, '已制作分配方案') })}
              >
                制作分配方案
              </Button>
              {plan.isError && <ProblemAlert error={plan.error} />}
            </Col>
          </Row>
        )}
        {d.status === 'planned' && (
          <Row gutter={[16, 16]}>
            {officer && (
              <Col xs={24} md={14}>
                <ObjectionForm d={d} />
              </Col>
            )}
            {can(me, 'funds.payout') && (
              <Col xs={24} md={10}>
                <Button
                  type="primary"
                  loading={pay.isPending}
                  onClick={() => pay.mutate(d.id, { onSuccess: (r) => announce(message, paidSummary(r)) })}
                >
                  发放无争议款项
                </Button>
                {pay.isError && <ProblemAlert error={pay.error} />}
              </Col>
            )}
          </Row>
        )}
      </Space>
    </Card>
  );
}

/** 分配 on the 案款 tab: the case's distributions among creditors (参与分配), and opening one. */
export function DistributionSection({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const list = useDistributions(c.id);
  if (list.isError) return <ProblemAlert error={list.error} />;
  const items = list.data?.items ?? [];
  const running = items.some((d) => d.status !== 'closed');
  return (
    <section aria-label="分配">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          分配
        </Typography.Title>
        {items.map((d) => (
          <DistributionCard key={d.id} c={c} d={d} me={me} />
        ))}
        {!list.isLoading && !running && can(me, 'case.progress') && <OpenForm c={c} />}
        {!list.isLoading && items.length === 0 && !can(me, 'case.progress') && (
          <Typography.Text type="secondary">本案没有参与分配</Typography.Text>
        )}
      </Space>
    </section>
  );
}
