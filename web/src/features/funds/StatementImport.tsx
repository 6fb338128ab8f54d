import { useState } from 'react';
import { App, AutoComplete, Button, Card, Col, Form, Row, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { announce } from '../../components/announce.tsx';
import { useImportStatement, type Imported, type StatementUpload } from './funds.api.ts';

// 导入银行流水: a CSV or XLSX statement of the court's account, its columns mapped to ours, and
// what became of each line (入账, 暂存款, 重复).

const fields = [
  { name: 'amount', label: '金额列', required: true },
  { name: 'receivedOn', label: '日期列', required: true },
  { name: 'payerName', label: '付款人列', required: true },
  { name: 'bankReference', label: '流水号列', required: true },
  { name: 'accountNumber', label: '收款子账号列', required: false },
  { name: 'remark', label: '附言列', required: false },
] as const;

const outcomeTag = { posted: ['success', '已入账'], unmatched: ['warning', '转暂存款'], duplicate: ['default', '重复，未入账'] } as const;

const toBase64 = (bytes: ArrayBuffer) => {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s);
};

export function StatementImport() {
  const { message } = App.useApp();
  const run = useImportStatement();
  const [file, setFile] = useState<{ name: string; format: 'csv' | 'xlsx'; content: string; headers: string[] } | null>(null);
  const [result, setResult] = useState<Imported | null>(null);
  const [form] = Form.useForm<Record<string, string>>();

  const read = async (f: File) => {
    const xlsx = /\.xlsx$/i.test(f.name);
    const content = xlsx ? toBase64(await f.arrayBuffer()) : await f.text();
    const headers = xlsx ? [] : (content.split(/\r?\n/)[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
    setFile({ name: f.name, format: xlsx ? 'xlsx' : 'csv', content, headers });
    setResult(null);
  };

  const submit = (v: Record<string, string>) => {
    if (!file) return;
    const mapping = Object.fromEntries(Object.entries(v).filter(([, x]) => x?.trim()));
    const body: StatementUpload = { format: file.format, content: file.content, mapping };
    run.mutate(body, {
      onSuccess: (r) => (setResult(r), announce(message, `已导入：入账 ${r.posted} 笔，暂存款 ${r.unmatched} 笔，重复 ${r.duplicates} 笔`)),
    });
  };

  return (
    <Card size="small" title="导入银行流水">
      <Upload accept=".csv,.xlsx" maxCount={1} showUploadList={false} beforeUpload={(f) => (void read(f), false)}>
        <Button icon={<UploadOutlined />}>选择流水文件（CSV 或 XLSX）</Button>
      </Upload>
      {file && (
        <Typography.Paragraph style={{ marginTop: 8 }}>
          已选择：{file.name}
          {file.headers.length > 0 && `（列：${file.headers.join('、')}）`}
        </Typography.Paragraph>
      )}
      <Form form={form} name="statement" layout="vertical" onFinish={submit} disabled={!file}>
        <Row gutter={[12, 0]}>
          {fields.map((f) => (
            <Col xs={24} sm={12} md={8} key={f.name}>
              <Form.Item label={f.label} name={f.name} rules={f.required ? [{ required: true, message: `请填写${f.label}` }] : []}>
                <AutoComplete options={(file?.headers ?? []).map((h) => ({ value: h }))} placeholder="流水中的列标题" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {run.isError && <ProblemAlert error={run.error} />}
        <Button type="primary" htmlType="submit" loading={run.isPending}>
          导入
        </Button>
      </Form>
      {result && (
        <Table
          style={{ marginTop: 12 }}
          rowKey="bankReference"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={result.lines}
          columns={[
            { title: '流水号', dataIndex: 'bankReference', key: 'ref' },
            { title: '金额（元）', dataIndex: 'amount', key: 'amount', align: 'right' },
            {
              title: '结果',
              key: 'outcome',
              render: (_, l) => <Tag color={outcomeTag[l.outcome][0]}>{outcomeTag[l.outcome][1]}</Tag>,
            },
          ]}
        />
      )}
    </Card>
  );
}
