import { useEffect } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDecide, type Approval } from './approvals.api.ts';

export type Choice = { approval: Approval; decision: 'approve' | 'reject' };

/** 同意 or 不同意 with an opinion (required to refuse). Approving the last step performs the action. */
export function DecisionDialog({ choice, onClose }: { choice: Choice | null; onClose: () => void }) {
  const [form] = Form.useForm<{ opinion?: string }>();
  const decide = useDecide();
  const { message } = App.useApp();

  useEffect(() => {
    if (choice) {
      decide.reset();
      form.resetFields();
    }
  }, [choice]);

  if (!choice) return null;
  const { approval: a, decision } = choice;
  const approving = decision === 'approve';
  const where = a.caseNumber ? `${a.caseNumber} ` : '';

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await decide.mutateAsync({ id: a.id, decision, opinion: v.opinion?.trim() || undefined });
      announce(
        message,
        approving
          ? `${where}${a.summary}：${r.state === 'approved' ? '已批准并执行' : '已同意，转下一步审批'}`
          : `${where}${a.summary}：未批准`,
      );
      onClose();
    } catch {
      // Shown in the dialog from decide.error.
    }
  };

  return (
    <Modal
      title={`${approving ? '同意' : '不同意'} — ${a.summary}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText={approving ? '确认同意' : '确认不同意'}
      okButtonProps={approving ? {} : { danger: true }}
      cancelText="取消"
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {where}
        {a.requestedBy.name} 于 {a.requestedOn} 提交{a.reason ? `，理由：${a.reason}` : ''}。
        {approving ? '同意后即执行该事项，并记入流程记录。' : '不同意的，案件不作改变。'}
      </Typography.Paragraph>
      {decide.isError && <ProblemAlert error={decide.error} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="opinion"
          label={approving ? '审批意见（选填）' : '审批意见'}
          rules={approving ? [] : [{ required: true, whitespace: true, message: '不同意的，请写明审批意见' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={approving ? '如：同意' : '请写明不同意的理由'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
