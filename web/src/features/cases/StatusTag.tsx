import { Tag } from 'antd';
import { closureModeNames, statusNames, type CaseStatus, type ClosureMode } from '../../../../src/shared/vocabulary.ts';

const statusColors: Record<CaseStatus, string> = {
  filed: 'blue',
  'in-progress': 'processing',
  suspended: 'orange',
  deferred: 'gold',
  closed: 'default',
};

/** The case status as a coloured tag; a closed case also names its closure mode. */
export function StatusTag({ status, closureMode }: { status: CaseStatus; closureMode?: ClosureMode | null | undefined }) {
  const mode = status === 'closed' && closureMode ? closureModeNames[closureMode] : null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={statusColors[status]} style={{ marginInlineEnd: mode ? 6 : 0 }}>
        {statusNames[status]}
      </Tag>
      {mode && <span className="closure-mode">{mode}</span>}
    </span>
  );
}
