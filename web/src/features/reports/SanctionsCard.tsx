import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { Money } from '../../components/Money.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, isAfterToday, todayInShanghai, toLocalDate } from '../../lib/dates.ts';
import { moneyRule, toYuan } from '../../lib/money.ts';
import { FINE_LIMITS } from '../../../../src/rules/asset-report-order.ts';
import { useAssetReports, useImposeSanction, useSanctions, type ReportOrder, type Sanction } from './reports.api.ts';

// 罚款 and 拘留 for a late, refused or false report (民事诉讼法 第118条), each taking effect only
// once the 院长 approves it (第119条): the officer asks, the 院长 decides in the approval inbox.

const statusColors: Record<Sanction['status'], string> = { pending: 'orange', approved: 'green', rejected: 'red', withdrawn: 'default' };

const grounds = [
  { value: 'late-report', label: '无正当理由逾期报告财产' },
  { value: 'refused-report', label: '拒绝报告财产' },
  { value: 'false-report', label: '虚假报告财产' },
] as const;

type Values = {
  orderId: string;
  measure: 'fine' | 'detention';
  ground: 'late-report' | 'refused-report' | 'false-report';
  decidedOn: Dayjs;
  amount?: string;
  days?: number;
  startOn?: Dayjs;
  detainee?: string;
  note?: string;
};

function SanctionDialog({ caseId, orders, onClose }: { caseId: string; orders: ReportOrder[]; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const impose = useImposeSanction(caseId);
  const { message } = App.useApp();
  const measure = Form.useWatch('measure', form);
  const orderId = Form.useWatch('orderId', form);
  const order = orders.find((o) => o.orderId === orderId);
  const limits =
    order?.debtorKind === 'organization'
      ? `对单位罚款 ${FINE_LIMITS.unitMinYuan / 10_000} 万元以上 ${FINE_LIMITS.unitMaxYuan / 10_000} 万元以下`
      : `对个人罚款 ${FINE_LIMITS.personMaxYuan / 10_000} 万元以下`;
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await impose.mutateAsync({
        orderId: v.orderId,
        measure: v.measure,
        ground: v.ground,
        decidedOn: toLocalDate(v.decidedOn)!,
        amount: v.measure === 'fine' && v.amount ? toYuan(v.amount) : null,
        days: v.measure === 'detention' ? (v.days ?? null) : null,
        startOn: v.measure === 'detention' ? (toLocalDate(v.startOn) ?? null) : null,
        detainee: v.detainee?.trim() || null,
        note: v.note?.trim() || null,
      });
      announce(message, `已提请院长批准${r.measureName}：${r.subject}`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <Modal
      title="提请院长批准罚款、拘留"
      open
      onOk={submit}
      onCancel={onClose}
      okText="提请院长批准"
      cancelText="取消"
      confirmLoading={impose.isPending}
      destroyOnHidden
    >
      {impose.isError && <ProblemAlert error={impose.error} />}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="罚款、拘留必须经院长批准（民事诉讼法第一百一十九条），院长批准后生效。"
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          measure: 'fine',
          ground: 'refused-report',
          decidedOn: fromLocalDate(todayInShanghai()),
          orderId: orders[0]?.orderId,
        }}
      >
        <Form.Item name="orderId" label="被执行人" rules={[{ required: true }]}>
          <Select options={orders.map((o) => ({ value: o.orderId, label: o.debtor }))} />
        </Form.Item>
        <Form.Item name="ground" label="事由" rules={[{ required: true }]}>
          <Select options={[...grounds]} />
        </Form.Item>
        <Form.Item name="measure" label="措施" rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'fine', label: '罚款' },
              { value: 'detention', label: '拘留' },
            ]}
          />
        </Form.Item>
        <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择决定日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        {measure === 'fine' ? (
          <Form.Item name="amount" label="罚款金额（元）" extra={limits} rules={[{ required: true, message: '请填写罚款金额' }, moneyRule]}>
            <Input inputMode="decimal" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="days" label="拘留日数" extra="十五日以下" rules={[{ required: true, message: '请填写拘留日数' }]}>
              <InputNumber min={1} max={15} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="startOn" label="拘留起始日" rules={[{ required: true, message: '请选择拘留起始日' }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="detainee"
              label={order?.debtorKind === 'organization' ? '被拘留人（主要负责人或直接责任人员）' : '被拘留人（选填，默认为被执行人）'}
            >
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label="备注（选填）">
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function SanctionsCard({ caseId, mayImpose, closed }: { caseId: string; mayImpose: boolean; closed: boolean }) {
  const sanctions = useSanctions(caseId);
  const orders = useAssetReports(caseId).data?.orders ?? [];
  const [open, setOpen] = useState(false);
  const items = sanctions.data?.items ?? [];
  const extra = mayImpose && !closed && orders.length > 0 && <Button onClick={() => setOpen(true)}>提请罚款、拘留</Button>;
  return (
    <Card title="罚款、拘留" className="section-card" extra={extra}>
      <section aria-label="罚款、拘留">
        {sanctions.isError && <ProblemAlert error={sanctions.error} />}
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有罚款、拘留" />
        ) : (
          <Table<Sanction>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 600 }}
            dataSource={items}
            columns={[
              {
                // The 院长's approval first: a sanction takes effect only with it (民事诉讼法 第119条).
                title: '决定日期 / 院长审批',
                key: 'decidedOn',
                width: 150,
                render: (_, s) => (
                  <>
                    <div>{s.decidedOn}</div>
                    <Tag color={statusColors[s.status]}>{s.statusName}</Tag>
                    {s.approvedOn && <Typography.Text type="secondary">{s.approvedOn}</Typography.Text>}
                  </>
                ),
              },
              { title: '对象', key: 'subject', render: (_, s) => s.detainee ?? s.subject },
              {
                title: '措施',
                key: 'measure',
                render: (_, s) =>
                  s.measure === 'fine' ? (
                    <>
                      罚款 <Money value={s.amount} />
                    </>
                  ) : (
                    `拘留${s.days}日（${s.startOn} 至 ${s.endOn}）`
                  ),
              },
              { title: '事由', key: 'ground', render: (_, s) => <Typography.Text>{s.groundName}</Typography.Text> },
            ]}
          />
        )}
      </section>
      {open && <SanctionDialog caseId={caseId} orders={orders} onClose={() => setOpen(false)} />}
    </Card>
  );
}
