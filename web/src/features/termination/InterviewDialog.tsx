import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Radio, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { interviewMethodNames, interviewMethods, type InterviewMethod } from '../../../../src/shared/termination.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useRecordInterview } from './termination.api.ts';

type Values = { interviewedOn: Dayjs; method: InterviewMethod; applicantPartyId: string; applicantView: string; agrees: boolean };

/** 约谈申请执行人 (P6 第5条): when and how, whom, what the applicant said, and whether they agree to 终本 in writing. */
export function InterviewDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordInterview(c.id);
  const { message } = App.useApp();

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
        interviewedOn: v.interviewedOn.format('YYYY-MM-DD'),
        method: v.method,
        applicantPartyId: v.applicantPartyId,
        applicantView: v.applicantView.trim(),
        agreesToTermination: v.agrees,
      });
      announce(message, '已记录约谈申请执行人');
      onClose();
    } catch {
      // Shown in the dialog from record.error.
    }
  };

  return (
    <Modal
      title={`记录约谈申请执行人 — ${c.caseNumber}`}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="保存约谈记录"
      cancelText="取消"
      confirmLoading={record.isPending}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary">
        终本前应告知申请执行人案件执行情况、已采取的财产调查措施、被执行人的财产情况、终本的依据和法律后果，听取并记录其意见。
      </Typography.Paragraph>
      {record.isError && <ProblemAlert error={record.error} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{
          interviewedOn: dayjs(todayInShanghai()),
          method: 'in-person',
          applicantPartyId: c.applicants[0]?.id,
          agrees: false,
        }}
      >
        <Form.Item name="applicantPartyId" label="申请执行人" rules={[{ required: true, message: '请选择申请执行人' }]}>
          <Select options={c.applicants.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="interviewedOn" label="约谈日期" rules={[{ required: true, message: '请选择约谈日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="method" label="约谈方式" rules={[{ required: true, message: '请选择约谈方式' }]}>
          <Radio.Group options={interviewMethods.map((m) => ({ value: m, label: interviewMethodNames[m] }))} />
        </Form.Item>
        <Form.Item
          name="applicantView"
          label="申请执行人的意见"
          rules={[{ required: true, whitespace: true, message: '请记录申请执行人的意见' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="如：知悉被执行人暂无可供执行的财产，同意终结本次执行程序" />
        </Form.Item>
        <Form.Item name="agrees" label="申请执行人书面同意终结本次执行程序" valuePropName="checked">
          <Switch checkedChildren="同意" unCheckedChildren="未同意" aria-label="申请执行人书面同意终本" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
