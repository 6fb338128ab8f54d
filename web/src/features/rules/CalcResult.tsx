import type { ReactNode } from 'react';
import { Alert, Card, Divider, Empty } from 'antd';
import { isApiError } from '../../api.ts';
import { BasisList } from './BasisList.tsx';
import type { WithBasis } from './rules.api.ts';

const hasChinese = (s: string | undefined) => Boolean(s && /[\u4e00-\u9fff]/.test(s));

// The server's own words: its Chinese title, and each field's Chinese message where it names them.
function CalcError({ error }: { error: unknown }) {
  if (!isApiError(error)) return <Alert type="error" showIcon role="alert" message="计算失败" description={String(error)} />;
  if (error.status === 404) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        message="该计算器暂未开放"
        description="服务端尚未提供此项计算，请稍后再试，或先使用其他计算器。"
      />
    );
  }
  const messages = error.errors?.map((e) => e.message) ?? [];
  const description = messages.length ? (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  ) : hasChinese(error.detail) ? (
    error.detail
  ) : (
    '请检查输入后重新计算。'
  );
  return <Alert type="error" showIcon role="alert" message={error.title} description={description} />;
}

/** The right-hand panel of a calculator: the answer and its legal basis, or why there is none. */
export function CalcResult<T extends WithBasis>(props: {
  title?: string;
  plain?: boolean;
  error: unknown;
  data: T | undefined;
  children: (d: T) => ReactNode;
}) {
  const { title = '计算结果', plain = false, error, data, children } = props;
  const body = (
    <>
      {error ? (
        <CalcError error={error} />
      ) : data ? (
        <>
          {children(data)}
          <Divider style={{ margin: '16px 0 12px' }} />
          <BasisList basis={data.basis ?? []} />
        </>
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="填写左侧内容后点击“计算”"
          style={{ margin: plain ? '8px 0' : undefined }}
        />
      )}
    </>
  );
  if (plain)
    return (
      <div className="calc-result" data-testid="calc-result">
        {body}
      </div>
    );
  return (
    <Card title={title} className="section-card calc-result" data-testid="calc-result">
      {body}
    </Card>
  );
}
