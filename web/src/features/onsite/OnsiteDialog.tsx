import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { toShanghaiInstant } from '../../lib/dates.ts';
import { useOfficers } from '../cases/cases.api.ts';
import { useRecordOnsite } from './onsite.api.ts';

// A record of on-site enforcement: at least two officers, when and where, what was done, who was
// present, and the measures taken on the spot.

const measures = [
  { value: 'admonition', label: '训诫' },
  { value: 'order-to-leave', label: '责令退出' },
  { value: 'repentance', label: '责令具结悔过' },
  { value: 'fine', label: '罚款' },
  { value: 'detention', label: '拘留' },
  { value: 'other', label: '其他措施' },
] as const;

type Values = {
  team: string[];
  startedAt: Dayjs;
  endedAt?: Dayjs | null;
  place: string;
  actions: string;
  present?: { name: string; role?: string }[];
  sanctions?: { measure: (typeof measures)[number]['value']; subject: string; note?: string }[];
  note?: string;
};

const future = (d: Dayjs) => d.isAfter(dayjs(), 'day');

export function OnsiteDialog({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordOnsite(caseId);
  const officers = useOfficers(true);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await record.mutateAsync({
        team: v.team,
        startedAt: toShanghaiInstant(v.startedAt),
        endedAt: v.endedAt ? toShanghaiInstant(v.endedAt) : null,
        place: v.place.trim(),
        actions: v.actions.trim(),
        present: (v.present ?? []).filter((p) => p?.name?.trim()).map((p) => ({ name: p.name.trim(), role: p.role?.trim() || null })),
        sanctions: (v.sanctions ?? [])
          .filter((s) => s?.subject?.trim())
          .map((s) => ({ measure: s.measure, subject: s.subject.trim(), note: s.note?.trim() || null })),
        note: v.note?.trim() || null,
      });
      announce(message, '已登记现场执行');
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <Modal
      title="登记现场执行"
      open
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={record.isPending}
      width={720}
      destroyOnHidden
    >
      {record.isError && <ProblemAlert error={record.error} />}
      <Form form={form} layout="vertical">
        <Form.Item
          name="team"
          label="执行人员（至少两名）"
          rules={[
            { required: true, message: '请选择执行人员' },
            { type: 'array', min: 2, message: '现场执行须由两名以上执行人员进行' },
          ]}
        >
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(officers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startedAt" label="开始时间" rules={[{ required: true, message: '请选择开始时间' }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={future} />
          </Form.Item>
          <Form.Item name="endedAt" label="结束时间（选填）">
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={future} />
          </Form.Item>
        </Space>
        <Form.Item name="place" label="地点" rules={[{ required: true, whitespace: true, message: '请填写地点' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="actions" label="执行情况" rules={[{ required: true, whitespace: true, message: '请填写执行情况' }]}>
          <Input.TextArea maxLength={4000} rows={3} placeholder="采取的措施和经过" />
        </Form.Item>
        <Form.List name="present">
          {(fields, { add, remove }) => (
            <Form.Item label="在场人员">
              {fields.map((f, n) => (
                <Space key={f.key} wrap align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                    <Input aria-label={`在场人员 ${n + 1} 姓名`} placeholder="姓名" maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'role']}>
                    <Input aria-label={`在场人员 ${n + 1} 身份`} placeholder="身份，如 见证人" maxLength={50} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({})}>添加在场人员</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.List name="sanctions">
          {(fields, { add, remove }) => (
            <Form.Item label="现场采取的措施（选填）">
              {fields.map((f, n) => (
                <Space key={f.key} wrap align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[f.name, 'measure']} initialValue="admonition">
                    <Select aria-label={`措施 ${n + 1}`} style={{ width: 140 }} options={[...measures]} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'subject']} rules={[{ required: true, whitespace: true, message: '请填写对象' }]}>
                    <Input aria-label={`措施 ${n + 1} 对象`} placeholder="对象" maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']}>
                    <Input aria-label={`措施 ${n + 1} 情况`} placeholder="情况" maxLength={500} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(f.name)}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ measure: 'admonition' })}>添加措施</Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="note" label="备注（选填）">
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
