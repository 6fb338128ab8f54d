import { Typography } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import type { Basis } from './rules.api.ts';

// Sources already carry their 《》 in the rules; add them only where missing.
const titled = (s: string) => (s.startsWith('《') ? s : `《${s}》`);

/** Articles of the same source and version are cited together: 《…》（…）第1条、第2条. */
export function groupBasis(basis: Basis[]): { source: string; version: string; articles: string[] }[] {
  const groups: { source: string; version: string; articles: string[] }[] = [];
  for (const b of basis) {
    const g = groups.find((x) => x.source === b.source && x.version === b.version);
    if (g) {
      if (!g.articles.includes(b.article)) g.articles.push(b.article);
    } else groups.push({ source: b.source, version: b.version, articles: [b.article] });
  }
  return groups;
}

/** The legal basis of an answer: 《source》（version）article, one source per line. */
export function BasisList({ basis }: { basis: Basis[] }) {
  if (!basis.length) return null;
  return (
    <div className="basis" data-testid="basis">
      <Typography.Text strong>
        <BookOutlined /> 法律依据
      </Typography.Text>
      <ol className="basis-list">
        {groupBasis(basis).map((g) => (
          <li key={`${g.source}|${g.version}`}>
            {titled(g.source)}（{g.version}）{g.articles.join('、')}
          </li>
        ))}
      </ol>
    </div>
  );
}
