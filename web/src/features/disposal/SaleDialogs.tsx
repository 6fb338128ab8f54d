import { useState } from 'react';
import { App, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { groupDigits } from '../../lib/money.ts';
import { todayInShanghai } from '../../lib/dates.ts';
import { newIdempotencyKey, useSaleResult, useSetOff, useStartSale, type AssetSale, type DisposalItem } from './disposal.api.ts';
import { DayItem, DisposalModal, dayOf } from './disposal-form.tsx';

// After the auctions: 变卖 (after the second round fails, at its starting price, 60 days), its result,
// and 以物抵债 (after a failed round, with the creditor's consent, at that round's starting price).

const today = () => dayjs(todayInShanghai());
const assetName = (item: DisposalItem) => `${item.kindName} ${item.identifier}`;
const lastFailed = (item: DisposalItem) => [...item.rounds].reverse().find((r) => r.status === 'unsold');

export function StartSaleDialog({ caseId, item, onClose }: { caseId: string; item: DisposalItem; onClose: () => void }) {
  const [form] = Form.useForm<{ startedOn: Dayjs }>();
  const start = useStartSale();
  const [key] = useState(newIdempotencyKey);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const r = await start.mutateAsync({ caseId, key, body: { assetId: item.assetId, startedOn: dayOf(v.startedOn) } });
      announce(message, `已开始变卖，变卖价 ${groupDigits(r.price)} 元，变卖期至 ${r.periodEndsOn}`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  const failed = lastFailed(item);
  return (
    <DisposalModal
      title={`变卖 — ${assetName(item)}`}
      okText="开始变卖"
      pending={start.isPending}
      error={start.error}
      onOk={submit}
      onClose={onClose}
      hint={`二拍流拍后在同一平台变卖，变卖价为二拍起拍价${failed ? ` ${groupDigits(failed.startingPrice)} 元` : ''}，变卖期60日（网络司法拍卖规定 第26条）。`}
    >
      <Form form={form} onValuesChange={() => start.reset()} layout="vertical" initialValues={{ startedOn: today() }}>
        <DayItem name="startedOn" label="变卖开始日期" />
      </Form>
    </DisposalModal>
  );
}

type ResultValues = { outcome: 'sold' | 'unsold'; on: Dayjs; buyer?: string };

export function SaleResultDialog({ sale, item, onClose }: { sale: AssetSale; item: DisposalItem; onClose: () => void }) {
  const [form] = Form.useForm<ResultValues>();
  const post = useSaleResult();
  const { message } = App.useApp();
  const outcome = Form.useWatch('outcome', form);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const r = await post.mutateAsync({
        id: sale.id,
        body: { outcome: v.outcome, on: dayOf(v.on), ...(v.outcome === 'sold' ? { buyer: v.buyer!.trim() } : {}) },
      });
      announce(message, r.status === 'sold' ? `变卖成交，${groupDigits(r.price)} 元记入案款` : '已记录：变卖期内未成交');
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <DisposalModal
      title={`变卖结果 — ${assetName(item)}`}
      okText="记录"
      pending={post.isPending}
      error={post.error}
      onOk={submit}
      onClose={onClose}
      hint={`变卖价 ${groupDigits(sale.price)} 元，变卖期至 ${sale.periodEndsOn}。成交的价款记为本案到账款项（来源：变卖价款）。`}
    >
      <Form form={form} onValuesChange={() => post.reset()} layout="vertical" initialValues={{ outcome: 'sold', on: today() }}>
        <Form.Item name="outcome" label="结果" rules={[{ required: true, message: '请选择结果' }]}>
          <Radio.Group
            options={[
              { value: 'sold', label: '变卖成交' },
              { value: 'unsold', label: '变卖期内未成交' },
            ]}
          />
        </Form.Item>
        <DayItem name="on" label="日期" />
        {outcome !== 'unsold' && (
          <Form.Item name="buyer" label="买受人" rules={[{ required: true, whitespace: true, message: '请填写买受人' }]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
      </Form>
    </DisposalModal>
  );
}

type SetOffValues = { creditor: string; consentOn: Dayjs; on: Dayjs };

export function SetOffDialog({ caseId, item, onClose }: { caseId: string; item: DisposalItem; onClose: () => void }) {
  const [form] = Form.useForm<SetOffValues>();
  const post = useSetOff();
  const [key] = useState(newIdempotencyKey);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const r = await post.mutateAsync({
        caseId,
        key,
        body: { assetId: item.assetId, creditor: v.creditor.trim(), consentOn: dayOf(v.consentOn), on: dayOf(v.on) },
      });
      announce(message, `已以物抵债，抵债价额 ${groupDigits(r.price)} 元记入案款`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  const failed = lastFailed(item);
  return (
    <DisposalModal
      title={`以物抵债 — ${assetName(item)}`}
      okText="抵债"
      pending={post.isPending}
      error={post.error}
      onOk={submit}
      onClose={onClose}
      hint={`拍卖流拍后，经申请执行人等债权人同意，以该轮拍卖的起拍价${failed ? ` ${groupDigits(failed.startingPrice)} 元` : ''}抵债（拍卖变卖规定 第16条）；抵债价额计入案件收款。`}
    >
      <Form form={form} onValuesChange={() => post.reset()} layout="vertical" initialValues={{ consentOn: today(), on: today() }}>
        <Form.Item
          name="creditor"
          label="接受抵债的债权人"
          rules={[{ required: true, whitespace: true, message: '请填写接受抵债的债权人' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <DayItem name="consentOn" label="债权人同意日期" />
        <DayItem name="on" label="抵债日期" />
      </Form>
    </DisposalModal>
  );
}
