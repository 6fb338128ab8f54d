import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useRecordWhereabouts } from './termination.api.ts';

type Values = { debtorPartyId: string; recordedOn: Dayjs; missing: boolean; searched: boolean; measures?: string };

/** 被执行人下落不明 / 查找 (P6 第1条第5项): the latest record per debtor counts for the 终本 gate. */
export function WhereaboutsDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordWhereabouts(c.id);
  const { message } = App.useApp();
  const searched = Form.useWatch('searched', form);

  useEffect(() => {
    if (open) {
      record.reset();
      form.resetFields();
    }
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await record.mutateAsync({
        debtorPartyId: v.debtorPartyId,
        recordedOn: v.recordedOn.format('YYYY-MM-DD'),
        missing: v.missing,
        searched: v.searched,
        measures: (v.measures ?? '').trim(),
      });
      announce(message, '已登记被执行人下落情况');
      onClose();
    } catch {
      // Shown in the dialog from record.error.
    }
  };

  return (
    <Modal
      title={`登记被执行人下落 — ${c.caseNumber}`}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="保存"
      cancelText="取消"
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {record.isError && <ProblemAlert error={record.error} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ debtorPartyId: c.debtors[0]?.id, recordedOn: dayjs(todayInShanghai()), missing: true, searched: false }}
      >
        <Form.Item name="debtorPartyId" label="被执行人" rules={[{ required: true, message: '请选择被执行人' }]}>
          <Select options={c.debtors.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="recordedOn" label="登记日期" rules={[{ required: true, message: '请选择登记日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="missing" label="下落不明" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        <Form.Item name="searched" label="已依法查找" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        <Form.Item
          name="measures"
          label="查找措施"
          rules={[{ required: !!searched, whitespace: true, message: '已查找的，请写明查找措施' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="如：向户籍地派出所查询，走访住所地居委会，公告查找" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
