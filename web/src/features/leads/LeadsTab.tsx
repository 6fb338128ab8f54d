import { useState } from 'react';
import { App, Button, Card, Checkbox, DatePicker, Empty, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, isAfterToday, todayInShanghai, toLocalDate } from '../../lib/dates.ts';
import { assetKindNames, assetKinds, identifierNames, type AssetKind } from '../../../../src/shared/asset-kinds.ts';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useLeadOutcome, useLeads, useSubmitLead, type Lead } from './leads.api.ts';

// 财产线索: the applicant submits in the portal, the officer records and verifies (7 days, 3 if urgent).

type LeadValues = { kind: AssetKind; identifier?: string; description: string; urgent?: boolean; requestResumption?: boolean };

function LeadForm({ caseId, own, dormant }: { caseId: string; own: boolean; dormant: boolean }) {
  const [form] = Form.useForm<LeadValues>();
  const submit = useSubmitLead(caseId, own);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form) ?? 'deposit';
  const send = async () => {
    const v = await form.validateFields();
    try {
      const r = await submit.mutateAsync({
        kind: v.kind,
        identifier: v.identifier?.trim() || null,
        description: v.description.trim(),
        urgent: v.urgent ?? false,
        ...(dormant ? { requestResumption: v.requestResumption ?? false } : {}),
      });
      const asked = dormant && v.requestResumption ? '，并已申请恢复执行' : '';
      announce(message, `财产线索已${own ? '提交' : '登记'}${asked}，法院将于 ${r.verifyDueOn} 前核查`);
      form.resetFields();
    } catch {
      // Shown above the form.
    }
  };
  return (
    <Card title={own ? '提交财产线索' : '登记财产线索'} className="section-card">
      <section aria-label={own ? '提交财产线索' : '登记财产线索'}>
        <Typography.Paragraph type="secondary">
          线索明确、具体的，法院在7日内核查；情况紧急的，在3日内核查（财产调查规定 第2条）。请写明线索的具体内容和来源。
        </Typography.Paragraph>
        {submit.isError && <ProblemAlert error={submit.error} />}
        <Form form={form} layout="vertical" initialValues={{ kind: 'deposit' }}>
          <Form.Item name="kind" label="财产类型" rules={[{ required: true }]}>
            <Select options={assetKinds.map((k) => ({ value: k, label: assetKindNames[k] }))} />
          </Form.Item>
          <Form.Item name="identifier" label={`${identifierNames[kind]}（选填）`}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label="线索内容及来源" rules={[{ required: true, whitespace: true, message: '请填写线索内容' }]}>
            <Input.TextArea maxLength={1000} rows={3} />
          </Form.Item>
          <Form.Item name="urgent" valuePropName="checked">
            <Checkbox>情况紧急（如财产正在转移）</Checkbox>
          </Form.Item>
          {dormant && (
            <Form.Item
              name="requestResumption"
              valuePropName="checked"
              extra="本案已终结本次执行程序；发现财产的，可申请恢复执行，不受申请执行时效期间的限制。"
            >
              <Checkbox>{own ? '同时申请恢复执行' : '申请执行人同时申请恢复执行'}</Checkbox>
            </Form.Item>
          )}
          <Button type="primary" onClick={send} loading={submit.isPending}>
            {own ? '提交线索' : '登记线索'}
          </Button>
        </Form>
      </section>
    </Card>
  );
}

type OutcomeValues = { outcome: 'verified-found' | 'not-found' | 'not-verifiable'; on: Dayjs; note?: string };

function OutcomeDialog({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const [form] = Form.useForm<OutcomeValues>();
  const record = useLeadOutcome();
  const { message } = App.useApp();
  const outcome = Form.useWatch('outcome', form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await record.mutateAsync({
        leadId: lead.id,
        body: { outcome: v.outcome, on: toLocalDate(v.on)!, note: v.note?.trim() || null },
      });
      announce(message, `已登记核查结果：${r.outcomeName}`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <Modal
      title={`核查结果 — ${lead.kindName}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {record.isError && <ProblemAlert error={record.error} />}
      <Form form={form} layout="vertical" initialValues={{ outcome: 'verified-found', on: fromLocalDate(todayInShanghai()) }}>
        <Form.Item name="outcome" label="核查结果" rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'verified-found', label: '经核查，财产存在' },
              { value: 'not-found', label: '经核查，未发现该财产' },
              { value: 'not-verifiable', label: '线索不明确，无法核查' },
            ]}
          />
        </Form.Item>
        <Form.Item name="on" label="核查日期" rules={[{ required: true, message: '请选择核查日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item
          name="note"
          label="核查情况"
          rules={outcome === 'verified-found' ? [] : [{ required: true, whitespace: true, message: '请写明核查情况' }]}
        >
          <Input.TextArea maxLength={1000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function LeadsTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const own = !can(me, 'case.read');
  const leads = useLeads(c.id, own);
  const [deciding, setDeciding] = useState<Lead | null>(null);
  const mayRecord = can(me, 'measure.record');
  const dormant = c.status === 'closed' && c.closure?.mode === 'current-procedure-terminated';
  const items = leads.data?.items ?? [];
  return (
    <>
      {/* A 终本 case stays open to leads: with one the applicant may ask for its resumption. */}
      {(c.status !== 'closed' || dormant) && (own || mayRecord) && <LeadForm caseId={c.id} own={own} dormant={dormant} />}
      <Card title={own ? '我提交的财产线索' : '财产线索'} className="section-card">
        <section aria-label={own ? '我提交的财产线索' : '财产线索'}>
          {leads.isError && <ProblemAlert error={leads.error} />}
          {items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有财产线索" />
          ) : (
            <List
              dataSource={items}
              renderItem={(l) => (
                <List.Item>
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Space wrap>
                      <Typography.Text strong>{l.kindName}</Typography.Text>
                      {l.identifier && <span>{l.identifier}</span>}
                      {l.urgent && <Tag color="red">紧急</Tag>}
                      <Tag>{l.sourceName}</Tag>
                      {l.outcome ? (
                        <Tag color={l.outcome === 'verified-found' ? 'green' : 'default'}>{l.outcomeName}</Tag>
                      ) : (
                        <Tag color="orange">核查期限 {l.verifyDueOn}</Tag>
                      )}
                      {!l.outcome && mayRecord && (
                        <Button
                          size="small"
                          onClick={() => setDeciding(l)}
                          aria-label={`登记核查结果：${l.kindName} ${l.identifier ?? ''}`.trim()}
                        >
                          登记核查结果
                        </Button>
                      )}
                    </Space>
                    <Typography.Text>{l.description}</Typography.Text>
                    <Typography.Text type="secondary">
                      {l.submittedOn} {l.submittedBy}
                      {l.outcomeNote && ` · 核查情况：${l.outcomeNote}（${l.outcomeOn}）`}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </section>
      </Card>
      {deciding && <OutcomeDialog lead={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}
