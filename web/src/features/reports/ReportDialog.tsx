import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { fromLocalDate, isAfterToday, todayInShanghai, toLocalDate } from '../../lib/dates.ts';
import { moneyRule, toYuan } from '../../lib/money.ts';
import { assetKindNames, assetKinds, identifierNames, type AssetKind } from '../../../../src/shared/asset-kinds.ts';
import { useRecordReport, type ReportOrder } from './reports.api.ts';

// The debtor's report in answer to one 报告财产令: the property now, and changes within the year
// before the notice (民事诉讼法 第252条).

const changeOptions = [
  { value: 'transfer', label: '转让' },
  { value: 'lease', label: '出租' },
  { value: 'encumbrance', label: '设定担保等权利负担' },
  { value: 'claim-waiver', label: '放弃或延长债权' },
  { value: 'large-expense', label: '大额支出' },
  { value: 'other', label: '其他变动' },
] as const;

type ItemValues = {
  kind: AssetKind;
  identifier?: string;
  description: string;
  value?: string;
  changeKind?: string;
  changedOn?: Dayjs;
  changeNote?: string;
};
type Values = { reportedOn: Dayjs; declaresNone?: boolean; note?: string; items?: ItemValues[] };

export function ReportDialog({ caseId, order, onClose }: { caseId: string; order: ReportOrder; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useRecordReport(caseId);
  const { message } = App.useApp();
  const none = Form.useWatch('declaresNone', form);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await record.mutateAsync({
        orderId: order.orderId,
        reportedOn: toLocalDate(v.reportedOn)!,
        declaresNone: v.declaresNone ?? false,
        note: v.note?.trim() || null,
        items: v.declaresNone
          ? []
          : (v.items ?? []).map((i) => ({
              kind: i.kind,
              identifier: i.identifier?.trim() || null,
              description: i.description.trim(),
              value: i.value ? toYuan(i.value) : null,
              change:
                i.changeKind && i.changedOn
                  ? { kind: i.changeKind as 'transfer', on: toLocalDate(i.changedOn)!, note: i.changeNote?.trim() || null }
                  : null,
            })),
      });
      announce(message, `已登记${order.debtor}的财产报告${r.late ? '（逾期报告）' : ''}`);
      onClose();
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <Modal
      title={`登记财产报告 — ${order.debtor}`}
      open
      onOk={submit}
      onCancel={onClose}
      okText="登记"
      cancelText="取消"
      confirmLoading={record.isPending}
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        报告期限至 {order.reportDueOn}。报告当前财产，以及自收到执行通知之日前一年至报告之日的财产变动。
      </Typography.Paragraph>
      {record.isError && <ProblemAlert error={record.error} />}
      <Form form={form} layout="vertical" initialValues={{ reportedOn: fromLocalDate(todayInShanghai()), items: [{ kind: 'deposit' }] }}>
        <Form.Item name="reportedOn" label="报告日期" rules={[{ required: true, message: '请选择报告日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={isAfterToday} />
        </Form.Item>
        <Form.Item name="declaresNone" valuePropName="checked">
          <Checkbox>被执行人声明没有可供执行的财产</Checkbox>
        </Form.Item>
        {!none && (
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, n) => (
                  <fieldset key={f.key} className="report-item" aria-label={`财产 ${n + 1}`}>
                    <Space wrap align="start">
                      <Form.Item name={[f.name, 'kind']} label={`财产 ${n + 1} 类型`} rules={[{ required: true }]}>
                        <Select style={{ width: 150 }} options={assetKinds.map((k) => ({ value: k, label: assetKindNames[k] }))} />
                      </Form.Item>
                      <Form.Item noStyle shouldUpdate>
                        {() => (
                          <Form.Item
                            name={[f.name, 'identifier']}
                            label={identifierNames[form.getFieldValue(['items', f.name, 'kind']) as AssetKind] ?? '登记标识'}
                          >
                            <Input style={{ width: 230 }} maxLength={100} />
                          </Form.Item>
                        )}
                      </Form.Item>
                      <Form.Item name={[f.name, 'value']} label="价值（元）" rules={[moneyRule]}>
                        <Input style={{ width: 140 }} inputMode="decimal" />
                      </Form.Item>
                    </Space>
                    <Form.Item
                      name={[f.name, 'description']}
                      label="说明"
                      rules={[{ required: true, whitespace: true, message: '请填写财产说明' }]}
                    >
                      <Input maxLength={500} placeholder="开户行、坐落、车型等" />
                    </Form.Item>
                    <Space wrap align="start">
                      <Form.Item name={[f.name, 'changeKind']} label="一年内的变动（选填）">
                        <Select allowClear style={{ width: 190 }} options={[...changeOptions]} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'changedOn']} label="变动日期">
                        <DatePicker disabledDate={isAfterToday} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'changeNote']} label="变动情况">
                        <Input style={{ width: 200 }} maxLength={500} />
                      </Form.Item>
                    </Space>
                    {fields.length > 1 && (
                      <Button size="small" danger type="link" onClick={() => remove(f.name)}>
                        删除财产 {n + 1}
                      </Button>
                    )}
                  </fieldset>
                ))}
                <Button onClick={() => add({ kind: 'deposit' })}>添加一项财产</Button>
              </>
            )}
          </Form.List>
        )}
        <Form.Item name="note" label="备注（选填）" style={{ marginTop: 16 }}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
