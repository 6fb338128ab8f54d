import { Button, Grid, List, Space, Table, Typography } from 'antd';
import { Money } from '../../components/Money.tsx';
import { isMonetary } from '../../../../src/shared/asset-kinds.ts';
import { canDeduct, type Seizure } from './assets.api.ts';
import type { SeizureAction } from './SeizureDialogs.tsx';
import { ExpiryText, SeizureStatusTag } from './SeizureTags.tsx';

type Props = {
  seizures: Seizure[];
  /** The case page: actions on this case's own seizures. The register: a link to each case. */
  onAction?: ((a: SeizureAction) => void) | undefined;
  caseLink?: ((s: Seizure) => React.ReactNode) | undefined;
  showAsset?: boolean;
};

function Actions({ s, onAction }: { s: Seizure; onAction: (a: SeizureAction) => void }) {
  if (!s.ownCase || (s.status !== 'effective' && s.status !== 'waiting')) return null;
  return (
    <Space wrap size={4}>
      {s.status === 'effective' && (
        <Button size="small" onClick={() => onAction({ kind: 'renew', seizure: s })}>
          续行
        </Button>
      )}
      {canDeduct(s, isMonetary(s.asset.kind)) && (
        <Button size="small" onClick={() => onAction({ kind: 'deduct', seizure: s })}>
          扣划
        </Button>
      )}
      <Button size="small" danger onClick={() => onAction({ kind: 'release', seizure: s })}>
        解除
      </Button>
    </Space>
  );
}

const whose = (s: Seizure, caseLink: Props['caseLink']) => (
  <>
    {caseLink ? caseLink(s) : <span className="case-number">{s.caseNumber}</span>}
    {!caseLink && !s.ownCase && <Typography.Text type="secondary">（他案）</Typography.Text>}
    <div>
      <Typography.Text type="secondary">{s.court}</Typography.Text>
    </div>
  </>
);

const amountOf = (s: Seizure) =>
  s.amount === null ? (
    '—'
  ) : (
    <>
      <Money value={s.frozenRemaining} />
      {s.deducted !== '0.00' && (
        <Typography.Text type="secondary">
          （已扣划 <Money value={s.deducted} />）
        </Typography.Text>
      )}
    </>
  );

/** Seizures as a table on a desktop and as a list on a phone, with their status, expiry colour and actions. */
export function SeizureList({ seizures, onAction, caseLink, showAsset }: Props) {
  const wide = Grid.useBreakpoint().md ?? true;
  if (!wide)
    return (
      <List
        dataSource={seizures}
        locale={{ emptyText: '暂无查封、扣押、冻结' }}
        renderItem={(s) => (
          <List.Item key={s.id} aria-label={`${s.measureName} ${s.asset.identifier} ${s.caseNumber}`}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <SeizureStatusTag s={s} />
                <strong>{s.measureName}</strong>
                {s.live && <Typography.Text type="secondary">活封</Typography.Text>}
                {showAsset && <span>{`${s.asset.kindName} ${s.asset.identifier}`}</span>}
              </Space>
              {whose(s, caseLink)}
              <span>
                期限至：
                <ExpiryText s={s} />
              </span>
              {s.amount !== null && <span>尚冻结：{amountOf(s)}</span>}
              {s.releaseReasonName && <Typography.Text type="secondary">{`${s.endedOn} 解除：${s.releaseReasonName}`}</Typography.Text>}
              {onAction && <Actions s={s} onAction={onAction} />}
            </Space>
          </List.Item>
        )}
      />
    );
  return (
    <Table<Seizure>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={seizures}
      locale={{ emptyText: '暂无查封、扣押、冻结' }}
      columns={[
        { title: '顺位', key: 'rank', width: 60, render: (_, s) => s.rank ?? '—' },
        ...(showAsset
          ? [{ title: '财产', key: 'asset', render: (_: unknown, s: Seizure) => `${s.asset.kindName} ${s.asset.identifier}` }]
          : []),
        { title: '案件', key: 'case', render: (_, s) => whose(s, caseLink) },
        { title: '措施', key: 'measure', width: 80, render: (_, s) => `${s.measureName}${s.live ? '（活封）' : ''}` },
        { title: '状态', key: 'status', width: 120, render: (_, s) => <SeizureStatusTag s={s} /> },
        { title: '生效日', dataIndex: 'effectiveFrom', width: 110, render: (v: string | null, s) => v ?? `送达 ${s.noticeOn}` },
        { title: '期限届满', key: 'expiry', render: (_, s) => <ExpiryText s={s} /> },
        { title: '尚冻结', key: 'amount', render: (_, s) => amountOf(s) },
        ...(onAction ? [{ title: '操作', key: 'actions', render: (_: unknown, s: Seizure) => <Actions s={s} onAction={onAction} /> }] : []),
      ]}
    />
  );
}
