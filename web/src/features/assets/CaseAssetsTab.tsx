import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { Money } from '../../components/Money.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { can, type Me } from '../access/access.api.ts';
import type { CaseDetail } from '../cases/cases.api.ts';
import { useCaseAssets, type CaseAsset, type OverSeizure } from './assets.api.ts';
import { AddAssetDialog, SeizeDialog } from './AssetDialogs.tsx';
import { SeizureActionDialog, type SeizureAction } from './SeizureDialogs.tsx';
import { SeizureList } from './SeizureList.tsx';

function OverSeizureAlert({ o }: { o: OverSeizure }) {
  if (!o.flagged) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={`超标的查封：本案控制的财产价值 ${o.seizedValue} 元，超出尚未执行到位的标的及费用（${o.outstanding} 元）${o.excess} 元`}
      description={
        <>
          <div>依《查封、扣押、冻结财产规定》第19条，超出部分应当解除。建议：</div>
          <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
            {o.cures.map((k) => (
              <li key={k.seizureId}>
                {k.release === 'whole'
                  ? `整体解除 ${k.kindName} ${k.identifier}（${k.value} 元）`
                  : `${k.kindName} ${k.identifier} 减少冻结 ${k.amount} 元`}
              </li>
            ))}
            {o.excessAfterCures !== '0.00' && (
              <li>{`其余超出的 ${o.excessAfterCures} 元为不可分物，被执行人无其他可供执行财产的可整体查封`}</li>
            )}
          </ul>
        </>
      }
    />
  );
}

function AssetCard({
  a,
  open,
  onSeize,
  onAction,
}: {
  a: CaseAsset;
  open: boolean;
  onSeize: () => void;
  onAction?: ((x: SeizureAction) => void) | undefined;
}) {
  const mine = a.seizures.some((s) => s.ownCase && (s.status === 'effective' || s.status === 'waiting'));
  const title = `${a.kindName} ${a.identifier}`;
  return (
    <Card
      className="section-card"
      title={<span title={title}>{title}</span>}
      aria-label={title}
      role="region"
      extra={
        open && onAction && !mine ? (
          <Button type="primary" size="small" onClick={onSeize}>
            查封、扣押、冻结
          </Button>
        ) : undefined
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={a.identifierName}>{a.identifier}</Descriptions.Item>
        <Descriptions.Item label="开户行或登记机构">{a.institutionName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="估值">{a.estimatedValue ? <Money value={a.estimatedValue} /> : '未估值'}</Descriptions.Item>
        {a.ownerName && <Descriptions.Item label="登记所有人">{a.ownerName}</Descriptions.Item>}
        <Descriptions.Item label="来源">{a.sourceName}</Descriptions.Item>
        {a.otherCases > 0 && <Descriptions.Item label="他案登记">{`另有 ${a.otherCases} 件案件登记了该财产`}</Descriptions.Item>}
        {a.encumbrances.length > 0 && (
          <Descriptions.Item label="抵押">
            {a.encumbrances.map((e) => `${e.holder}${e.amount ? ` ${e.amount} 元` : ''}`).join('；')}
          </Descriptions.Item>
        )}
      </Descriptions>
      {a.exempt.map((x) => (
        <Tag key={x.flag} color="gold" style={{ marginBottom: 8, whiteSpace: 'normal' }}>
          {x.name}
        </Tag>
      ))}
      <SeizureList seizures={a.seizures} onAction={onAction} />
    </Card>
  );
}

/** 财产: the case's assets, every seizure of each (the waiting list across cases), the dialogs, the over-seizure warning. */
export function CaseAssetsTab({ c, me }: { c: CaseDetail; me: Me | null | undefined }) {
  const assets = useCaseAssets(c.id);
  const [adding, setAdding] = useState(false);
  const [seizing, setSeizing] = useState<CaseAsset | null>(null);
  const [action, setAction] = useState<SeizureAction | null>(null);
  const acts = can(me, 'case.progress');
  const open = c.status !== 'closed';
  const data = assets.data;

  return (
    <section aria-label="财产">
      <Space wrap style={{ marginBottom: 16, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">
          {data ? `已登记 ${data.items.length} 项财产；扣划等已到账 ${data.received} 元` : '财产及查封、扣押、冻结'}
        </Typography.Text>
        {acts && (
          <Button type="primary" onClick={() => setAdding(true)}>
            登记财产
          </Button>
        )}
      </Space>
      {assets.isError && <ProblemAlert error={assets.error} />}
      {data && <OverSeizureAlert o={data.overSeizure} />}
      {assets.isPending ? (
        <Skeleton active />
      ) : !data?.items.length ? (
        <Card>
          <Empty description="尚未登记财产" />
        </Card>
      ) : (
        data.items.map((a) => (
          <AssetCard key={a.id} a={a} open={open} onSeize={() => setSeizing(a)} onAction={acts ? setAction : undefined} />
        ))
      )}
      <AddAssetDialog caseId={c.id} open={adding} onClose={() => setAdding(false)} />
      <SeizeDialog caseId={c.id} asset={seizing} onClose={() => setSeizing(null)} />
      <SeizureActionDialog action={action} onClose={() => setAction(null)} />
    </section>
  );
}
