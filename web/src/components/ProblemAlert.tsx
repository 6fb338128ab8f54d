import type { CSSProperties, ReactNode } from 'react';
import { Alert } from 'antd';
import { isApiError } from '../api.ts';

/** A failed request as an Alert: the problem's Chinese title, and its detail under it. */
export function ProblemAlert({ error, extra, style }: { error: unknown; extra?: ReactNode; style?: CSSProperties }) {
  if (!error) return null;
  const title = isApiError(error) ? error.title : '操作失败';
  const detail = isApiError(error) ? error.detail : error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="problem-alert"
      message={title}
      description={
        detail || extra ? (
          <>
            {detail && <div>{detail}</div>}
            {extra}
          </>
        ) : undefined
      }
      style={{ marginBottom: 16, ...style }}
    />
  );
}
