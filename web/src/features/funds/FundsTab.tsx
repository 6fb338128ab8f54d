import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Form, Grid, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { payoutSteps } from '../../../../src/shared/funds.ts';
import { DistributionSection } from '../distribution/DistributionSection.tsx';
import { DelayInterestCard } from './DelayInterestCard.tsx';
import {
  useAccount,
  useBankResult,
  useConfirmPayee,
  useDecidePayout,
  useEntries,
  usePayouts,
  useReceive,
  useRequestPayout,
  type Payout,
} from './funds.api.ts';
import { HoldsCard } from './HoldsCard.tsx';
import { TransferButton } from './TransferDialog.tsx';

const statusColor: Record<string, string> = {
  pending: 'processing',
  instructed: 'warning',
  paid: 'success',
  failed: 'error',
  rejected: 'default',
  transferred: 'success',
};

/** Whether this user decides the payout's current step (the server checks again). */
const decides = (me: Me | null | undefined, p: Payout) =>
  !!me && p.awaitingStep !== null && (payoutSteps[p.awaitingStep.index]!.roles as readonly string[]).includes(me.role);

function PayoutActions({ p, me }: { p: Payout; me: Me | null | undefined }) {
  const { message } = App.useApp();
  const decide = useDecidePayout();
  const bank = useBankResult();
  const done = (text: string) => () => announce(message, text);
  if (decides(me, p))
    return (
      <Space wrap>
        <Button
          type="primary"
          size="small"
          loading={decide.isPending}
          onClick={() => decide.mutate({ id: p.id, decision: 'approve' }, { onSuccess: done('已同意') })}
        >
          同意（{p.awaitingStep!.title}）
        </Button>
        <Button
          size="small"
          onClick={() => decide.mutate({ id: p.id, decision: 'reject', opinion: '不同意发放' }, { onSuccess: done('已退回') })}
        >
          不同意
        </Button>
        {decide.isError && <ProblemAlert error={decide.error} />}
      </Space>
    );
  if (p.status === 'instructed' && can(me, 'funds.post'))
    return (
      <Space wrap>
        <Button size="small" onClick={() => bank.mutate({ id: p.id, outcome: 'paid' }, { onSuccess: done('已登记银行付款成功') })}>
          银行已付款
        </Button>
        <Button size="small" danger onClick={() => bank.mutate({ id: p.id, outcome: 'failed' }, { onSuccess: done('款项已退回案款账户') })}>
          付款失败
        </Button>
      </Space>
    );
  return null;
}

function ReceiptForm({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const receive = useReceive(caseId);
  const [form] = Form.useForm<{ amount: string; receivedOn: string; payerName: string; reference?: string }>();
  return (
    <Card size="small" title="登记到账">
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => receive.mutate(v, { onSuccess: () => (form.resetFields(), announce(message, '已入账')) })}
      >
        <Form.Item label="到账金额（元）" name="amount" rules={[{ required: true, message: '请填写金额' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item label="到账日期" name="receivedOn" rules={[{ required: true, message: '请填写日期' }]}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item label="付款人" name="payerName" rules={[{ required: true, message: '请填写付款人' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="银行流水号" name="reference">
          <Input />
        </Form.Item>
        {receive.isError && <ProblemAlert error={receive.error} />}
        <Button type="primary" htmlType="submit" loading={receive.isPending}>
          入账
        </Button>
      </Form>
    </Card>
  );
}

function PayoutForm({ c }: { c: CaseDetail }) {
  const { message } = App.useApp();
  const request = useRequestPayout(c.id);
  const payee = useConfirmPayee(c.id);
  const [form] = Form.useForm<{ partyId: string; amount: string; accountName?: string; accountNumber?: string; bankName?: string }>();
  const applicants = c.applicants.filter((p) => p.id);
  return (
    <Card size="small" title="申请发放">
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          if (v.accountNumber)
            await payee.mutateAsync({
              partyId: v.partyId,
              accountName: v.accountName ?? '',
              accountNumber: v.accountNumber,
              bankName: v.bankName ?? '',
            });
          request.mutate(
            { partyId: v.partyId, amount: v.amount },
            { onSuccess: () => (form.resetFields(), announce(message, '已提交承办人审核')) },
          );
        }}
      >
        <Form.Item label="收款的申请执行人" name="partyId" rules={[{ required: true, message: '请选择申请执行人' }]}>
          <Select options={applicants.map((p) => ({ value: p.id!, label: p.name }))} />
        </Form.Item>
        <Form.Item label="发放金额（元）" name="amount" rules={[{ required: true, message: '请填写金额' }]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Typography.Text type="secondary">首次发放或更换账户时填写，确认后发放到该账户：</Typography.Text>
        <Form.Item label="收款户名" name="accountName">
          <Input />
        </Form.Item>
        <Form.Item label="收款账号" name="accountNumber">
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item label="开户行" name="bankName">
          <Input />
        </Form.Item>
        {(request.isError || payee.isError) && <ProblemAlert error={request.error ?? payee.error} />}
        <Button type="primary" htmlType="submit" loading={request.isPending || payee.isPending}>
          提交审批
        </Button>
      </Form>
    </Card>
  );
}

/** 案款: the case account (一案一账号), its figures, every movement, payouts and their approval steps. */
export function FundsTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const phone = !Grid.useBreakpoint().md;
  const account = useAccount(c.id);
  const entries = useEntries(c.id);
  const payouts = usePayouts(c.id);
  if (account.isError) return <ProblemAlert error={account.error} />;
  const a = account.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="案款账户" loading={account.isLoading}>
        {a && (
          <Descriptions size="small" column={phone ? 1 : 3}>
            <Descriptions.Item label="案款账号">{a.accountNumber}</Descriptions.Item>
            <Descriptions.Item label="余额">{a.balance} 元</Descriptions.Item>
            <Descriptions.Item label="可发放">{a.available} 元</Descriptions.Item>
            <Descriptions.Item label="累计到账">{a.received} 元</Descriptions.Item>
            <Descriptions.Item label="累计发放">{a.paidOut} 元</Descriptions.Item>
            <Descriptions.Item label="暂缓发放">{a.held} 元</Descriptions.Item>
          </Descriptions>
        )}
        {a?.receipts.some((r) => r.overdue) && <Tag color="error">有到账超过发放期限未发放</Tag>}
      </Card>
      <DelayInterestCard caseId={c.id} />
      {a && <HoldsCard caseId={c.id} account={a} me={me} />}
      <Row gutter={[16, 16]}>
        {can(me, 'funds.post') && (
          <Col xs={24} md={10}>
            <ReceiptForm caseId={c.id} />
          </Col>
        )}
        {can(me, 'funds.payout') && (
          <Col xs={24} md={14}>
            <PayoutForm c={c} />
          </Col>
        )}
      </Row>
      <Card
        size="small"
        title="发放记录"
        extra={a && can(me, 'funds.payout') && a.status === 'open' && <TransferButton caseId={c.id} available={a.available} />}
      >
        <Table<Payout>
          rowKey="id"
          size="small"
          pagination={false}
          loading={payouts.isLoading}
          dataSource={payouts.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: '收款人',
              key: 'party',
              // A transfer (划转, ADR 0185) names the target case's number instead of an applicant.
              render: (_, p) => (p.kind === 'transfer' ? `划转至${p.partyName}` : p.partyName),
            },
            { title: '金额（元）', dataIndex: 'amount', key: 'amount', align: 'right' },
            {
              title: '状态',
              key: 'status',
              render: (_, p) => (
                <Space direction="vertical" size={2}>
                  <Tag color={statusColor[p.status]}>
                    {p.statusName}
                    {p.awaitingStep ? `：待${p.awaitingStep.title}` : ''}
                  </Tag>
                  {p.instructionDocumentId && (
                    <a
                      href={`/api/v1/documents/${p.instructionDocumentId}/file`}
                      download
                      aria-label={`下载执行款发放审批表（${p.partyName}）`}
                    >
                      发放审批表
                    </a>
                  )}
                </Space>
              ),
            },
            {
              title: '审批',
              key: 'decisions',
              // One signature a line, unbroken, so that a phone scrolls the table rather than squeezing it.
              render: (_, p) =>
                p.decisions.length === 0 ? (
                  '—'
                ) : (
                  <Space direction="vertical" size={0}>
                    {p.decisions.map((d) => (
                      <span key={d.step} style={{ whiteSpace: 'nowrap' }}>{`${d.step} ${d.decidedByName}`}</span>
                    ))}
                  </Space>
                ),
            },
            { title: '办理', key: 'act', render: (_, p) => <PayoutActions p={p} me={me} /> },
          ]}
        />
      </Card>
      <DistributionSection c={c} me={me} />
      <Card
        size="small"
        title="案款明细"
        extra={
          <Button size="small" icon={<DownloadOutlined />} href={`/api/v1/cases/${c.id}/account/entries.xlsx`}>
            导出 XLSX
          </Button>
        }
      >
        <Table
          rowKey="id"
          size="small"
          loading={entries.isLoading}
          dataSource={entries.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: '日期', dataIndex: 'postedOn', key: 'on', width: 110 },
            { title: '摘要', key: 'memo', render: (_, e) => `${e.kindName}：${e.memo}` },
            { title: '金额（元）', dataIndex: 'amount', key: 'amount', align: 'right' },
            { title: '余额（元）', dataIndex: 'balanceAfter', key: 'balance', align: 'right' },
          ]}
        />
      </Card>
    </Space>
  );
}
