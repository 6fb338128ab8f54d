import { useEffect } from 'react';
import { announce } from '../../components/announce.tsx';
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { todayInShanghai } from '../../lib/dates.ts';
import { statusNames, transitionNames, type Transition } from '../../../../src/shared/vocabulary.ts';
import { approvalPolicyOf, stepRoleNames } from '../../../../src/shared/approvals.ts';
import { DEFERRAL_MAX_MONTHS } from '../../../../src/rules/deferral-term.ts';
import { useTransition, type CaseDetail } from './cases.api.ts';

const hints: Record<Transition, string> = {
  start: '案件将进入「执行中」状态。',
  suspend: '中止执行期间不计入执行期限；中止的情形消失后应恢复执行。',
  defer: `暂缓执行应有法定事由，并确定暂缓期限（与担保期限一致，最长${DEFERRAL_MAX_MONTHS / 12}年）；期限届满次日自动恢复执行。`,
  continue: '中止或暂缓的情形已消失，案件将恢复「执行中」状态。',
};

// 中止 and 暂缓 state their reason (民事诉讼法 第267条; 民诉法解释 第467条).
const reasonRequired = (t: Transition) => t === 'suspend' || t === 'defer';

type Values = { reason?: string; until?: Dayjs };

export function TransitionDialog({ c, transition, onClose }: { c: CaseDetail; transition: Transition | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
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
  const policy = transition === 'defer' ? approvalPolicyOf('case.defer') : null;
  const approver = policy ? policy.steps.map((s) => stepRoleNames[s.role]).join('、') : '';
  const today = dayjs(todayInShanghai());
  const latest = today.add(DEFERRAL_MAX_MONTHS, 'month');

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await change.mutateAsync({
        transition,
        version: c.version,
        reason: v.reason?.trim() || undefined,
        until: v.until?.format('YYYY-MM-DD'),
      });
      announce(
        message,
        r.approval ? `已提交审批：${r.approval.summary}，待${r.approval.awaitingRoleName ?? approver}审批` : `${c.caseNumber} 已${name}`,
      );
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
      okText={policy ? '提交审批' : `确认${name}`}
      cancelText="取消"
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        当前状态：{statusNames[c.status]}。{hints[transition]}
        {policy && `须经${approver}审批，批准后生效。`}
      </Typography.Paragraph>
      {change.isError && <ProblemAlert error={change.error} />}
      <Form form={form} layout="vertical" requiredMark={reasonRequired(transition)}>
        {transition === 'defer' && (
          <Form.Item
            name="until"
            label="暂缓执行期限（最后一日）"
            extra={`最长至 ${latest.format('YYYY-MM-DD')}`}
            rules={[{ required: true, message: '请选择暂缓执行期限' }]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => !d.isAfter(today, 'day') || d.isAfter(latest, 'day')}
              placeholder="选择暂缓期限的最后一日"
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={reasonRequired(transition) ? `${name}的理由` : '理由（选填）'}
          rules={reasonRequired(transition) ? [{ required: true, whitespace: true, message: `请填写${name}的理由` }] : []}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={`请简要说明${name}的理由`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
