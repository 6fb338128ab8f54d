import { useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { isAfterToday, todayInShanghai } from '../../lib/dates.ts';
import { groupDigits, moneyRule } from '../../lib/money.ts';
import { mayUseMethod, referenceMethodNames, referenceMethods } from '../../../../src/rules/reference-price.ts';
import {
  newIdempotencyKey,
  useRecordPriceStep,
  useStartReferencePrice,
  type DisposalItem,
  type PriceStep,
  type ReferencePrice,
} from './disposal.api.ts';
import { DayItem, DisposalModal, MoneyItem, dayOf, yuanOf } from './disposal-form.tsx';

// 启动确定参考价, and each step of it in the order the law sets (参考价规定 第2条): 议价, 定向询价,
// 网络询价, 委托评估 with its extensions and report.

const today = () => dayjs(todayInShanghai());

export function StartPriceDialog({ caseId, item, onClose }: { caseId: string; item: DisposalItem; onClose: () => void }) {
  const [form] = Form.useForm<{ startedOn: Dayjs; flags: string[] }>();
  const start = useStartReferencePrice();
  const [key] = useState(newIdempotencyKey);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await start.mutateAsync({
        caseId,
        key,
        body: {
          assetId: item.assetId,
          startedOn: dayOf(v.startedOn),
          appraisalRequired: v.flags.includes('appraisal'),
          directedRequested: v.flags.includes('directed'),
        },
      });
      announce(message, `已启动确定参考价：${item.kindName} ${item.identifier}`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <DisposalModal
      title={`启动确定参考价 — ${item.kindName} ${item.identifier}`}
      pending={start.isPending}
      error={start.error}
      onOk={submit}
      onClose={onClose}
      hint="查封、扣押后30日内启动（参考价规定 第1条）。依次采用当事人议价、定向询价、网络询价、委托评估。"
    >
      <Form form={form} onValuesChange={() => start.reset()} layout="vertical" initialValues={{ startedOn: today(), flags: [] }}>
        <DayItem name="startedOn" label="启动日期" />
        <Form.Item name="flags" label="径行采用">
          <Checkbox.Group
            options={[
              { value: 'appraisal', label: '法律规定须评估或双方申请评估（径行委托评估）' },
              { value: 'directed', label: '一方申请径行定向询价' },
            ]}
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          />
        </Form.Item>
      </Form>
    </DisposalModal>
  );
}

type StepKind = PriceStep['method'];
const stepNames: Record<StepKind, string> = { ...referenceMethodNames, extension: '延长评估期限', report: '评估报告' };

/** The steps the law allows now: an open appraisal only its extension or report; otherwise the methods in order. */
export function stepsAllowed(p: ReferencePrice): StepKind[] {
  if (p.status === 'fixed') return [];
  if (p.appraisalDueOn) return ['report', 'extension'];
  // An appraisal the law requires (or both parties ask for) is the method (第2条); a directed inquiry a party asks for comes first (第5条).
  if (p.appraisalRequired) return ['appraisal'];
  const ctx = { tried: p.steps, appraisalRequired: p.appraisalRequired, directedRequested: p.directedRequested };
  const open = referenceMethods.filter((m) => mayUseMethod(m, ctx).ok && !p.steps.some((s) => s.method === m));
  return p.directedRequested && open.includes('directed-inquiry')
    ? ['directed-inquiry', ...open.filter((m) => m !== 'directed-inquiry')]
    : open;
}

type Result = { platform?: string; price?: string; answeredOn?: Dayjs; challengeUpheld?: boolean };
type StepValues = {
  method: StepKind;
  on: Dayjs;
  applicantFigure?: string;
  debtorFigure?: string;
  body?: string;
  price?: string;
  appraiser?: string;
  days?: number;
  results?: Result[];
};

function stepOf(v: StepValues): PriceStep {
  const on = dayOf(v.on);
  const price = yuanOf(v.price);
  switch (v.method) {
    case 'negotiation': {
      const a = yuanOf(v.applicantFigure);
      const d = yuanOf(v.debtorFigure);
      return { method: 'negotiation', body: { on, ...(a ? { applicantFigure: a } : {}), ...(d ? { debtorFigure: d } : {}) } };
    }
    case 'directed-inquiry':
      return { method: 'directed-inquiry', body: { on, body: v.body!.trim(), ...(price ? { price } : {}) } };
    case 'online-inquiry':
      return {
        method: 'online-inquiry',
        body: {
          requestedOn: on,
          results: (v.results ?? []).map((r) => ({
            platform: r.platform!.trim(),
            price: yuanOf(r.price)!,
            answeredOn: dayOf(r.answeredOn!),
            challengeUpheld: Boolean(r.challengeUpheld),
          })),
        },
      };
    case 'appraisal':
      return { method: 'appraisal', body: { commissionedOn: on, appraiser: v.appraiser!.trim() } };
    case 'extension':
      return { method: 'extension', body: { askedOn: on, days: v.days! } };
    case 'report':
      return { method: 'report', body: { reportOn: on, price: price! } };
  }
}

const dateLabels: Record<StepKind, string> = {
  negotiation: '议价日期',
  'directed-inquiry': '询价日期',
  'online-inquiry': '询价日期',
  appraisal: '委托日期',
  extension: '申请日期',
  report: '出具日期',
};

const hints: Record<StepKind, string> = {
  negotiation: '双方议价一致的即为参考价；一方拒绝或不到场的不填其议价，转入定向询价（第4条）。',
  'directed-inquiry': '有关机构在期限内答复的价格即为参考价；未答复的不填价格（第5–6条）。',
  'online-inquiry': '3日内出具且异议不成立的结果计入，参考价为其平均值；没有有效结果的应委托评估（第10–13条）。',
  appraisal: '评估报告应在30日内出具（第19条）。',
  extension: '评估机构应在期限届满5日前申请；最多延长两次，每次不超过15日（第19条）。',
  report: '评估价即为参考价，有效期一年（第27条）；自确定之日起10日内启动处置（第30条）。',
};

function OnlineResults() {
  return (
    <Form.List name="results">
      {(fields, { add, remove }) => (
        <Form.Item label="各平台结果" required>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              title={`询价结果 ${i + 1}`}
              style={{ marginBottom: 8 }}
              extra={
                fields.length > 1 && (
                  <Button size="small" type="link" danger onClick={() => remove(f.name)}>
                    删除
                  </Button>
                )
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={[f.name, 'platform']}
                    label="询价平台"
                    rules={[{ required: true, whitespace: true, message: '请填写询价平台' }]}
                  >
                    <Input aria-label={`询价平台 ${i + 1}`} maxLength={100} placeholder="如 淘宝网司法询价" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={[f.name, 'price']}
                    label="结果（元）"
                    rules={[{ required: true, whitespace: true, message: '请填写询价结果' }, moneyRule]}
                  >
                    <Input aria-label={`询价结果（元） ${i + 1}`} inputMode="decimal" maxLength={20} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[f.name, 'answeredOn']} label="出具日期" rules={[{ required: true, message: '请选择出具日期' }]}>
                    <DatePicker aria-label={`出具日期 ${i + 1}`} disabledDate={isAfterToday} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name={[f.name, 'challengeUpheld']} label="当事人异议" valuePropName="checked">
                    <Checkbox>异议成立（不计入）</Checkbox>
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          {fields.length < 10 && <Button onClick={() => add({ answeredOn: today() })}>添加平台结果</Button>}
        </Form.Item>
      )}
    </Form.List>
  );
}

/** The next step of a running reference-price process, by a method the law allows now. */
export function PriceStepDialog({ price, item, onClose }: { price: ReferencePrice; item: DisposalItem; onClose: () => void }) {
  const allowed = stepsAllowed(price);
  const [form] = Form.useForm<StepValues>();
  const record = useRecordPriceStep();
  const { message } = App.useApp();
  const method = Form.useWatch('method', form) ?? allowed[0];
  useEffect(() => record.reset(), [method]);
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const step = stepOf(v);
    try {
      const r = await record.mutateAsync({ id: price.id, step });
      announce(message, r.price ? `参考价已确定：${groupDigits(r.price)} 元（${r.methodName}）` : `已记录${stepNames[v.method]}`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <DisposalModal
      title={`确定参考价 — ${item.kindName} ${item.identifier}`}
      okText="记录"
      pending={record.isPending}
      error={record.error}
      onOk={submit}
      onClose={onClose}
      hint={method ? hints[method] : undefined}
      width={method === 'online-inquiry' ? 640 : undefined}
    >
      <Form
        form={form}
        onValuesChange={() => record.reset()}
        layout="vertical"
        initialValues={{ method: allowed[0], on: today(), results: [{ answeredOn: today() }], days: 15 }}
      >
        <Form.Item name="method" label="确定方式" rules={[{ required: true, message: '请选择确定方式' }]}>
          <Select options={allowed.map((m) => ({ value: m, label: stepNames[m] }))} />
        </Form.Item>
        {method && <DayItem name="on" label={dateLabels[method]} />}
        {method === 'negotiation' && (
          <>
            <MoneyItem name="applicantFigure" label="申请执行人议价" required={false} />
            <MoneyItem name="debtorFigure" label="被执行人议价" required={false} />
          </>
        )}
        {method === 'directed-inquiry' && (
          <>
            <Form.Item name="body" label="询价机构" rules={[{ required: true, whitespace: true, message: '请填写询价机构' }]}>
              <Input maxLength={100} placeholder="如 国家税务总局江门市税务局" />
            </Form.Item>
            <MoneyItem name="price" label="答复价格" required={false} extra="机构未在期限内答复的不填" />
          </>
        )}
        {method === 'online-inquiry' && <OnlineResults />}
        {method === 'appraisal' && (
          <Form.Item name="appraiser" label="评估机构" rules={[{ required: true, whitespace: true, message: '请填写评估机构' }]}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {method === 'extension' && (
          <Form.Item
            name="days"
            label="延长日数"
            extra={price.appraisalDueOn ? `现报告期限 ${price.appraisalDueOn}` : undefined}
            rules={[{ required: true, message: '请填写延长日数' }]}
          >
            <InputNumber min={1} max={15} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {method === 'report' && <MoneyItem name="price" label="评估价" />}
      </Form>
    </DisposalModal>
  );
}
