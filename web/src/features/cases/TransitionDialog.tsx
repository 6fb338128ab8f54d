import { useEffect } from 'react';
import { announce } from '../../components/announce.tsx';
import { App, Form, Input, Modal, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { statusNames, transitionNames, type Transition } from '../../../../src/shared/vocabulary.ts';
import { useTransition, type CaseDetail } from './cases.api.ts';

const hints: Record<Transition, string> = {
  start: '案件将进入「执行中」状态。',
  suspend: '中止执行期间不计入执行期限；中止的情形消失后应恢复执行。',
  defer: '暂缓执行应有法定事由并确定暂缓期限。',
  continue: '中止或暂缓的情形已消失，案件将恢复「执行中」状态。',
};

export function TransitionDialog({ c, transition, onClose }: { c: CaseDetail; transition: Transition | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const change = useTransition(c.id);
  const { message } = App.useApp();

  useEffect(() => {
    if (transition) {
      change.reset();
      form.resetFields();
    }
  }, [transition]);

  if (!transition) return null;
  const name = transitionNames[transition];

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await change.mutateAsync({ transition, version: c.version, reason: v.reason?.trim() || undefined });
      announce(message, `${c.caseNumber} 已${name}`);
      onClose();
    } catch {
      // Shown in the dialog from change.error.
    }
  };

  return (
    <Modal
      title={`${name} — ${c.caseNumber}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText={`确认${name}`}
      cancelText="取消"
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        当前状态：{statusNames[c.status]}。{hints[transition]}
      </Typography.Paragraph>
      {change.isError && <ProblemAlert error={change.error} />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="理由（选填）">
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={`请简要说明${name}的理由`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
