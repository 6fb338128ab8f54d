import { useState } from 'react';
import { App, Button, Card, DatePicker, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, isAfterToday, todayInShanghai, toLocalDate } from '../../lib/dates.ts';
import { needsCircumstances, serviceMethodNames, serviceMethods, type ServiceMethod } from '../../../../src/rules/document-service.ts';
import { useDocuments, useIssueNotices, useRecordService, type CaseDocument } from './reports.api.ts';

// 执行通知书 and 报告财产令: issued together once per case, downloaded as DOCX, each served with a record.

type ServiceValues = { method: ServiceMethod; servedOn: Dayjs; recipient: string; recipientRole?: string; address?: string; note?: string };

function ServiceDialog({ caseId, doc, onClose }: { caseId: string; doc: CaseDocument; onClose: () => void }) {
  const [form] = Form.useForm<ServiceValues>();
  const serve = useRecordService(caseId);
  const { message } = App.useApp();
  const method = Form.useWatch('method', form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await serve.mutateAsync({
        documentId: doc.id,
        body: {
          method: v.method,
          servedOn: toLocalDate(v.servedOn)!,
          recipient: v.recipient.trim(),
          recipientRole: v.recipientRole?.trim() || null,
          address: v.address?.trim() || null,
          note: v.note?.trim() || null,
        },
      });
      announce(message, r.reportDueOn ? `已登记送达，报告期限至 ${r.reportDueOn}` : `已登记${doc.kindName}的送达`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <Modal
      title={`登记送达 — ${doc.kindName}（${doc.addressee}）`}
      open
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={serve.isPending}
      destroyOnHidden
    >
      {serve.isError && <ProblemAlert error={serve.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ method: 'direct', servedOn: fromLocalDate(todayInShanghai()), recipient: doc.addressee }}
      >
        <Form.Item name="method" label="送达方式" rules={[{ required: true }]}>
          <Select options={serviceMethods.map((m) => ({ value: m, label: serviceMethodNames[m] }))} />
        </Form.Item>
        <Form.Item name="servedOn" label="送达日期" rules={[{ required: true, message: '请选择送达日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="recipient" label="受送达人" rules={[{ required: true, whitespace: true, message: '请填写受送达人' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="recipientRole" label="受送达人身份（选填）">
          <Input maxLength={50} placeholder="如 被执行人、法定代表人" />
        </Form.Item>
        <Form.Item name="address" label="送达地址（选填）">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="note"
          label={method && needsCircumstances(method) ? '送达情况' : '送达情况（选填）'}
          rules={
            method && needsCircumstances(method) ? [{ required: true, whitespace: true, message: '留置送达、公告送达须记明送达情况' }] : []
          }
        >
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function NoticesCard({ caseId, mayIssue, closed }: { caseId: string; mayIssue: boolean; closed: boolean }) {
  const docs = useDocuments(caseId);
  const issue = useIssueNotices(caseId);
  const { message } = App.useApp();
  const [serving, setServing] = useState<CaseDocument | null>(null);
  const [days, setDays] = useState<number | null>(null);
  const items = docs.data?.items ?? [];
  const doIssue = async () => {
    try {
      const r = await issue.mutateAsync(days ?? undefined);
      announce(message, `已制作执行通知书和报告财产令 ${r.items.length} 份`);
    } catch {
      // Shown below.
    }
  };
  return (
    <Card title="执行通知书与报告财产令" className="section-card">
      <section aria-label="执行通知书与报告财产令">
        {docs.isError && <ProblemAlert error={docs.error} />}
        {issue.isError && <ProblemAlert error={issue.error} />}
        {items.length === 0 && !docs.isLoading && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发出执行通知书" />
            {mayIssue && !closed && (
              <Space wrap>
                <InputNumber
                  aria-label="报告期限（日）"
                  min={1}
                  max={60}
                  placeholder="报告期限（日），默认5日"
                  value={days}
                  onChange={setDays}
                  style={{ width: 200 }}
                />
                <Button type="primary" onClick={doIssue} loading={issue.isPending}>
                  制作执行通知书和报告财产令
                </Button>
              </Space>
            )}
          </Space>
        )}
        {items.length > 0 && (
          <List
            dataSource={items}
            renderItem={(d) => (
              <List.Item
                actions={[
                  <a key="download" href={d.downloadUrl} download aria-label={`下载${d.kindName}（${d.addressee}）`}>
                    下载
                  </a>,
                  ...(mayIssue
                    ? [
                        <Button
                          key="serve"
                          size="small"
                          type="link"
                          onClick={() => setServing(d)}
                          aria-label={`登记送达：${d.kindName}（${d.addressee}）`}
                        >
                          登记送达
                        </Button>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  title={`${d.kindName} · ${d.addressee}`}
                  description={
                    <Space direction="vertical" size={0}>
                      <span>制作日期 {d.issuedOn}</span>
                      {d.services.length === 0 ? (
                        <Tag color="orange">未送达</Tag>
                      ) : (
                        d.services.map((s) => (
                          <span key={s.id}>
                            {s.methodName} {s.servedOn}（受送达人 {s.recipient}）
                          </span>
                        ))
                      )}
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </section>
      {serving && <ServiceDialog caseId={caseId} doc={serving} onClose={() => setServing(null)} />}
    </Card>
  );
}
