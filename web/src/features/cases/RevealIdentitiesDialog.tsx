import { useEffect } from 'react';
import { Form, Input, Modal, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useRevealIdentities, type CaseDetail } from './cases.api.ts';

// 查看证件号码全文: the court administrator and the coordinator see ID numbers masked; they open one
// case's in full on purpose, giving a reason that is kept with the logged read (ADR 0061).
export function RevealIdentitiesDialog({
  c,
  open,
  onClose,
  onRevealed,
}: {
  c: CaseDetail;
  open: boolean;
  onClose: () => void;
  onRevealed: (full: CaseDetail) => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const reveal = useRevealIdentities(c.id);

  useEffect(() => {
    if (open) {
      reveal.reset();
      form.resetFields();
    }
  }, [open]);

  if (!open) return null;

  const submit = async () => {
    try {
      const v = await form.validateFields();
      onRevealed(await reveal.mutateAsync(v.reason.trim()));
      onClose();
    } catch {
      // A missing reason is shown under its field; a refusal in the dialog from reveal.error.
    }
  };

  return (
    <Modal
      title={`查看证件号码全文 — ${c.caseNumber}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText="查看全文"
      cancelText="取消"
      confirmLoading={reveal.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">证件号码属于个人信息。本次查看连同理由记入审计事件和个人信息查阅记录。</Typography.Paragraph>
      {reveal.isError && <ProblemAlert error={reveal.error} />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="查看理由" rules={[{ required: true, whitespace: true, message: '请填写查看理由' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：核对被执行人身份" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
