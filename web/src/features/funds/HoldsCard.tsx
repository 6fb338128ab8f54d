import { App, Button, Card, Col, Form, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { can, type Me } from '../access/access.api.ts';
import { useReleaseHold, useRequestHold, type CaseAccount, type HoldKind } from './funds.api.ts';

// 暂缓发放 on the 案款 tab: the holds in force with their reason, basis and approver, a release
// once the reason ends, and a request for a new one (it takes effect at the bureau head's approval).

const kindOptions: { value: HoldKind; label: string }[] = [
  { value: 'distribution', label: '需要参与分配' },
  { value: 'objection', label: '执行异议审查中' },
  { value: 'frozen-elsewhere', label: '申请执行人的债权被他案或刑事案件冻结' },
  { value: 'not-collected', label: '申请执行人经通知未领取' },
  { value: 'suspended', label: '案件中止或暂缓执行' },
  { value: 'other', label: '其他正当理由' },
];

export function HoldsCard({ caseId, account, me }: { caseId: string; account: CaseAccount; me: Me | null | undefined }) {
  const { message } = App.useApp();
  const request = useRequestHold(caseId);
  const release = useReleaseHold();
  const [form] = Form.useForm<{ kind: HoldKind; amount: string; reason: string }>();
  const officer = can(me, 'funds.payout');
  return (
    <Card size="small" title="暂缓发放">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={officer ? 14 : 24}>
          <List
            size="small"
            locale={{ emptyText: '没有暂缓发放的款项' }}
            dataSource={account.holds}
            renderItem={(h) => (
              <List.Item
                actions={
                  officer && h.releasable
                    ? [
                        <Button
                          key="release"
                          size="small"
                          loading={release.isPending}
                          onClick={() =>
                            release.mutate({ id: h.id }, { onSuccess: () => announce(message, '已解除暂缓发放，发放期限继续计算') })
                          }
                        >
                          解除
                        </Button>,
                      ]
                    : []
                }
              >
                <Space direction="vertical" size={2} style={{ minWidth: 0 }}>
                  <Space wrap>
                    <Tag color={h.releasable ? 'orange' : 'processing'}>{h.kindName}</Tag>
                    <Typography.Text strong>{h.amount} 元</Typography.Text>
                  </Space>
                  {h.releasable && <Typography.Text>{h.reason}</Typography.Text>}
                  {h.basis && (
                    <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                      依据：{h.basis}
                    </Typography.Text>
                  )}
                  {h.approvedByName && <Typography.Text type="secondary">批准：{h.approvedByName}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
          {release.isError && <ProblemAlert error={release.error} />}
        </Col>
        {officer && (
          <Col xs={24} md={10}>
            <Form
              form={form}
              name="hold"
              layout="vertical"
              onFinish={(v) =>
                request.mutate(v, { onSuccess: () => (form.resetFields(), announce(message, '已提交执行局长审批，批准后暂缓发放')) })
              }
            >
              <Form.Item label="暂缓事由" name="kind" rules={[{ required: true, message: '请选择事由' }]}>
                <Select options={kindOptions} />
              </Form.Item>
              <Form.Item label="暂缓金额（元）" name="amount" rules={[{ required: true, message: '请填写金额' }]}>
                <Input inputMode="decimal" />
              </Form.Item>
              <Form.Item label="具体情况" name="reason" rules={[{ required: true, message: '请写明具体情况' }]}>
                <Input.TextArea rows={2} />
              </Form.Item>
              {request.isError && <ProblemAlert error={request.error} />}
              <Button htmlType="submit" loading={request.isPending}>
                申请暂缓发放
              </Button>
            </Form>
          </Col>
        )}
      </Row>
    </Card>
  );
}
