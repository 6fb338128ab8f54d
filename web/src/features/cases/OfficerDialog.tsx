import { useEffect } from 'react';
import { announce } from '../../components/announce.tsx';
import { App, Form, Modal, Select, Typography } from 'antd';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useAssignOfficer, useOfficers, type CaseDetail } from './cases.api.ts';

const roleNames: Record<string, string> = { judge: '执行法官', enforcer: '执行员' };

/** 指定承办人: a judge or officer of the case's own court (the server checks this too). */
export function OfficerDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ officerId: string }>();
  const officers = useOfficers(open);
  const assign = useAssignOfficer(c.id);
  const { message } = App.useApp();

  useEffect(() => {
    if (open) {
      assign.reset();
      form.setFieldsValue({ officerId: c.officer?.id });
    }
  }, [open]);

  if (!open) return null;
  const options = (officers.data?.items ?? [])
    .filter((o) => o.courtCode === c.court.code)
    .map((o) => ({ value: o.id, label: o.name, title: `${o.name}（${roleNames[o.role] ?? o.role}）` }));

  const submit = async () => {
    const v = await form.validateFields();
    try {
      await assign.mutateAsync({ officerId: v.officerId, version: c.version });
      announce(message, `${c.caseNumber} 已指定承办人`);
      onClose();
    } catch {
      // Shown in the dialog from assign.error.
    }
  };

  return (
    <Modal
      title={`指定承办人 — ${c.caseNumber}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText="确认指定"
      cancelText="取消"
      confirmLoading={assign.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">承办人须为{c.court.name}的执行法官或执行员。</Typography.Paragraph>
      {assign.isError && <ProblemAlert error={assign.error} />}
      {officers.isError && <ProblemAlert error={officers.error} />}
      <Form form={form} layout="vertical">
        <Form.Item name="officerId" label="承办人" rules={[{ required: true, message: '请选择承办人' }]}>
          <Select
            id="officerId"
            options={options}
            loading={officers.isPending}
            placeholder="请选择承办人"
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
