import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { terminationGroundNames, terminationGrounds, type TerminationGround } from '../../../../src/rules/pool-exit.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { exitKindNames, useRecordPoolExit } from './exit.api.ts';

// 出库: a 终本 case leaves the pool because the debtor performed in full, an enterprise debtor is
// referred to bankruptcy review, or the execution is ruled 终结执行 (src/rules/pool-exit.ts).

type Kind = 'paid' | 'bankruptcy' | 'terminated';
type Values = {
  kind: Kind;
  exitedOn: Dayjs;
  reason: string;
  evidence?: 'funds-received' | 'applicant-confirmed';
  consentBy?: 'applicant' | 'debtor';
  receivingCourt?: string;
  debtorPartyId?: string;
  ground?: TerminationGround;
};

const hints: Record<Kind, string> = {
  paid: '被执行人全部履行完毕：删除本案失信信息（失信名单规定 第10条第1款第1项），解除限制消费令。',
  bankruptcy: '企业法人被执行人经申请执行人之一或者被执行人书面同意，移送其住所地人民法院破产审查（民诉法解释 第511条）。',
  terminated: '裁定终结执行（民事诉讼法 第268条）：删除本案失信信息（失信名单规定 第10条第1款第7项）。',
};

export function PoolExitDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordPoolExit(c.id);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form) ?? 'paid';
  const companies = c.debtors.filter((d) => d.kind === 'organization');

  useEffect(() => {
    if (open) {
      record.reset();
      form.resetFields();
    }
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const done = await record.mutateAsync({
        kind: v.kind,
        exitedOn: v.exitedOn.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        ...(v.kind === 'paid' ? { evidence: v.evidence } : {}),
        ...(v.kind === 'bankruptcy'
          ? {
              consentBy: v.consentBy,
              receivingCourt: v.receivingCourt?.trim(),
              ...(v.debtorPartyId ? { debtorPartyId: v.debtorPartyId } : {}),
            }
          : {}),
        ...(v.kind === 'terminated' ? { ground: v.ground } : {}),
      });
      const ended = [
        done.listingsEnded ? `删除失信信息 ${done.listingsEnded} 条` : '',
        done.restrictionsLifted ? `解除限制消费令 ${done.restrictionsLifted} 份` : '',
      ]
        .filter(Boolean)
        .join('，');
      announce(message, `已出终本案件库（${exitKindNames[done.kind]}）${ended ? `，${ended}` : ''}`);
      onClose();
    } catch {
      // Shown in the dialog from record.error.
    }
  };

  return (
    <Modal
      title={`终本案件出库 — ${c.caseNumber}`}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="确认出库"
      cancelText="取消"
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        出库后不再定期复查。因发现财产需要继续执行的，请使用「恢复执行」。{hints[kind]}
      </Typography.Paragraph>
      {record.isError && <ProblemAlert error={record.error} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'paid', exitedOn: dayjs(todayInShanghai()), evidence: 'applicant-confirmed', consentBy: 'applicant' }}
      >
        <Form.Item name="kind" label="出库情形" rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid">
            <Radio.Button value="paid">履行完毕</Radio.Button>
            <Radio.Button value="bankruptcy">移送破产审查</Radio.Button>
            <Radio.Button value="terminated">终结执行</Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="exitedOn" label="出库日期" rules={[{ required: true, message: '请选择出库日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        {kind === 'paid' && (
          <Form.Item name="evidence" label="履行完毕的依据" rules={[{ required: true, message: '请选择依据' }]}>
            <Radio.Group>
              <Radio value="applicant-confirmed">申请执行人书面确认已履行完毕</Radio>
              <Radio value="funds-received">执行款已足额到账</Radio>
            </Radio.Group>
          </Form.Item>
        )}
        {kind === 'bankruptcy' && (
          <>
            {companies.length > 1 && (
              <Form.Item name="debtorPartyId" label="移送破产审查的被执行人">
                <Select options={companies.map((d) => ({ value: d.id, label: d.name }))} placeholder="选择企业法人被执行人" />
              </Form.Item>
            )}
            <Form.Item name="consentBy" label="书面同意移送的一方" rules={[{ required: true, message: '请选择书面同意的一方' }]}>
              <Radio.Group>
                <Radio value="applicant">申请执行人</Radio>
                <Radio value="debtor">被执行人</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="receivingCourt" label="受移送法院" rules={[{ required: true, whitespace: true, message: '请填写受移送法院' }]}>
              <Input maxLength={100} placeholder="被执行人住所地人民法院，如：广东省江门市中级人民法院" />
            </Form.Item>
          </>
        )}
        {kind === 'terminated' && (
          <Form.Item name="ground" label="终结执行的情形" rules={[{ required: true, message: '请选择终结执行的情形' }]}>
            <Select
              placeholder="选择情形"
              options={terminationGrounds.map((g) => ({
                value: g,
                label: `${terminationGroundNames[g].label}（${terminationGroundNames[g].article}）`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="reason" label="事实和理由" rules={[{ required: true, whitespace: true, message: '请写明出库的事实和理由' }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
