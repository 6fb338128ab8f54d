import { useState } from 'react';
import { Button, Descriptions, Empty, Grid, Skeleton, Space, Tag, Typography } from 'antd';
import { can, type Me } from '../access/access.api.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useCorrections, type ListingCorrection } from './correction.api.ts';
import type { DishonestListing } from './credit.api.ts';
import {
  DecideCorrectionDialog,
  ReconsiderationDecisionDialog,
  ReconsiderationDialog,
  RecordCorrectionDialog,
} from './CorrectionDialogs.tsx';

// 纠正申请 of one listing (失信名单规定 第11–12条): the debtor's requests with their review deadline, the
// decision and its correction, and the 复议 at the higher court with its deadline.

const stateColor = { pending: 'processing', justified: 'success', rejected: 'default' } as const;
const fieldNames = { name: '姓名或名称', idNumber: '公民身份号码', creditCode: '统一社会信用代码', obligation: '义务' } as const;

export function CorrectionPanel({ listing: l, me }: { listing: DishonestListing; me: Me | null | undefined }) {
  const q = useCorrections(l.id);
  const [recording, setRecording] = useState<DishonestListing | null>(null);
  const [deciding, setDeciding] = useState<ListingCorrection | null>(null);
  const [appealing, setAppealing] = useState<ListingCorrection | null>(null);
  const [reviewing, setReviewing] = useState<ListingCorrection | null>(null);
  const mayAct = can(me, 'sanction.record');
  const phone = !Grid.useBreakpoint().md;
  const items = q.data?.items ?? [];
  const live = l.status === 'decided' || l.status === 'published';
  if (q.isError) return <ProblemAlert error={q.error} />;
  if (!q.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <section aria-label="纠正申请" style={{ marginTop: 12 }}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>纠正申请</Typography.Text>
        {mayAct && live && !items.some((k) => k.state === 'pending') && (
          <Button size="small" onClick={() => setRecording(l)}>
            登记纠正申请
          </Button>
        )}
      </Space>
      {items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="被执行人尚未申请纠正" />}
      {items.map((k) => {
        const fields = Object.entries(k.correctedFields).filter(([, v]) => v);
        const r = k.reconsideration;
        return (
          <Descriptions
            key={k.id}
            size="small"
            bordered
            layout={phone ? 'vertical' : 'horizontal'}
            column={phone ? 1 : 2}
            labelStyle={{ whiteSpace: 'nowrap' }}
            style={{ marginBottom: 8 }}
          >
            <Descriptions.Item label="纠正事由">
              {k.groundName}（{k.groundArticle}）
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <Space wrap size={4}>
                <Tag color={stateColor[k.state]}>{k.stateName}</Tag>
                {mayAct && k.state === 'pending' && (
                  <Button size="small" type="primary" onClick={() => setDeciding(k)}>
                    作出决定
                  </Button>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="申请">
              {k.filedOn} {k.filedBy === 'debtor' ? '被执行人在线提交' : '登记书面申请'}：{k.request}
            </Descriptions.Item>
            <Descriptions.Item label="审查期限">
              {k.state === 'pending' ? `${k.reviewDueOn} 前审查` : `${k.reviewDueOn}（已于 ${k.decidedOn} 决定）`}
            </Descriptions.Item>
            {fields.length > 0 && (
              <Descriptions.Item label="更正内容" span={2}>
                {fields.map(([f, v]) => `${fieldNames[f as keyof typeof fieldNames]}：${v}`).join('；')}
              </Descriptions.Item>
            )}
            {k.decidedOn && (
              <Descriptions.Item label="决定" span={2}>
                {k.decidedOn} {k.decidedBy}
                {k.decisionReason ? `：${k.decisionReason}` : ''}
                {k.correctDueOn ? `（纠正期限 ${k.correctDueOn}，已当即纠正）` : ''}
              </Descriptions.Item>
            )}
            {k.state === 'rejected' && (
              <Descriptions.Item label="复议" span={2}>
                <Space wrap size={4}>
                  <Tag color={r.state === 'pending' ? 'processing' : r.state === 'revoked' ? 'success' : 'default'}>{r.stateName}</Tag>
                  {r.filedOn && (
                    <Typography.Text>
                      {r.filedOn} 向{r.court}申请；{r.decidedOn ? `${r.decidedOn} ${r.decidedBy}：${r.reason}` : `${r.dueOn} 前决定`}
                    </Typography.Text>
                  )}
                  {mayAct && r.state === 'none' && (
                    <Button size="small" onClick={() => setAppealing(k)}>
                      登记复议申请
                    </Button>
                  )}
                  {/* Only the higher court decides its 复议 (第12条); the court that rejected sees the state. */}
                  {mayAct && r.state === 'pending' && me?.court.name === r.court && (
                    <Button size="small" type="primary" onClick={() => setReviewing(k)}>
                      复议决定
                    </Button>
                  )}
                </Space>
              </Descriptions.Item>
            )}
          </Descriptions>
        );
      })}
      <RecordCorrectionDialog target={recording} onClose={() => setRecording(null)} />
      <DecideCorrectionDialog target={deciding} organization={l.debtorKind === 'organization'} onClose={() => setDeciding(null)} />
      <ReconsiderationDialog target={appealing} onClose={() => setAppealing(null)} />
      <ReconsiderationDecisionDialog target={reviewing} onClose={() => setReviewing(null)} />
    </section>
  );
}
