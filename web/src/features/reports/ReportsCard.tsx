import { useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Empty, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { Money } from '../../components/Money.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, isAfterToday, todayInShanghai, toLocalDate } from '../../lib/dates.ts';
import { ReportDialog } from './ReportDialog.tsx';
import { useAssetReports, useVerifyReport, type AssetReport, type ReportOrder } from './reports.api.ts';

// The case's 报告财产令 with their due dates, the debtor's reports on them and their verification.

const outcomes = [
  { value: 'consistent', label: '报告属实' },
  { value: 'incomplete', label: '报告不完整' },
  { value: 'false', label: '虚假报告' },
] as const;

type VerifyValues = { verifiedOn: Dayjs; outcome: 'consistent' | 'incomplete' | 'false'; note?: string };

function VerifyDialog({ caseId, report, onClose }: { caseId: string; report: AssetReport; onClose: () => void }) {
  const [form] = Form.useForm<VerifyValues>();
  const verify = useVerifyReport(caseId);
  const { message } = App.useApp();
  const outcome = Form.useWatch('outcome', form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await verify.mutateAsync({
        reportId: report.id,
        body: { verifiedOn: toLocalDate(v.verifiedOn)!, outcome: v.outcome, note: v.note?.trim() || null },
      });
      announce(message, `已登记核查结论：${r.outcomeName}`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <Modal
      title={`核查财产报告 — ${report.debtor}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={verify.isPending}
      destroyOnHidden
    >
      {verify.isError && <ProblemAlert error={verify.error} />}
      <Form form={form} layout="vertical" initialValues={{ verifiedOn: fromLocalDate(todayInShanghai()), outcome: 'consistent' }}>
        <Form.Item name="verifiedOn" label="核查日期" rules={[{ required: true, message: '请选择核查日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="outcome" label="核查结论" rules={[{ required: true }]}>
          <Select options={[...outcomes]} />
        </Form.Item>
        <Form.Item
          name="note"
          label={outcome === 'consistent' ? '核查情况（选填）' : '核查情况'}
          rules={outcome === 'consistent' ? [] : [{ required: true, whitespace: true, message: '请写明核查情况' }]}
        >
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReportItem({ r, mayRecord, onVerify }: { r: AssetReport; mayRecord: boolean; onVerify: () => void }) {
  return (
    <List.Item>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{r.debtor}</Typography.Text>
          <span>{r.reportedOn} 报告</span>
          {r.late ? <Tag color="red">逾期报告</Tag> : <Tag color="green">按期报告</Tag>}
          {!r.complete && <Tag color="orange">报告不完整</Tag>}
          {r.verification ? (
            <Tag color={r.verification.outcome === 'consistent' ? 'blue' : 'red'}>{r.verification.outcomeName}</Tag>
          ) : (
            mayRecord && (
              <Button size="small" onClick={onVerify} aria-label={`核查${r.debtor}的财产报告`}>
                登记核查
              </Button>
            )
          )}
        </Space>
        {r.declaresNone ? (
          <Typography.Text type="secondary">被执行人声明没有可供执行的财产</Typography.Text>
        ) : (
          <ul className="report-items">
            {r.items.map((i, n) => (
              <li key={n}>
                {i.kindName}：{i.description}
                {i.identifier && `（${i.identifier}）`}{' '}
                {i.value ? <Money value={i.value} /> : <Typography.Text type="secondary">未申报价值</Typography.Text>}
                {i.change && (
                  <Typography.Text type="secondary">
                    {' '}
                    — {i.change.on} {i.change.kindName}
                    {i.change.note && `：${i.change.note}`}
                  </Typography.Text>
                )}
              </li>
            ))}
          </ul>
        )}
        {r.verification?.note && (
          <Typography.Text type="secondary">
            核查情况：{r.verification.note}（{r.verification.verifiedBy}，{r.verification.verifiedOn}）
          </Typography.Text>
        )}
      </Space>
    </List.Item>
  );
}

export function ReportsCard({ caseId, mayRecord, closed }: { caseId: string; mayRecord: boolean; closed: boolean }) {
  const reports = useAssetReports(caseId);
  const [reporting, setReporting] = useState<ReportOrder | null>(null);
  const [verifying, setVerifying] = useState<AssetReport | null>(null);
  const orders = reports.data?.orders ?? [];
  const items = reports.data?.items ?? [];
  return (
    <Card title="财产报告" className="section-card">
      <section aria-label="财产报告">
        {reports.isError && <ProblemAlert error={reports.error} />}
        {orders.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发出报告财产令" />}
        {orders.length > 0 && (
          <Descriptions size="small" column={1} bordered>
            {orders.map((o) => (
              <Descriptions.Item key={o.orderId} label={o.debtor}>
                <Space wrap>
                  {o.reportDueOn ? <span>报告期限至 {o.reportDueOn}</span> : <Tag color="orange">报告财产令未送达</Tag>}
                  {o.reported && <Tag color="green">已报告</Tag>}
                  {mayRecord && !closed && o.reportDueOn && (
                    <Button
                      size="small"
                      onClick={() => setReporting(o)}
                      aria-label={`登记${o.debtor}的${o.reported ? '补充' : ''}财产报告`}
                    >
                      {o.reported ? '登记补充报告' : '登记报告'}
                    </Button>
                  )}
                </Space>
              </Descriptions.Item>
            ))}
          </Descriptions>
        )}
        {items.length > 0 && (
          <List
            itemLayout="vertical"
            dataSource={items}
            renderItem={(r) => <ReportItem r={r} mayRecord={mayRecord} onVerify={() => setVerifying(r)} />}
          />
        )}
      </section>
      {reporting && <ReportDialog caseId={caseId} order={reporting} onClose={() => setReporting(null)} />}
      {verifying && <VerifyDialog caseId={caseId} report={verifying} onClose={() => setVerifying(null)} />}
    </Card>
  );
}
