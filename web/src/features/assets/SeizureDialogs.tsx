import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { releaseReasonNames, releaseReasons, type ReleaseReason } from '../../../../src/shared/seizures.ts';
import { useDeduct, useRelease, useRenew, type Seizure } from './assets.api.ts';
import { yuanRule } from './AssetDialogs.tsx';

export type SeizureAction = { kind: 'renew' | 'release' | 'deduct'; seizure: Seizure };

const titleOf = (a: SeizureAction) =>
  `${{ renew: '续行', release: '解除', deduct: '扣划' }[a.kind]} — ${a.seizure.measureName} ${a.seizure.asset.kindName} ${a.seizure.asset.identifier}`;

type Values = { on: Dayjs; expiresOn?: Dayjs; reason?: ReleaseReason; note?: string; amount?: string; confirmation?: string };

/** 续行, 解除 or 扣划 of one seizure; the server's refusals are shown in the dialog in Chinese. */
export function SeizureActionDialog({ action, onClose }: { action: SeizureAction | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const renew = useRenew();
  const release = useRelease();
  const deduct = useDeduct();
  const { message } = App.useApp();
  const reason = Form.useWatch('reason', form);
  const busy = { renew, release, deduct }[action?.kind ?? 'renew'];

  useEffect(() => {
    if (action) {
      for (const m of [renew, release, deduct]) m.reset();
      form.resetFields();
    }
  }, [action]);
  if (!action) return null;
  const s = action.seizure;

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // the form shows what is missing
    const on = v.on.format('YYYY-MM-DD');
    try {
      if (action.kind === 'renew') {
        const r = await renew.mutateAsync({
          id: s.id,
          body: { effectiveOn: on, ...(v.expiresOn ? { expiresOn: v.expiresOn.format('YYYY-MM-DD') } : {}) },
        });
        announce(message, `已续行，期限至 ${r.expiresOn}`);
      } else if (action.kind === 'release') {
        const r = await release.mutateAsync({
          id: s.id,
          body: { releasedOn: on, reason: v.reason!, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
        });
        announce(message, r.promoted ? `已解除；轮候在先的措施已自 ${r.promoted.effectiveFrom} 起生效` : '已解除');
      } else {
        const r = await deduct.mutateAsync({
          id: s.id,
          body: { amount: v.amount!.trim(), deductedOn: on, ...(v.confirmation?.trim() ? { confirmation: v.confirmation.trim() } : {}) },
        });
        announce(message, `已扣划 ${r.amount} 元，尚冻结 ${r.frozenRemaining} 元`);
      }
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };

  const dateLabel = { renew: '续行通知送达日期', release: '解除日期', deduct: '扣划日期' }[action.kind];
  return (
    <Modal
      title={titleOf(action)}
      open
      onOk={submit}
      onCancel={onClose}
      okText="确认"
      cancelText="取消"
      confirmLoading={busy.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {action.kind === 'renew' &&
          `期限至 ${s.expiresOn}。续行须在届满前办理，自原届满日起算，不得超过法定最长期限；不填“续行至”即续行最长期限。`}
        {action.kind === 'release' &&
          (s.status === 'effective' ? '解除后，该财产轮候在先的措施（含他案、他院）同日自动生效。' : '解除后本案退出该财产的轮候。')}
        {action.kind === 'deduct' && `银行确认扣划后登记，扣划款记为本案到账款项。尚冻结 ${s.frozenRemaining} 元。`}
      </Typography.Paragraph>
      {busy.isError && <ProblemAlert error={busy.error} />}
      <Form form={form} layout="vertical" requiredMark initialValues={{ on: dayjs(todayInShanghai()) }}>
        <Form.Item name="on" label={dateLabel} rules={[{ required: true, message: `请选择${dateLabel}` }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        {action.kind === 'renew' && (
          <Form.Item name="expiresOn" label="续行至（选填）">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {action.kind === 'release' && (
          <>
            <Form.Item name="reason" label="解除事由" rules={[{ required: true, message: '请选择解除事由' }]}>
              <Select
                options={releaseReasons.map((r) => ({ value: r, label: releaseReasonNames[r] }))}
                optionRender={(o) => <span style={{ whiteSpace: 'normal' }}>{o.label}</span>}
              />
            </Form.Item>
            <Form.Item
              name="note"
              label="具体情况"
              rules={reason === 'other' ? [{ required: true, whitespace: true, message: '请填写解除的具体情况' }] : []}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </>
        )}
        {action.kind === 'deduct' && (
          <>
            <Form.Item
              name="amount"
              label="扣划金额（元）"
              rules={[{ required: true, whitespace: true, message: '请填写扣划金额' }, yuanRule('扣划金额')]}
            >
              <Input inputMode="decimal" maxLength={20} />
            </Form.Item>
            <Form.Item name="confirmation" label="银行回执编号">
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
