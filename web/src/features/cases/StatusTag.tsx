import { Tag } from 'antd';
import { closureModeNames, statusColors, statusNames } from './case-labels.ts';
import type { CaseStatus, ClosureMode } from './cases.types.ts';

/** The case status as a coloured tag; a closed case also names its closure mode. */
export function StatusTag({ status, closureMode }: { status: CaseStatus; closureMode?: ClosureMode | null | undefined }) {
  const mode = status === 'closed' && closureMode ? closureModeNames[closureMode] : null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Tag color={statusColors[status]} style={{ marginInlineEnd: mode ? 6 : 0 }}>
        {statusNames[status] ?? status}
      </Tag>
      {mode && <span className="closure-mode">{mode}</span>}
    </span>
  );
}
