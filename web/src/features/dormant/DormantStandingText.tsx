import { Tag, Typography } from 'antd';
import { exitKindNames, useDormantStanding } from './exit.api.ts';

/** 在库 with the next re-search, or 已出库 with how and when — on a 终本 case's detail. */
export function DormantStandingText({ caseId }: { caseId: string }) {
  const standing = useDormantStanding(caseId, true);
  const s = standing.data;
  if (!s) return <Typography.Text type="secondary">{standing.isLoading ? '…' : '未入库'}</Typography.Text>;
  if (s.status === 'exited')
    return (
      <span>
        <Tag>已出库</Tag>
        {s.exitKind ? exitKindNames[s.exitKind] : ''}，{s.exitedOn}
      </span>
    );
  return (
    <span>
      <Tag color="blue">在库</Tag>已复查 {s.researchCycle} 次{s.nextSearchDue ? `，下次复查期限 ${s.nextSearchDue}` : ''}
    </span>
  );
}
