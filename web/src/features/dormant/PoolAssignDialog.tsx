import { useEffect } from 'react';
import { Alert, Form, List, Modal, Select, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useOfficers } from '../cases/cases.api.ts';
import { useAssignPoolOfficer, type DormantItem, type PoolAssignment } from './dormant.api.ts';

// 批量指派承办人: one judge or officer for the selected pool cases; then what became of each case —
// assigned, unchanged, or not assigned and why (the server checks every case, ADR 0216).

const roleNames: Record<string, string> = { judge: '执行法官', enforcer: '执行员' };
const failedReason = (i: PoolAssignment['items'][number]) =>
  i.outcome === 'not-found' ? '不在本辖区的终本案件库中' : (i.title ?? i.code ?? '不能指派');

export function summaryOf(r: PoolAssignment): string {
  return `已指派 ${r.assigned} 件、未变 ${r.unchanged} 件、失败 ${r.failed} 件`;
}

function Result({ r, numbers }: { r: PoolAssignment; numbers: Map<string, string> }) {
  const failed = r.items.filter((i) => i.outcome === 'not-found' || i.outcome === 'refused');
  return (
    <>
      <Alert type={r.failed ? 'warning' : 'success'} showIcon role="status" message={summaryOf(r)} style={{ marginBottom: 12 }} />
      {failed.length > 0 && (
        <List
          size="small"
          aria-label="未能指派的案件"
          dataSource={failed}
          renderItem={(i) => (
            <List.Item>
              <span className="case-number">{numbers.get(i.caseId) ?? i.caseId}</span>
              <Typography.Text type="danger">{failedReason(i)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </>
  );
}

export function PoolAssignDialog({ cases, open, onClose }: { cases: DormantItem[]; open: boolean; onClose: (done: boolean) => void }) {
  const [form] = Form.useForm<{ officerId: string }>();
  const officers = useOfficers(open);
  const assign = useAssignPoolOfficer();

  useEffect(() => {
    if (open) {
      assign.reset();
      form.resetFields();
    }
  }, [open]);

  if (!open) return null;
  const courts = new Set(cases.map((c) => c.courtCode));
  const many = courts.size > 1;
  const options = (officers.data?.items ?? [])
    .filter((o) => courts.has(o.courtCode))
    .map((o) => ({
      value: o.id,
      label: many ? `${o.name}（${o.courtCode}）` : o.name,
      title: `${o.name}（${roleNames[o.role] ?? o.role}）`,
    }));
  const numbers = new Map(cases.map((c) => [c.caseId, c.caseNumber]));

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await assign.mutateAsync({ caseIds: cases.map((c) => c.caseId), officerId: v.officerId });
    } catch {
      // Shown in the dialog from assign.error.
    }
  };
  const done = assign.data;

  return (
    <Modal
      title={`指派承办人（${cases.length} 件）`}
      open
      onOk={done ? () => onClose(true) : submit}
      onCancel={() => onClose(Boolean(done))}
      okText={done ? '完成' : '确认指派'}
      cancelText={done ? '关闭' : '取消'}
      cancelButtonProps={done ? { style: { display: 'none' } } : {}}
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      {done ? (
        <Result r={done} numbers={numbers} />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            承办人须为案件所属法院的执行法官或执行员；已是该承办人的案件不变，不能指派的案件逐件说明原因，不影响其他案件。
          </Typography.Paragraph>
          {assign.isError && <ProblemAlert error={assign.error} />}
          {officers.isError && <ProblemAlert error={officers.error} />}
          <Form form={form} layout="vertical">
            <Form.Item name="officerId" label="承办人" rules={[{ required: true, message: '请选择承办人' }]}>
              <Select
                id="poolOfficerId"
                options={options}
                loading={officers.isPending}
                placeholder="请选择承办人"
                showSearch
                optionFilterProp="label"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
