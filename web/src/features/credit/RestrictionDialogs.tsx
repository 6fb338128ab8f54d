import { useEffect } from 'react';
import { App, Button, Col, DatePicker, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import {
  liftGroundNames,
  liftGrounds,
  personRoleNames,
  restrictedItemNames,
  restrictedItems,
} from '../../../../src/rules/consumption-restriction.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import {
  useLiftRestriction,
  useOrderRestriction,
  useRequestSpending,
  type ConsumptionRestriction,
  type LiftGround,
  type PersonRole,
  type RestrictedItem,
} from './restriction.api.ts';

// The acts of the 限制消费 panel: the order (a request to the 院长), its lifting on a ground of
// 限制消费规定 第9条, and a restricted person's request to spend on a restricted item.

const unitRoles = (['legal-representative', 'principal', 'responsible-person', 'actual-controller'] as const).map((r) => ({
  value: r,
  label: personRoleNames[r],
}));

type OrderValues = { debtorPartyId: string; orderedOn: Dayjs; persons?: { role: PersonRole; name: string; idNumber?: string }[] };

export function OrderRestrictionDialog({ c, open, onClose }: { c: CaseDetail; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OrderValues>();
  const order = useOrderRestriction(c.id);
  const debtors = c.debtors.filter((d) => d.id);
  const debtorId = Form.useWatch('debtorPartyId', form);
  const debtor = debtors.find((d) => d.id === debtorId);
  useEffect(() => {
    if (!open) return;
    order.reset();
    form.resetFields();
  }, [open]);
  // A unit's legal representative of record comes first in the persons list.
  useEffect(() => {
    if (!open || !debtor) return;
    const rep = debtor.kind === 'organization' ? (debtor.legalRepresentative ?? '') : '';
    form.setFieldValue('persons', debtor.kind === 'organization' ? [{ role: 'legal-representative', name: rep }] : []);
  }, [open, debtorId]);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await order.mutateAsync({
        debtorPartyId: v.debtorPartyId,
        orderedOn: v.orderedOn.format('YYYY-MM-DD'),
        persons: (v.persons ?? []).map((p) => ({ role: p.role, name: p.name.trim(), idNumber: p.idNumber?.trim() || null })),
      });
      announce(message, '限制消费令已提交院长签发');
      onClose();
    } catch {
      // Shown in the dialog from order.error.
    }
  };
  return (
    <Modal
      title="限制消费"
      width={680}
      open={open}
      onOk={submit}
      onCancel={onClose}
      okText="提交院长签发"
      cancelText="取消"
      confirmLoading={order.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        依限制消费规定（2015修正）第3条：被执行人为自然人的，限制其本人；为单位的，限制单位及其法定代表人、主要负责人、影响债务履行的直接责任人员、实际控制人，至少须列明法定代表人。限制消费令由院长签发。
      </Typography.Paragraph>
      {order.isError && <ProblemAlert error={order.error} />}
      <Form
        form={form}
        name="order-restriction"
        layout="vertical"
        initialValues={{ debtorPartyId: debtors[0]?.id, orderedOn: dayjs(todayInShanghai()) }}
      >
        <Form.Item name="debtorPartyId" label="被执行人" rules={[{ required: true, message: '请选择被执行人' }]}>
          <Select options={debtors.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="orderedOn" label="限制消费日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        {debtor?.kind === 'organization' && (
          <Form.List name="persons">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text strong>被限制人员</Typography.Text>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} aria-label={`被限制人员 ${f.name + 1}`} role="group">
                    <Col xs={12} sm={6}>
                      <Form.Item name={[f.name, 'role']} rules={[{ required: true, message: '请选择身份' }]} style={{ marginBottom: 8 }}>
                        <Select aria-label="身份" options={unitRoles} popupMatchSelectWidth={false} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6}>
                      <Form.Item
                        name={[f.name, 'name']}
                        rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
                        style={{ marginBottom: 8 }}
                      >
                        <Input aria-label="姓名" placeholder="姓名" maxLength={100} />
                      </Form.Item>
                    </Col>
                    <Col xs={18} sm={9}>
                      <Form.Item name={[f.name, 'idNumber']} style={{ marginBottom: 8 }}>
                        <Input aria-label="公民身份号码" placeholder="公民身份号码（选填）" maxLength={18} />
                      </Form.Item>
                    </Col>
                    <Col xs={6} sm={3}>
                      <Button block onClick={() => remove(f.name)}>
                        删除
                      </Button>
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" onClick={() => add({ role: 'actual-controller', name: '' })} block>
                  添加被限制人员
                </Button>
              </Space>
            )}
          </Form.List>
        )}
      </Form>
    </Modal>
  );
}

type LiftValues = { ground: LiftGround; liftedOn: Dayjs; reason?: string };

export function LiftRestrictionDialog({ r, onClose }: { r: ConsumptionRestriction | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<LiftValues>();
  const lift = useLiftRestriction();
  const ground = Form.useWatch('ground', form);
  useEffect(() => {
    if (!r) return;
    lift.reset();
    form.resetFields();
  }, [r]);
  const submit = async () => {
    if (!r) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await lift.mutateAsync({ id: r.id, ground: v.ground, liftedOn: v.liftedOn.format('YYYY-MM-DD'), reason: v.reason?.trim() || null });
      announce(message, '限制消费令已解除');
      onClose();
    } catch {
      // Shown in the dialog from lift.error.
    }
  };
  return (
    <Modal
      title={r ? `解除限制消费令 — ${r.debtorName}` : '解除限制消费令'}
      open={r !== null}
      onOk={submit}
      onCancel={onClose}
      okText="确认解除"
      cancelText="取消"
      confirmLoading={lift.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        依限制消费规定第9条：提供确实有效的担保或经申请执行人同意的，可以解除；履行完毕的，应当及时解除（以执行完毕结案时自动解除）。
      </Typography.Paragraph>
      {lift.isError && <ProblemAlert error={lift.error} />}
      <Form form={form} name="lift-restriction" layout="vertical" initialValues={{ liftedOn: dayjs(todayInShanghai()) }}>
        <Form.Item name="ground" label="解除情形" rules={[{ required: true, message: '请选择解除情形' }]}>
          <Select options={liftGrounds.map((g) => ({ value: g, label: `${liftGroundNames[g].label}（${liftGroundNames[g].article}）` }))} />
        </Form.Item>
        <Form.Item name="liftedOn" label="解除日期" rules={[{ required: true, message: '请选择解除日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="事实和理由"
          rules={[{ required: ground !== 'performed', whitespace: true, message: '请写明担保或同意的事实' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type SpendingValues = { personName: string; item: RestrictedItem; amount: string; reason: string };

export function SpendingRequestDialog({ r, onClose }: { r: ConsumptionRestriction | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SpendingValues>();
  const ask = useRequestSpending();
  useEffect(() => {
    if (!r) return;
    ask.reset();
    form.resetFields();
  }, [r]);
  const submit = async () => {
    if (!r) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await ask.mutateAsync({ id: r.id, personName: v.personName, item: v.item, amount: v.amount.trim(), reason: v.reason.trim() });
      announce(message, '消费申请已登记，待审查决定');
      onClose();
    } catch {
      // Shown in the dialog from ask.error.
    }
  };
  return (
    <Modal
      title="登记消费申请"
      open={r !== null}
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={ask.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        单位的被限制人员因私消费以个人财产支付的（第3条第2款），或被执行人因生活、经营必需的（第8条），经本院审查准许后方可进行。
      </Typography.Paragraph>
      {ask.isError && <ProblemAlert error={ask.error} />}
      <Form form={form} name="spending-request" layout="vertical" initialValues={{ personName: r?.persons[0]?.name }}>
        <Form.Item name="personName" label="申请人" rules={[{ required: true, message: '请选择申请人' }]}>
          <Select options={(r?.persons ?? []).map((p) => ({ value: p.name, label: `${p.name}（${p.roleName}）` }))} />
        </Form.Item>
        <Form.Item name="item" label="消费项目" rules={[{ required: true, message: '请选择消费项目' }]}>
          <Select options={restrictedItems.map((i, n) => ({ value: i, label: `${n + 1}. ${restrictedItemNames[i].label}` }))} />
        </Form.Item>
        <Form.Item
          name="amount"
          label="金额（元）"
          rules={[{ required: true, pattern: /^(0|[1-9]\d{0,15})(\.\d{1,2})?$/, message: '请填写金额，最多两位小数' }]}
        >
          <Input inputMode="decimal" maxLength={20} />
        </Form.Item>
        <Form.Item name="reason" label="申请事由" rules={[{ required: true, whitespace: true, message: '请写明申请事由' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
