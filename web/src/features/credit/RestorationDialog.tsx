import { useEffect } from 'react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { DEFAULT_COMMITMENT_MIN_LENGTH, restorationGroundNames, restorationGrounds } from '../../../../src/rules/credit-restoration.ts';
import { useFileRestoration, type CreditRestorationGround } from './restoration.api.ts';

// The request for 信用修复 (失信名单规定(2017) 第2条第2款): the ground, the facts and the written
// 信用承诺; filed by the officer on the 信用惩戒 tab or by the debtor in the party portal.

type Values = { ground: CreditRestorationGround; evidence: string; commitment: string };
export type RestorationTarget = { id: string; debtorName: string } | null;

export function RestorationDialog({ listing, asParty, onClose }: { listing: RestorationTarget; asParty: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const file = useFileRestoration(asParty);
  useEffect(() => {
    if (!listing) return;
    file.reset();
    form.resetFields();
  }, [listing]);
  const submit = async () => {
    if (!listing) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await file.mutateAsync({
        listingId: listing.id,
        body: { ground: v.ground, evidence: v.evidence.trim(), commitment: v.commitment.trim() },
      });
      announce(message, '信用修复申请已提交，等待执行法官审查、院长审批');
      onClose();
    } catch {
      // Shown in the dialog from file.error.
    }
  };
  return (
    <Modal
      title={listing ? `申请信用修复 — ${listing.debtorName}` : '申请信用修复'}
      open={listing !== null}
      onOk={submit}
      onCancel={onClose}
      okText="提交申请"
      cancelText="取消"
      confirmLoading={file.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        被执行人积极履行义务或主动纠正失信行为的，可申请提前删除失信信息（失信名单规定
        第2条第2款）。经执行法官审查、院长审批同意后删除，并通知各接收方。
      </Typography.Paragraph>
      {file.isError && <ProblemAlert error={file.error} />}
      <Form form={form} name="credit-restoration" layout="vertical">
        <Form.Item name="ground" label="修复情形" rules={[{ required: true, message: '请选择修复情形' }]}>
          <Select options={restorationGrounds.map((g) => ({ value: g, label: restorationGroundNames[g] }))} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={asParty ? '履行或纠正的情况' : '事实和证据'}
          rules={[{ required: true, whitespace: true, message: '请写明已履行或纠正的事实和证据' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder="如：已履行 5 万元，提交分期履行计划；已与申请执行人达成和解协议" />
        </Form.Item>
        <Form.Item
          name="commitment"
          label="信用承诺"
          extra={`书面承诺，不少于 ${DEFAULT_COMMITMENT_MIN_LENGTH} 字`}
          rules={[
            { required: true, whitespace: true, message: '请填写信用承诺' },
            { min: DEFAULT_COMMITMENT_MIN_LENGTH, message: `信用承诺不少于 ${DEFAULT_COMMITMENT_MIN_LENGTH} 字` },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} placeholder="本人承诺按期履行剩余义务，如实申报财产，不再实施失信行为……" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
