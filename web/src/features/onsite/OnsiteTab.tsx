import { useRef, useState } from 'react';
import { App, Button, Card, DatePicker, Descriptions, Empty, Input, List, Modal, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { announce } from '../../components/announce.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { formatDateTime, toShanghaiInstant } from '../../lib/dates.ts';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { MAX_EVIDENCE_BYTES } from '../../../../src/shared/evidence-limits.ts';
import { OnsiteDialog } from './OnsiteDialog.tsx';
import {
  readEvidenceFile,
  useCustody,
  useOnsiteRecords,
  useUploadEvidence,
  useVerifyEvidence,
  type Evidence,
  type OnsiteRecord,
} from './onsite.api.ts';

// 现场: the case's on-site records, each with its evidence (hashed in the browser, checked by the
// server), downloads, the chain of custody and a verification of the stored bytes.

const kindOf = (type: string): 'photo' | 'video' | 'document' =>
  type.startsWith('image/') ? 'photo' : type.startsWith('video/') ? 'video' : 'document';

function EvidenceUpload({ caseId, record }: { caseId: string; record: OnsiteRecord }) {
  const upload = useUploadEvidence(caseId);
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [tooLarge, setTooLarge] = useState(false);
  // When the photo was taken: the file's last-modified time (what a camera leaves on it), to correct.
  const [capturedAt, setCapturedAt] = useState<Dayjs | null>(null);
  const send = async () => {
    if (!file || !capturedAt) return;
    try {
      const { sha256, base64 } = await readEvidenceFile(file);
      await upload.mutateAsync({
        recordId: record.id,
        body: {
          kind: kindOf(file.type),
          fileName: file.name,
          contentType: file.type || 'application/octet-stream',
          sha256,
          capturedAt: toShanghaiInstant(capturedAt),
          description: description.trim() || null,
          content: base64,
        },
      });
      announce(message, `已上传 ${file.name}（SHA-256 已核对）`);
      setFile(null);
      setDescription('');
      setCapturedAt(null);
      if (input.current) input.current.value = '';
    } catch {
      // Shown below.
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {upload.isError && <ProblemAlert error={upload.error} />}
      {tooLarge && <Typography.Text type="danger">证据文件不能超过 10 MB</Typography.Text>}
      <Space wrap>
        <input
          ref={input}
          type="file"
          hidden
          aria-label="选择证据文件"
          accept="image/*,video/*,application/pdf,.doc,.docx,.ofd"
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            setTooLarge(Boolean(f && f.size > MAX_EVIDENCE_BYTES));
            setFile(f && f.size <= MAX_EVIDENCE_BYTES ? f : null);
            setCapturedAt(f ? dayjs(Math.min(f.lastModified, dayjs().valueOf())) : null);
          }}
        />
        <Button onClick={() => input.current?.click()}>选择文件</Button>
        <Typography.Text type={file ? undefined : 'secondary'}>{file ? file.name : '未选择文件'}</Typography.Text>
        <DatePicker
          id={`captured-${record.id}`}
          aria-label="拍摄时间"
          placeholder="拍摄时间"
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          value={capturedAt}
          onChange={setCapturedAt}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        />
        <Input
          aria-label="证据说明"
          placeholder="说明（选填）"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={500}
          style={{ width: 220 }}
        />
        <Button type="primary" disabled={!file || !capturedAt} loading={upload.isPending} onClick={send}>
          上传证据
        </Button>
      </Space>
    </Space>
  );
}

function CustodyDialog({ evidence, onClose }: { evidence: Evidence; onClose: () => void }) {
  const custody = useCustody(evidence.id);
  return (
    <Modal title={`保管记录 — ${evidence.fileName}`} open onCancel={onClose} footer={null} destroyOnHidden>
      <Typography.Paragraph copyable={{ text: evidence.sha256 }} style={{ wordBreak: 'break-all' }}>
        SHA-256：{evidence.sha256}
      </Typography.Paragraph>
      {custody.isError && <ProblemAlert error={custody.error} />}
      <Table
        rowKey={(_, i) => String(i)}
        size="small"
        pagination={false}
        dataSource={custody.data?.items ?? []}
        columns={[
          { title: '时间', key: 'at', render: (_, e) => formatDateTime(e.at) },
          {
            title: '操作',
            key: 'action',
            render: (_, e) => (e.outcome ? `${e.actionName}（${e.outcome === 'unchanged' ? '未改变' : '已改变'}）` : e.actionName),
          },
          { title: '操作人', dataIndex: 'by' },
        ]}
      />
    </Modal>
  );
}

function EvidenceTable({ caseId, items }: { caseId: string; items: Evidence[] }) {
  const verify = useVerifyEvidence(caseId);
  const { message, modal } = App.useApp();
  const [custody, setCustody] = useState<Evidence | null>(null);
  const check = async (e: Evidence) => {
    const r = await verify.mutateAsync(e.id);
    if (r.outcome === 'unchanged') announce(message, `${e.fileName}：文件未改变`);
    else modal.error({ title: `${e.fileName}：文件已改变`, content: `登记的 SHA-256 ${r.storedSha256}，现在计算为 ${r.computedSha256}。` });
  };
  if (items.length === 0) return <Typography.Text type="secondary">尚无证据文件</Typography.Text>;
  return (
    <>
      <List
        dataSource={items}
        renderItem={(e) => (
          <List.Item
            actions={[
              <a key="download" href={e.downloadUrl} download aria-label={`下载 ${e.fileName}`}>
                下载
              </a>,
              <Button key="custody" size="small" type="link" onClick={() => setCustody(e)} aria-label={`保管记录 ${e.fileName}`}>
                保管记录
              </Button>,
              <Button key="verify" size="small" type="link" onClick={() => void check(e)} aria-label={`校验 ${e.fileName}`}>
                校验
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <>
                  {e.fileName} <Tag>{e.kindName}</Tag>
                </>
              }
              description={`拍摄于 ${formatDateTime(e.capturedAt)} · ${e.uploadedBy} 上传${e.description ? ` · ${e.description}` : ''}`}
            />
          </List.Item>
        )}
      />
      {custody && <CustodyDialog evidence={custody} onClose={() => setCustody(null)} />}
    </>
  );
}

export function OnsiteTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const records = useOnsiteRecords(c.id);
  const [open, setOpen] = useState(false);
  const mayRecord = can(me, 'measure.record');
  const items = records.data?.items ?? [];
  return (
    <>
      {mayRecord && c.status !== 'closed' && (
        <div style={{ marginBottom: 16 }}>
          <Button type="primary" onClick={() => setOpen(true)}>
            登记现场执行
          </Button>
        </div>
      )}
      {records.isError && <ProblemAlert error={records.error} />}
      {items.length === 0 && !records.isLoading && <Empty description="没有现场执行记录" />}
      {items.map((r) => (
        <Card key={r.id} title={`${formatDateTime(r.startedAt)} ${r.place}`} className="section-card">
          <section aria-label={`现场执行 ${formatDateTime(r.startedAt)}`}>
            <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
              <Descriptions.Item label="执行人员">{r.team.map((t) => t.name).join('、')}</Descriptions.Item>
              <Descriptions.Item label="时间">
                {formatDateTime(r.startedAt)}
                {r.endedAt && ` 至 ${formatDateTime(r.endedAt)}`}
              </Descriptions.Item>
              <Descriptions.Item label="执行情况" span={2}>
                {r.actions}
              </Descriptions.Item>
              {r.present.length > 0 && (
                <Descriptions.Item label="在场人员" span={2}>
                  {r.present.map((p) => (p.role ? `${p.name}（${p.role}）` : p.name)).join('、')}
                </Descriptions.Item>
              )}
              {r.sanctions.length > 0 && (
                <Descriptions.Item label="现场措施" span={2}>
                  {r.sanctions.map((s) => `${s.measureName}：${s.subject}${s.note ? `（${s.note}）` : ''}`).join('；')}
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Title level={5}>证据</Typography.Title>
            <EvidenceTable caseId={c.id} items={r.evidence} />
            {mayRecord && (
              <div style={{ marginTop: 12 }}>
                <EvidenceUpload caseId={c.id} record={r} />
              </div>
            )}
          </section>
        </Card>
      ))}
      {open && <OnsiteDialog caseId={c.id} onClose={() => setOpen(false)} />}
    </>
  );
}
