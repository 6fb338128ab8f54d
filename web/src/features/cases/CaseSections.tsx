import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Descriptions, Space, Table, Typography, type TableColumnsType } from 'antd';
import { Money } from '../../components/Money.tsx';
import { can, type Me } from '../access/access.api.ts';
import { RevealIdentitiesDialog } from './RevealIdentitiesDialog.tsx';
import { caseTypeNames } from '../../../../src/shared/vocabulary.ts';
import { StatusTag } from './StatusTag.tsx';
import type { CaseDetail, Obligation } from './cases.api.ts';
import { PartyTable } from './PartyTable.tsx';
import { DormantStandingText } from '../dormant/DormantStandingText.tsx';

const twoColumns = { xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 };
const descriptionStyles = { label: { width: 140, whiteSpace: 'nowrap' as const } };
const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function BasicInfoCard({ c }: { c: CaseDetail }) {
  return (
    <Card title="基本信息" className="section-card">
      <Descriptions bordered size="small" column={twoColumns} styles={descriptionStyles}>
        <Descriptions.Item label="案号">
          <span className="case-number">{c.caseNumber}</span>
        </Descriptions.Item>
        <Descriptions.Item label="执行法院">
          {c.court.name}
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            （{c.court.code}）
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="案件类型">
          {caseTypeNames[c.type] ?? c.type}
          <Typography.Text type="secondary">（{c.typeCode}）</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="案由">{c.cause ?? dash}</Descriptions.Item>
        <Descriptions.Item label="申请执行日期">{c.appliedOn ?? dash}</Descriptions.Item>
        <Descriptions.Item label="立案日期">{c.filedOn}</Descriptions.Item>
        <Descriptions.Item label="申请执行标的">
          <Money value={c.claimAmount} />
        </Descriptions.Item>
        <Descriptions.Item label="案件状态">
          <StatusTag status={c.status} />
        </Descriptions.Item>
        {c.deferredUntil && <Descriptions.Item label="暂缓期限">至 {c.deferredUntil}（期满次日恢复执行）</Descriptions.Item>}
        <Descriptions.Item label="承办人">
          {c.officer?.name ?? <Typography.Text type="secondary">未指定</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label="关联案件">
          {c.resumedFrom || c.resumedBy.length ? (
            <Space direction="vertical" size={2}>
              {c.resumedFrom && (
                <span>
                  原案：<Link to={`/cases/${c.resumedFrom.id}`}>{c.resumedFrom.caseNumber}</Link>
                </span>
              )}
              {c.resumedBy.map((r) => (
                <span key={r.id}>
                  恢复执行案件：<Link to={`/cases/${r.id}`}>{r.caseNumber}</Link>
                </span>
              ))}
            </Space>
          ) : (
            dash
          )}
        </Descriptions.Item>
        {c.closure && (
          <>
            <Descriptions.Item label="结案方式">{c.closure.modeName}</Descriptions.Item>
            <Descriptions.Item label="结案日期">{c.closure.closedOn}</Descriptions.Item>
            {c.closure.mode === 'current-procedure-terminated' && (
              <Descriptions.Item label="终本案件库">
                <DormantStandingText caseId={c.id} />
              </Descriptions.Item>
            )}
            {closureApproval(c) && (
              <Descriptions.Item label="结案审批">
                {closureApproval(c)!.decidedBy}，审批日期 {closureApproval(c)!.decidedOn}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="结案理由" span={2}>
              {c.closure.reason || dash}
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
    </Card>
  );
}

// The approval that closed the case (终结执行, 不予执行: src/shared/approvals.ts), if it needed one.
const closureApproval = (c: CaseDetail) => c.approvals.decided.find((a) => a.kind === 'case.close' && a.state === 'approved');

export function PartiesCard({ c: shown, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const [full, setFull] = useState<CaseDetail | null>(null);
  const [asking, setAsking] = useState(false);
  const c = full?.id === shown.id ? full : shown;
  // Those who do not handle cases see numbers masked, and may open them on purpose.
  const mayReveal = can(me, 'identity.reveal') && !can(me, 'identity.read') && c !== full;
  return (
    <Card
      title="当事人"
      className="section-card"
      styles={{ body: { paddingBottom: 8 } }}
      extra={
        mayReveal ? (
          <Button size="small" onClick={() => setAsking(true)}>
            查看证件号码全文
          </Button>
        ) : c === full ? (
          <Typography.Text type="secondary">证件号码全文（本次查看已记录）</Typography.Text>
        ) : null
      }
    >
      <PartyTable title="申请执行人" parties={c.applicants} />
      <PartyTable title="被执行人" parties={c.debtors} />
      {c.thirdParties.length > 0 && <PartyTable title="案外人" parties={c.thirdParties} />}
      <RevealIdentitiesDialog c={shown} open={asking} onClose={() => setAsking(false)} onRevealed={setFull} />
    </Card>
  );
}

const obligationColumns: TableColumnsType<Obligation> = [
  { title: '义务类型', dataIndex: 'kind', width: 100, render: (k: Obligation['kind']) => (k === 'money' ? '给付金钱' : '行为义务') },
  { title: '内容', dataIndex: 'description' },
  {
    title: '金额',
    key: 'amount',
    width: 160,
    align: 'right',
    render: (_: unknown, o) => (o.kind === 'money' ? <Money value={o.amount} /> : '—'),
  },
];

export function TitleCard({ c }: { c: CaseDetail }) {
  const t = c.title;
  return (
    <Card title="执行依据" className="section-card">
      {!t ? (
        <Typography.Text type="secondary">无执行依据信息</Typography.Text>
      ) : (
        <>
          <Descriptions bordered size="small" column={twoColumns} styles={descriptionStyles} style={{ marginBottom: 16 }}>
            <Descriptions.Item label="执行依据种类">{t.issuerTypeName}</Descriptions.Item>
            <Descriptions.Item label="执行依据文书号">
              {t.documentNumber}
              {t.originalCase?.court && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  原审法院：{t.originalCase.court.name}（{t.originalCase.court.code}）
                </Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="作出机构" span={2}>
              {t.issuer}
            </Descriptions.Item>
            <Descriptions.Item label="生效日期">{t.effectiveOn}</Descriptions.Item>
            <Descriptions.Item label="履行期限">{t.performanceDeadline ?? '—'}</Descriptions.Item>
          </Descriptions>
          <Table<Obligation>
            rowKey={(_, i) => String(i)}
            size="small"
            bordered
            pagination={false}
            columns={obligationColumns}
            dataSource={t.obligations}
          />
        </>
      )}
    </Card>
  );
}
