import { useState } from 'react';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { useRequestTransfer } from './funds.api.ts';

type Values = { toCaseNumber: string; amount: string; reason: string };

/** 执行款划转 (ADR 0185): move money to another case's account of this court, in the payout's approval steps. */
export function TransferButton({ caseId, available }: { caseId: string; available: string }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const request = useRequestTransfer(caseId);
  const [form] = Form.useForm<Values>();
  const close = () => (setOpen(false), form.resetFields(), request.reset());
  return (
    <>
      <Button onClick={() => setOpen(true)}>划转至他案</Button>
      <Modal
        open={open}
        title="执行款划转"
        okText="提交审批"
        cancelText="取消"
        onCancel={close}
        onOk={() => form.submit()}
        confirmLoading={request.isPending}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          将本案案款划转至本院另一案件的案款账户，依次经承办人审核、执行局长审批、财务人员核发。提交即冻结该金额；本案可发放余额 {available}{' '}
          元。
        </Typography.Paragraph>
        <Form
          form={form}
          name="transfer"
          layout="vertical"
          onFinish={(v) =>
            request.mutate(
              { toCaseNumber: v.toCaseNumber.trim(), amount: v.amount.trim(), reason: v.reason },
              { onSuccess: () => (close(), announce(message, '划转申请已提交承办人审核')) },
            )
          }
        >
          <Form.Item label="目标案件案号" name="toCaseNumber" rules={[{ required: true, message: '请填写目标案件的案号' }]}>
            <Input placeholder="（2026）粤0703执12号" />
          </Form.Item>
          <Form.Item label="划转金额（元）" name="amount" rules={[{ required: true, message: '请填写金额' }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item label="划转事由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明划转事由' }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          {request.isError && <ProblemAlert error={request.error} />}
        </Form>
      </Modal>
    </>
  );
}
