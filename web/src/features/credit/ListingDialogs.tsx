import { useEffect } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { groundNames, MAX_EXTENSION_YEARS, MAX_GRACE_MONTHS } from '../../../../src/rules/dishonest-listing.ts';
import { deletionGroundNames, recordableGrounds } from '../../../../src/rules/listing-deletion.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useDecideListing, useDeleteListing, type DishonestListing } from './credit.api.ts';

// The two acts of the 信用惩戒 tab: the decision to list a debtor (a request to the 院长) and the
// deletion of a listing on one of the seven grounds of 失信名单规定(2017) 第10条.

type DecideValues = {
  debtorPartyId: string;
  ground: number;
  decidedOn: Dayjs;
  graceMonths: number;
  extensionYears: number;
  evidence?: string;
};

export function DecideListingDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const decide = useDecideListing(c.id);
  const ground = Form.useWatch('ground', form);
  useEffect(() => {
    if (!open) return;
    decide.reset();
    form.resetFields();
  }, [open]);
  const submit = async () => {
    // A field the form refuses is marked at the field; nothing is sent.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await decide.mutateAsync({
        debtorPartyId: v.debtorPartyId,
        ground: v.ground,
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        graceMonths: v.graceMonths,
        ...(v.ground === 1 ? {} : { extensionYears: v.extensionYears }),
        evidence: v.evidence?.trim() || null,
      });
      announce(message, '纳入决定已提交院长审核签发');
      onClose();
    } catch {
      // Shown in the dialog from decide.error.
    }
  };
  const debtors = c.debtors.filter((d) => d.id);
  return (
    <Modal
      title="纳入失信被执行人名单"
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="提交院长审批"
      cancelText="取消"
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        依失信名单规定（2017）第1–4条审查：未成年人不得纳入；第1项须尚有未履行金额，且已查封财产不足以清偿。宽限期届满仍未履行的予以公布。
      </Typography.Paragraph>
      {decide.isError && <ProblemAlert error={decide.error} />}
      <Form
        form={form}
        name="decide-listing"
        layout="vertical"
        initialValues={{ debtorPartyId: debtors[0]?.id, ground: 1, decidedOn: dayjs(todayInShanghai()), graceMonths: 1, extensionYears: 0 }}
      >
        <Form.Item name="debtorPartyId" label="被执行人" rules={[{ required: true, message: '请选择被执行人' }]}>
          <Select options={debtors.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="ground" label="纳入情形（第1条）" rules={[{ required: true, message: '请选择纳入情形' }]}>
          <Select options={Object.entries(groundNames).map(([k, v]) => ({ value: Number(k), label: `第${k}项 ${v}` }))} />
        </Form.Item>
        <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择决定日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="graceMonths" label={`宽限期（月，0 至 ${MAX_GRACE_MONTHS}）`}>
          <InputNumber min={0} max={MAX_GRACE_MONTHS} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        {ground !== 1 && (
          <Form.Item name="extensionYears" label={`延长期限（年，0 至 ${MAX_EXTENSION_YEARS}；期限二年）`}>
            <InputNumber min={0} max={MAX_EXTENSION_YEARS} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          name="evidence"
          label="事实和证据"
          rules={[{ required: ground !== 1 && ground !== 4, whitespace: true, message: '第2、3、5、6项须写明证据和事实' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder="第1、4项可不填，由案件记录认定" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type DeleteValues = { ground: (typeof recordableGrounds)[number]; deletedOn: Dayjs; reason?: string };

export function DeleteListingDialog({ listing, onClose }: { listing: DishonestListing | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DeleteValues>();
  const remove = useDeleteListing();
  const ground = Form.useWatch('ground', form);
  useEffect(() => {
    if (!listing) return;
    remove.reset();
    form.resetFields();
  }, [listing]);
  const submit = async () => {
    if (!listing) return;
    // A field the form refuses is marked at the field; nothing is sent.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await remove.mutateAsync({
        id: listing.id,
        ground: v.ground,
        deletedOn: v.deletedOn.format('YYYY-MM-DD'),
        reason: v.reason?.trim() || null,
      });
      announce(message, listing.publishedOn ? '失信信息已删除，正在通知各接收方' : '失信信息已删除');
      onClose();
    } catch {
      // Shown in the dialog from remove.error.
    }
  };
  return (
    <Modal
      title={listing ? `删除失信信息 — ${listing.debtorName}` : '删除失信信息'}
      open={listing !== null}
      onOk={submit}
      onCancel={onClose}
      okText="确认删除"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={remove.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        依失信名单规定（2017）第10条，删除情形发生后三个工作日内删除并通知各接收方。依申请执行人申请删除的，六个月内不得再次纳入。
      </Typography.Paragraph>
      {remove.isError && <ProblemAlert error={remove.error} />}
      <Form form={form} name="delete-listing" layout="vertical" initialValues={{ deletedOn: dayjs(todayInShanghai()) }}>
        <Form.Item name="ground" label="删除情形" rules={[{ required: true, message: '请选择删除情形' }]}>
          <Select
            options={recordableGrounds.map((g) => ({
              value: g,
              label: `${deletionGroundNames[g].article.replace('第10条第1款', '')} ${deletionGroundNames[g].label}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="deletedOn" label="删除日期" rules={[{ required: true, message: '请选择删除日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="事实和理由"
          rules={[{ required: ground !== 'performed', whitespace: true, message: '请写明删除的事实和理由' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
