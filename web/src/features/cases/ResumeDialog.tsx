import { useEffect } from 'react';
import { announce } from '../../components/announce.tsx';
import { useNavigate } from 'react-router-dom';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { moneyRule, toYuan } from '../../lib/money.ts';
import { useResumeCase, type CaseDetail } from './cases.api.ts';

type Values = { filedOn: Dayjs; claimAmount: string; reason: string };

/** 恢复执行: files a new 执恢 case with the same title and parties, then opens it. */
export function ResumeDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const resume = useResumeCase(c.id);
  const navigate = useNavigate();
  const { message } = App.useApp();

  useEffect(() => {
    if (open) {
      resume.reset();
      form.resetFields();
    }
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const filed = await resume.mutateAsync({
        filedOn: v.filedOn.format('YYYY-MM-DD'),
        claimAmount: toYuan(v.claimAmount),
        reason: v.reason.trim(),
      });
      announce(message, `已恢复执行，新案号：${filed.caseNumber}`);
      onClose();
      void navigate(`/cases/${filed.id}`);
    } catch {
      // Shown in the dialog from resume.error.
    }
  };

  return (
    <Modal
      title={`恢复执行 — ${c.caseNumber}`}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="确认恢复执行"
      cancelText="取消"
      confirmLoading={resume.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        将以原案的执行依据和当事人另立「执恢」字号案件，并与原案关联；
        {c.officer?.name ? `承办人沿用原案承办人 ${c.officer.name}` : '原案未指定承办人，可在立案后指定'}；恢复执行理由记入新案的流程记录。
      </Typography.Paragraph>
      {resume.isError && <ProblemAlert error={resume.error} />}
      <Form form={form} layout="vertical" initialValues={{ filedOn: dayjs(todayInShanghai()), claimAmount: c.claimAmount }}>
        <Form.Item name="filedOn" label="立案日期" rules={[{ required: true, message: '请选择立案日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="claimAmount" label="申请执行标的（元）" rules={[{ required: true, message: '请填写申请执行标的' }, moneyRule]}>
          <Input placeholder="尚未执行到位的金额，如 120000.00" style={{ textAlign: 'right' }} />
        </Form.Item>
        <Form.Item name="reason" label="恢复执行理由" rules={[{ required: true, whitespace: true, message: '请填写恢复执行理由' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：申请执行人发现被执行人有可供执行的财产" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
