import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { useCaseRestrictions, useDecideSpending, type ConsumptionRestriction, type SpendingRequest } from './restriction.api.ts';
import { LiftRestrictionDialog, OrderRestrictionDialog, SpendingRequestDialog } from './RestrictionDialogs.tsx';

// 限制消费 on the case's 信用惩戒 tab: each order as a card (stacked, so a phone shows it whole) with its
// status, the persons it restricts, its 限制消费令 to serve, its lifting, and the spending requests.

const statusColor: Record<string, string> = { pending: 'processing', ordered: 'error', lifted: 'success', rejected: 'default' };
const spendingColor: Record<string, string> = { pending: 'processing', granted: 'success', refused: 'default' };

export function RestrictionPanel({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const q = useCaseRestrictions(c.id);
  const [ordering, setOrdering] = useState(false);
  const [lifting, setLifting] = useState<ConsumptionRestriction | null>(null);
  const [asking, setAsking] = useState<ConsumptionRestriction | null>(null);
  const [deciding, setDeciding] = useState<{ s: SpendingRequest; granted: boolean } | null>(null);
  const mayAct = can(me, 'sanction.record');
  const items = q.data?.items ?? [];
  return (
    <Card
      size="small"
      title="限制消费"
      loading={q.isLoading}
      extra={
        mayAct && c.status !== 'closed' ? (
          <Button type="primary" onClick={() => setOrdering(true)}>
            限制消费
          </Button>
        ) : null
      }
    >
      {q.isError && <ProblemAlert error={q.error} />}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        限制消费令由院长签发并送达被执行人；纳入失信被执行人名单公布时同时限制消费；以执行完毕结案时自动解除。
      </Typography.Paragraph>
      {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本案尚未限制消费" />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {items.map((r) => (
          <Card
            key={r.id}
            size="small"
            type="inner"
            aria-label={`限制消费令 ${r.debtorName}`}
            title={
              <Space wrap size={4}>
                <span>{r.debtorName}</span>
                <Tag color={statusColor[r.status] ?? 'default'}>{r.statusName}</Tag>
                {r.byListing && <Tag color="warning">因纳入失信名单</Tag>}
              </Space>
            }
            extra={
              mayAct && r.status === 'ordered' ? (
                <Space wrap size={4}>
                  <Button size="small" onClick={() => setAsking(r)}>
                    登记消费申请
                  </Button>
                  <Button size="small" danger onClick={() => setLifting(r)}>
                    解除
                  </Button>
                </Space>
              ) : null
            }
          >
            <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
              <Descriptions.Item label="限制消费日期">{r.orderedOn}</Descriptions.Item>
              <Descriptions.Item label="签发日期">{r.approvedOn ?? '待院长签发'}</Descriptions.Item>
              <Descriptions.Item label="限制消费令">
                {r.documentId ? <Typography.Link href={`/api/v1/documents/${r.documentId}/file`}>下载限制消费令</Typography.Link> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label="被限制人员" span={3}>
                <Space wrap size={[8, 4]}>
                  {r.persons.map((p) => (
                    <span key={p.id}>
                      {p.name}（{p.roleName}
                      {p.idNumber ? `，${p.idNumber}` : ''}）
                    </span>
                  ))}
                  {r.debtorKind === 'organization' && <span>及单位本身</span>}
                </Space>
              </Descriptions.Item>
              {r.liftGroundName && (
                <Descriptions.Item label="解除" span={3}>
                  {r.liftedOn} {r.liftGroundName}
                  {r.liftReason ? `：${r.liftReason}` : ''}
                </Descriptions.Item>
              )}
            </Descriptions>
            {r.spendingRequests.length > 0 && (
              <List<SpendingRequest>
                size="small"
                header={<Typography.Text strong>消费申请</Typography.Text>}
                dataSource={r.spendingRequests}
                renderItem={(s) => (
                  <List.Item
                    aria-label={`消费申请 ${s.personName}`}
                    actions={
                      mayAct && s.status === 'pending'
                        ? [
                            <Button key="grant" size="small" type="primary" onClick={() => setDeciding({ s, granted: true })}>
                              准许
                            </Button>,
                            <Button key="refuse" size="small" onClick={() => setDeciding({ s, granted: false })}>
                              不予准许
                            </Button>,
                          ]
                        : []
                    }
                  >
                    <List.Item.Meta
                      title={
                        <Space wrap size={4}>
                          <span>
                            {s.personName} · {s.amount} 元
                          </span>
                          <Tag color={spendingColor[s.status] ?? 'default'}>{s.statusName}</Tag>
                        </Space>
                      }
                      description={
                        <>
                          <div>{s.itemName}</div>
                          <div>
                            {s.basisName}：{s.reason}
                          </div>
                          {s.decidedOn && (
                            <div>
                              {s.decidedOn} {s.decidedBy} 决定{s.decisionReason ? `：${s.decisionReason}` : ''}
                            </div>
                          )}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        ))}
      </Space>
      {items.some((r) => r.status === 'pending') && (
        <Alert style={{ marginTop: 8 }} type="info" showIcon message="有限制消费令待院长签发，院长在「待审批」中处理。" />
      )}
      <OrderRestrictionDialog c={c} open={ordering} onClose={() => setOrdering(false)} />
      <LiftRestrictionDialog r={lifting} onClose={() => setLifting(null)} />
      <SpendingRequestDialog r={asking} onClose={() => setAsking(null)} />
      <DecideSpendingDialog v={deciding} onClose={() => setDeciding(null)} />
    </Card>
  );
}

function DecideSpendingDialog({ v, onClose }: { v: { s: SpendingRequest; granted: boolean } | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const decide = useDecideSpending();
  useEffect(() => {
    if (!v) return;
    decide.reset();
    form.resetFields();
  }, [v]);
  const submit = async () => {
    if (!v) return;
    const f = await form.validateFields().catch(() => null);
    if (!f) return;
    try {
      await decide.mutateAsync({ id: v.s.id, granted: v.granted, reason: f.reason?.trim() || null });
      announce(message, v.granted ? '已准许该消费申请' : '已决定不予准许');
      onClose();
    } catch {
      // Shown in the dialog from decide.error.
    }
  };
  return (
    <Modal
      title={v?.granted ? '准许消费申请' : '不予准许消费申请'}
      open={v !== null}
      onOk={submit}
      onCancel={onClose}
      okText="确认"
      cancelText="取消"
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      {v && (
        <Typography.Paragraph>
          {v.s.personName}：{v.s.itemName}，{v.s.amount} 元
        </Typography.Paragraph>
      )}
      {decide.isError && <ProblemAlert error={decide.error} />}
      <Form form={form} name="decide-spending" layout="vertical">
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: v ? !v.granted : false, whitespace: true, message: '不予准许的，须写明理由' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
