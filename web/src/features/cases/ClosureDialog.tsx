import { useEffect } from 'react';
import { announce } from '../../components/announce.tsx';
import { App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { closureModeNames, closureModesFrom, type ClosureMode } from '../../../../src/shared/vocabulary.ts';
import { approvalPolicyOf, dormantClosurePolicy, stepRoleNames } from '../../../../src/shared/approvals.ts';
import { terminationRouteNames, terminationRoutes, type TerminationRoute } from '../../../../src/shared/termination.ts';
import { isApiError } from '../../api.ts';
import { TerminationChecklist } from '../termination/TerminationChecklist.tsx';
import { useTerminationCheck } from '../termination/termination.api.ts';
import { useCloseCase, type CaseDetail } from './cases.api.ts';

type Values = { mode: ClosureMode; closedOn: Dayjs; reason: string; route?: TerminationRoute };

const DORMANT: ClosureMode = 'current-procedure-terminated';
const panelApprover = dormantClosurePolicy.steps.map((s) => stepRoleNames[s.role]).join('、');

/** The server's refusal of a 终本 closure: each unmet condition with what would meet it. */
function UnmetList({ error }: { error: unknown }) {
  if (!isApiError(error) || !error.unmet?.length) return null;
  return (
    <ul className="termination-unmet-list" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
      {error.unmet.map((u) => (
        <li key={u.condition}>{u.detail}</li>
      ))}
    </ul>
  );
}

// Who signs a closure that needs approval (终结执行, 不予执行: src/shared/approvals.ts), or null.
const approverOf = (m: ClosureMode | undefined) => {
  const policy = m ? approvalPolicyOf('case.close', m) : null;
  return policy ? policy.steps.map((s) => stepRoleNames[s.role]).join('、') : null;
};

export function ClosureDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const close = useCloseCase(c.id);
  const { message } = App.useApp();
  const mode = Form.useWatch('mode', form);
  const closedOn = Form.useWatch('closedOn', form);
  const route = Form.useWatch('route', form);
  const dormant = mode === DORMANT;
  const asOf = closedOn ? closedOn.format('YYYY-MM-DD') : undefined;
  // The same query as the checklist's (TanStack Query shares it): submit waits until every condition is met.
  const gate = useTerminationCheck(c.id, asOf, route, open && dormant);
  const approver = dormant ? (route === 'panel-review' ? panelApprover : null) : approverOf(mode);
  const blocked = dormant && (!route || !gate.data?.eligible);
  // Only the modes the case's status allows (src/shared/vocabulary.ts), each saying whether it needs approval.
  const modeOptions = closureModesFrom(c.status).map((m) => ({
    value: m,
    label: approverOf(m) ? `${closureModeNames[m]}（须经${approverOf(m)}审批）` : closureModeNames[m],
  }));

  useEffect(() => {
    if (open) {
      close.reset();
      form.resetFields();
    }
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await close.mutateAsync({
        mode: v.mode,
        closedOn: v.closedOn.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
        version: c.version,
        ...(v.mode === DORMANT && v.route ? { route: v.route } : {}),
      });
      announce(
        message,
        r.approval
          ? `已提交审批：${r.approval.summary}，待${r.approval.awaitingRoleName ?? approver ?? ''}审批`
          : `${c.caseNumber} 已结案（${closureModeNames[v.mode]}）`,
      );
      onClose();
    } catch {
      // Shown in the dialog from close.error.
    }
  };

  return (
    <Modal
      title={`结案 — ${c.caseNumber}`}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText={approver ? '提交审批' : '确认结案'}
      cancelText="取消"
      confirmLoading={close.isPending}
      okButtonProps={{ disabled: blocked }}
      destroyOnHidden
      width={dormant ? 720 : 560}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
        结案后案件不能再进行执行操作；终结本次执行程序或终结执行的案件可依法恢复执行。
        {approver && `「${closureModeNames[mode]}」须经${approver}审批，批准后结案。`}
      </Typography.Paragraph>
      {close.isError && <ProblemAlert error={close.error} extra={<UnmetList error={close.error} />} />}
      <Form form={form} layout="vertical" initialValues={{ closedOn: dayjs(todayInShanghai()) }} requiredMark>
        <Form.Item name="mode" label="结案方式" rules={[{ required: true, message: '请选择结案方式' }]}>
          <Select placeholder="请选择结案方式" options={modeOptions} />
        </Form.Item>
        {dormant && (
          <Form.Item name="route" label="终本程序" rules={[{ required: true, message: '请选择终本程序' }]}>
            <Radio.Group
              options={terminationRoutes.map((r) => ({
                value: r,
                label: r === 'panel-review' ? `${terminationRouteNames[r]}（${panelApprover}）` : terminationRouteNames[r],
              }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="closedOn"
          label="结案日期"
          rules={[
            { required: true, message: '请选择结案日期' },
            {
              validator: async (_, d?: Dayjs) => {
                if (d && isAfterToday(d)) throw new Error('结案日期不能晚于今天');
              },
            },
            {
              validator: async (_, d?: Dayjs) => {
                if (d && d.format('YYYY-MM-DD') < c.filedOn) throw new Error(`结案日期不能早于立案日期（${c.filedOn}）`);
              },
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="reason" label="结案理由" rules={[{ required: true, whitespace: true, message: '请填写结案理由' }]}>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder="如：被执行人已全部履行生效法律文书确定的义务" />
        </Form.Item>
        {dormant && <TerminationChecklist c={c} asOf={asOf} route={route} />}
      </Form>
    </Modal>
  );
}
