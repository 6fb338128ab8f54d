import { useEffect } from 'react';
import { App, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { correctionGroundNames, correctionGrounds } from '../../../../src/rules/listing-correction.ts';
import {
  useDecideCorrection,
  useDecideReconsideration,
  useRecordCorrection,
  useRequestReconsideration,
  type CorrectedFields,
  type CorrectionGround,
  type ListingCorrection,
} from './correction.api.ts';
import type { DishonestListing } from './credit.api.ts';

// The acts of the 纠正申请 section: the debtor's request (第11条), the court's decision (第12条), the
// 复议 at the higher court and its decision.

type Fields = { name?: string; idNumber?: string; creditCode?: string; obligation?: string };
const fieldsOf = (v: Fields): CorrectedFields | null => {
  const out: Fields = {};
  for (const k of ['name', 'idNumber', 'creditCode', 'obligation'] as const) if (v[k]?.trim()) out[k] = v[k].trim();
  return Object.keys(out).length ? out : null;
};

function FieldInputs({ organization }: { organization: boolean }) {
  return (
    <>
      <Form.Item name="name" label="更正后的姓名或名称">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={organization ? 'creditCode' : 'idNumber'} label={organization ? '更正后的统一社会信用代码' : '更正后的公民身份号码'}>
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item name="obligation" label="更正后的义务（生效法律文书确定的义务）">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

type Dialog<T> = { target: T | null; onClose: () => void };
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export function RecordCorrectionDialog({ target: l, onClose }: Dialog<DishonestListing>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields & { ground: CorrectionGround; filedOn: Dayjs; request: string }>();
  const record = useRecordCorrection();
  const ground = Form.useWatch('ground', form);
  useEffect(() => {
    if (!l) return;
    record.reset();
    form.resetFields();
  }, [l]);
  const submit = async () => {
    if (!l) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await record.mutateAsync({
        listingId: l.id,
        ground: v.ground,
        filedOn: day(v.filedOn),
        request: v.request.trim(),
        correctedFields: v.ground === 'data-wrong' ? fieldsOf(v) : null,
      });
      announce(message, '纠正申请已登记，十五日内审查');
      onClose();
    } catch {
      // Shown in the dialog from record.error.
    }
  };
  return (
    <Modal
      title={l ? `登记纠正申请 — ${l.debtorName}` : '登记纠正申请'}
      open={l !== null}
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        被执行人认为不应纳入、公布的信息不准确或应予删除的，可以申请纠正（失信名单规定第11条）；本院自收到书面申请之日起十五日内审查。
      </Typography.Paragraph>
      {record.isError && <ProblemAlert error={record.error} />}
      <Form form={form} name="record-correction" layout="vertical" initialValues={{ filedOn: dayjs(todayInShanghai()) }}>
        <Form.Item name="ground" label="纠正事由" rules={[{ required: true, message: '请选择纠正事由' }]}>
          <Select
            options={correctionGrounds.map((g) => ({
              value: g,
              label: `${correctionGroundNames[g].label}（${correctionGroundNames[g].article}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="filedOn" label="收到书面申请日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item
          name="request"
          label="申请的事实和理由"
          rules={[{ required: true, whitespace: true, message: '请写明申请的事实和理由' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {ground === 'data-wrong' && <FieldInputs organization={l?.debtorKind === 'organization'} />}
      </Form>
    </Modal>
  );
}

export function DecideCorrectionDialog({ target: k, organization, onClose }: Dialog<ListingCorrection> & { organization: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields & { justified: boolean; decidedOn: Dayjs; reason?: string }>();
  const decide = useDecideCorrection();
  const justified = Form.useWatch('justified', form);
  useEffect(() => {
    if (!k) return;
    decide.reset();
    form.resetFields();
    form.setFieldsValue({ ...k.correctedFields });
  }, [k]);
  const submit = async () => {
    if (!k) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await decide.mutateAsync({
        id: k.id,
        justified: v.justified,
        decidedOn: day(v.decidedOn),
        reason: v.reason?.trim() || null,
        correctedFields: v.justified && k.ground === 'data-wrong' ? fieldsOf(v) : null,
      });
      announce(message, v.justified ? '理由成立，已纠正并通知各接收方' : '已决定驳回纠正申请');
      onClose();
    } catch {
      // Shown in the dialog from decide.error.
    }
  };
  return (
    <Modal
      title="对纠正申请作出决定"
      open={k !== null}
      onOk={submit}
      onCancel={onClose}
      okText="作出决定"
      cancelText="取消"
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        理由成立的，三个工作日内纠正（本系统当即删除或更正并通知各接收方）；理由不成立的，决定驳回，被执行人可向上一级法院申请复议（第12条）。
      </Typography.Paragraph>
      {decide.isError && <ProblemAlert error={decide.error} />}
      <Form form={form} name="decide-correction" layout="vertical" initialValues={{ justified: true, decidedOn: dayjs(todayInShanghai()) }}>
        <Form.Item name="justified" label="审查结论">
          <Radio.Group
            options={[
              { value: true, label: '理由成立，予以纠正' },
              { value: false, label: '理由不成立，决定驳回' },
            ]}
          />
        </Form.Item>
        <Form.Item name="decidedOn" label="决定日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        {justified && k?.ground === 'data-wrong' && <FieldInputs organization={organization} />}
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: justified === false, whitespace: true, message: '决定驳回的，请写明理由' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ReconsiderationDialog({ target: k, onClose }: Dialog<ListingCorrection>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ filedOn: Dayjs }>();
  const ask = useRequestReconsideration();
  useEffect(() => {
    if (!k) return;
    ask.reset();
    form.resetFields();
  }, [k]);
  const submit = async () => {
    if (!k) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await ask.mutateAsync({ id: k.id, filedOn: day(v.filedOn) });
      announce(message, '复议申请已登记，由上一级法院十五日内决定');
      onClose();
    } catch {
      // Shown in the dialog from ask.error.
    }
  };
  return (
    <Modal
      title="登记复议申请"
      open={k !== null}
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={ask.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        自驳回决定送达之日起十日内向上一级人民法院申请复议（驳回决定于 {k?.decidedOn} 作出）；复议期间失信信息不停止公布。
      </Typography.Paragraph>
      {ask.isError && <ProblemAlert error={ask.error} />}
      <Form form={form} name="request-reconsideration" layout="vertical" initialValues={{ filedOn: dayjs(todayInShanghai()) }}>
        <Form.Item name="filedOn" label="复议申请日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function ReconsiderationDecisionDialog({ target: k, onClose }: Dialog<ListingCorrection>) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ revoked: boolean; decidedOn: Dayjs; reason: string }>();
  const decide = useDecideReconsideration();
  useEffect(() => {
    if (!k) return;
    decide.reset();
    form.resetFields();
  }, [k]);
  const submit = async () => {
    if (!k) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await decide.mutateAsync({ id: k.id, revoked: v.revoked, decidedOn: day(v.decidedOn), reason: v.reason.trim() });
      announce(message, v.revoked ? '复议撤销驳回决定，失信信息已删除' : '复议维持驳回决定');
      onClose();
    } catch {
      // Shown in the dialog from decide.error.
    }
  };
  return (
    <Modal
      title={`复议决定 — ${k?.reconsideration.court ?? ''}`}
      open={k !== null}
      onOk={submit}
      onCancel={onClose}
      okText="作出复议决定"
      cancelText="取消"
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      {decide.isError && <ProblemAlert error={decide.error} />}
      <Form
        form={form}
        name="decide-reconsideration"
        layout="vertical"
        initialValues={{ revoked: false, decidedOn: dayjs(todayInShanghai()) }}
      >
        <Form.Item name="revoked" label="复议结论">
          <Radio.Group
            options={[
              { value: false, label: '维持驳回决定' },
              { value: true, label: '撤销驳回决定，删除失信信息' },
            ]}
          />
        </Form.Item>
        <Form.Item name="decidedOn" label="复议决定日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="reason" label="理由" rules={[{ required: true, whitespace: true, message: '请写明理由' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
