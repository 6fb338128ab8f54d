import { useEffect } from 'react';
import { App, Checkbox, Form, Modal, Typography } from 'antd';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useStartSearch, type StartSearch } from './searches.api.ts';

type Debtor = { id: string; name: string; waiting: boolean };
type Kind = { kind: NonNullable<StartSearch['kinds']>[number]; name: string };
type Values = { debtorIds: string[]; kinds: NonNullable<StartSearch['kinds']> };

/** 发起查控: which debtors (those whose last search still waits cannot be chosen) and which asset classes. */
export function StartSearchDialog(props: { caseId: string; debtors: Debtor[]; kinds: Kind[]; open: boolean; onClose: () => void }) {
  const { caseId, debtors, kinds, open, onClose } = props;
  const [form] = Form.useForm<Values>();
  const start = useStartSearch(caseId);
  const { message } = App.useApp();
  const free = debtors.filter((d) => !d.waiting);

  useEffect(() => {
    if (open) {
      start.reset();
      form.setFieldsValue({ debtorIds: free.map((d) => d.id), kinds: kinds.map((k) => k.kind) });
    }
  }, [open]);

  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await start.mutateAsync({ debtorIds: v.debtorIds, kinds: v.kinds });
      announce(message, `已发起网络查控，发出查询请求 ${r.requests} 项`);
      onClose();
    } catch {
      // Shown in the dialog from start.error.
    }
  };

  return (
    <Modal
      title="发起网络查控"
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="发起查控"
      cancelText="取消"
      confirmLoading={start.isPending}
      okButtonProps={{ disabled: free.length === 0 }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        向查询所选财产类别的协助执行单位（银行、不动产登记中心、车辆管理所、证券登记结算公司、网络支付平台等）发出查询请求，答复陆续到达后列为查控结果。
      </Typography.Paragraph>
      {start.isError && <ProblemAlert error={start.error} />}
      <Form form={form} layout="vertical">
        <Form.Item name="debtorIds" label="被执行人" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一名被执行人' }]}>
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
            {debtors.map((d) => (
              <Checkbox key={d.id} value={d.id} disabled={d.waiting}>
                {d.name}
                {d.waiting && <Typography.Text type="secondary">（上次查控尚未全部答复）</Typography.Text>}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="kinds" label="财产类别" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一类财产' }]}>
          <Checkbox.Group options={kinds.map((k) => ({ label: k.name, value: k.kind }))} style={{ rowGap: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
