import { useEffect } from 'react';
import { App, Form, Input, Modal, Typography } from 'antd';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDeclineResumption, type DormantResearch } from './dormant.api.ts';

// 不恢复执行 on a re-search's find (ADR 0215): the officer states why the property found does not
// warrant resuming the case; the find's review deadline is then met. Resuming goes through 恢复执行.

export function DeclineResumptionDialog({
  caseId,
  research,
  onClose,
}: {
  caseId: string;
  research: DormantResearch | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const decline = useDeclineResumption(caseId);
  const { message } = App.useApp();

  useEffect(() => {
    if (research) {
      decline.reset();
      form.resetFields();
    }
  }, [research]);

  const submit = async () => {
    if (!research) return;
    const v = await form.validateFields();
    try {
      await decline.mutateAsync({ cycle: research.cycle, reason: v.reason.trim() });
      announce(message, `已决定第${research.cycle}次复查发现的财产不恢复执行`);
      onClose();
    } catch {
      // Shown in the dialog from decline.error.
    }
  };

  return (
    <Modal
      title={research ? `不恢复执行 — 第${research.cycle}次复查` : '不恢复执行'}
      open={research !== null}
      onOk={submit}
      onCancel={onClose}
      okText="确认不恢复执行"
      cancelText="取消"
      confirmLoading={decline.isPending}
      destroyOnHidden
    >
      {research && (
        <Typography.Paragraph type="secondary">
          {`本次复查发现财产 ${research.findings} 项，估值合计 ${research.value} 元。经审查不符合恢复执行条件的，请写明理由；` +
            '理由记入案件流程记录，不向当事人公开。决定恢复执行的，请使用页首的「恢复执行」。'}
        </Typography.Paragraph>
      )}
      {decline.isError && <ProblemAlert error={decline.error} />}
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label="不恢复执行的理由" rules={[{ required: true, whitespace: true, message: '请填写不恢复执行的理由' }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：查询到的存款余额不足以支付执行费用" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
