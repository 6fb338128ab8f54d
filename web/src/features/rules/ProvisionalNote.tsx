import { Alert } from 'antd';
import type { Provisional } from './rules.api.ts';

/** A result resting on a year whose arrangement is unpublished says so, with what to do. */
export function ProvisionalNote({ provisional }: { provisional: Provisional | undefined }) {
  if (!provisional) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="provisional"
      style={{ marginBottom: 12 }}
      message={`暂定结果：${provisional.years.join('、')} 年放假安排尚未公布`}
      description={provisional.reason}
    />
  );
}
