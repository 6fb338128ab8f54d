import { useEffect } from 'react';
import { App, Checkbox, DatePicker, Form, Input, Modal, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { assetKindNames, assetKinds, identifierNames, isMonetary, type AssetKind } from '../../../../src/shared/asset-kinds.ts';
import { measureNames, measuresOf, type Measure } from '../../../../src/shared/seizures.ts';
import { useOrderSeizure, useRecordAsset, type CaseAsset } from './assets.api.ts';

const YUAN = /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/;
export const yuanRule = (what: string) => ({
  validator: async (_: unknown, v?: string) => {
    if (v && !YUAN.test(v.trim())) throw new Error(`${what}须为金额，如 120000.00`);
  },
});

type AssetValues = {
  kind: AssetKind;
  identifier: string;
  institution?: string;
  estimatedValue?: string;
  ownerName?: string;
  necessaryHome?: boolean;
};

/** 登记财产: kind, the identifier its registry knows it by, where it is held, its estimated value. */
export function AddAssetDialog({ caseId, open, onClose }: { caseId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<AssetValues>();
  const record = useRecordAsset(caseId);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form) ?? 'deposit';

  useEffect(() => {
    if (open) {
      record.reset();
      form.resetFields();
    }
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    try {
      const r = await record.mutateAsync({
        kind: v.kind,
        identifier: v.identifier.trim(),
        ...(v.institution?.trim() ? { institution: v.institution.trim() } : {}),
        ...(v.estimatedValue?.trim() ? { estimatedValue: v.estimatedValue.trim() } : {}),
        ...(v.ownerName?.trim() ? { ownerName: v.ownerName.trim() } : {}),
        ...(v.necessaryHome ? { exempt: ['necessary-home' as const] } : {}),
      });
      announce(
        message,
        r.linked
          ? `已登记财产：${assetKindNames[v.kind]} ${v.identifier.trim()}${r.created ? '' : '（他案已登记同一财产）'}`
          : '本案已登记过该财产',
      );
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Modal
      title="登记财产"
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {record.isError && <ProblemAlert error={record.error} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'deposit' }} requiredMark>
        <Form.Item name="kind" label="财产类别" rules={[{ required: true, message: '请选择财产类别' }]}>
          <Select options={assetKinds.map((k) => ({ value: k, label: assetKindNames[k] }))} />
        </Form.Item>
        <Form.Item
          name="identifier"
          label={identifierNames[kind]}
          rules={[{ required: true, whitespace: true, message: `请填写${identifierNames[kind]}` }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="institution" label={kind === 'deposit' ? '开户行' : '登记机构或保管单位'}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="estimatedValue" label={isMonetary(kind) ? '余额（元）' : '估值（元）'} rules={[yuanRule('估值')]}>
          <Input inputMode="decimal" maxLength={20} placeholder="如 86000.00" />
        </Form.Item>
        <Form.Item name="ownerName" label="登记所有人">
          <Input maxLength={100} />
        </Form.Item>
        {kind === 'real-estate' && (
          <Form.Item name="necessaryHome" valuePropName="checked">
            <Checkbox>被执行人及其所扶养家属生活所必需的居住房屋（可查封，不得拍卖、变卖、抵债）</Checkbox>
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

type SeizeValues = { measure: Measure; ruledOn: Dayjs; effectiveOn: Dayjs; expiresOn?: Dayjs; amount?: string; live?: boolean };

/** 查封、扣押、冻结 one of the case's assets: in effect now, or waiting its turn behind another case's. */
export function SeizeDialog({ caseId, asset, onClose }: { caseId: string; asset: CaseAsset | null; onClose: () => void }) {
  const [form] = Form.useForm<SeizeValues>();
  const order = useOrderSeizure(caseId);
  const { message } = App.useApp();
  const measure = Form.useWatch('measure', form);

  useEffect(() => {
    if (asset) {
      order.reset();
      form.resetFields();
    }
  }, [asset]);
  if (!asset) return null;
  const options = measuresOf[asset.kind];
  const money = isMonetary(asset.kind) && measure === 'freeze';
  const held = asset.seizures.some((s) => s.status === 'effective');

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    try {
      const r = await order.mutateAsync({
        assetId: asset.id,
        measure: v.measure,
        ruledOn: v.ruledOn.format('YYYY-MM-DD'),
        effectiveOn: v.effectiveOn.format('YYYY-MM-DD'),
        ...(v.amount?.trim() ? { amount: v.amount.trim() } : {}),
        ...(v.live ? { live: true } : {}),
        ...(v.expiresOn ? { expiresOn: v.expiresOn.format('YYYY-MM-DD') } : {}),
      });
      announce(
        message,
        r.status === 'effective'
          ? `已${measureNames[v.measure]}，期限至 ${r.expiresOn}`
          : `已轮候${measureNames[v.measure]}，第 ${r.rank} 顺位`,
      );
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <Modal
      title={`查封、扣押、冻结 — ${asset.kindName} ${asset.identifier}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText="确认"
      cancelText="取消"
      confirmLoading={order.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {held
          ? '该财产已有生效中的措施（可能是他案、他院的），本次为轮候，在先措施解除或失效时自动生效。'
          : '自协助执行通知书送达之日起生效，期限按法定最长期限计算（存款1年，动产2年，不动产及其他财产权3年）。'}
      </Typography.Paragraph>
      {order.isError && <ProblemAlert error={order.error} />}
      <Form
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ measure: options[0], ruledOn: dayjs(todayInShanghai()), effectiveOn: dayjs(todayInShanghai()) }}
      >
        <Form.Item name="measure" label="措施" rules={[{ required: true, message: '请选择措施' }]}>
          <Select options={options.map((m) => ({ value: m, label: measureNames[m] }))} />
        </Form.Item>
        <Form.Item name="ruledOn" label="裁定日期" rules={[{ required: true, message: '请选择裁定日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="effectiveOn" label="协助执行通知书送达日期" rules={[{ required: true, message: '请选择送达日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        {!held && (
          <Form.Item name="expiresOn" label="裁定载明的期限届满日（选填，不填即法定最长期限）">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {measure === 'freeze' && (
          <Form.Item
            name="amount"
            label="冻结金额（元）"
            rules={[
              ...(money ? [{ required: true, whitespace: true, message: '冻结存款等款项须写明冻结金额' }] : []),
              yuanRule('冻结金额'),
            ]}
          >
            <Input inputMode="decimal" maxLength={20} placeholder="如 120000.00" />
          </Form.Item>
        )}
        {measure && measure !== 'freeze' && (
          <Form.Item name="live" label="活封（被执行人保管并可继续使用）" valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
