import { describe, expect, it } from 'vitest';
import { progress, type ProgressStream } from '../../src/cli/progress.ts';

// The progress of long CLI work as an operator sees it: a bar redrawn in place on a terminal,
// plain lines in a log. The clock is the test's own, so the rates are exact.

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  const stream: ProgressStream = { isTTY, write: (t: string) => writes.push(t) };
  let ms = 0;
  return { stream, writes, at: (s: number) => (ms = s * 1000), now: () => ms };
}

describe('progress of long CLI work', () => {
  it('on a terminal redraws one bar in place with done/total, percent and rate, then ends it with a summary line', () => {
    const t = terminal(true);
    const p = progress({ label: '导入', total: 10, unit: '行', stream: t.stream, now: t.now });
    t.at(1);
    p.update(5, '导入 5，跳过 0，错误 0');
    t.at(1.05);
    p.update(6); // within a tenth of a second of the last drawing: not redrawn
    t.at(2);
    p.update(8);
    t.at(2.5);
    p.finish(10, '导入 10，跳过 0，错误 0');
    expect(t.writes).toEqual([
      '\r导入 [████████████░░░░░░░░░░░░] 5/10 行（50%） · 5 行/秒，导入 5，跳过 0，错误 0\x1b[K',
      '\r导入 [███████████████████░░░░░] 8/10 行（80%） · 4 行/秒\x1b[K',
      '\r导入 [████████████████████████] 10/10 行（100%） · 4 行/秒，导入 10，跳过 0，错误 0\x1b[K\n',
      '导入：完成 10 行，用时 2.5 秒，平均 4 行/秒，导入 10，跳过 0，错误 0\n',
    ]);
  });

  it('in a log writes a plain line every N rows or every few seconds, and a summary line at the end', () => {
    const t = terminal(false);
    const p = progress({ label: '导出', unit: '件', every: 100, everySeconds: 10, stream: t.stream, now: t.now });
    for (const [s, n] of [
      [1, 50],
      [2, 100],
      [3, 150],
      [14, 160],
      [15, 250],
      [16, 300],
    ] as const) {
      t.at(s);
      p.update(n);
    }
    t.at(20);
    p.finish(320);
    expect(t.writes).toEqual([
      '导出：已处理 100 件，50 件/秒\n', // 100 rows
      '导出：已处理 160 件，11 件/秒\n', // ten seconds since the last line
      '导出：已处理 300 件，19 件/秒\n', // 100 rows more
      '导出：完成 320 件，用时 20.0 秒，平均 16 件/秒\n',
    ]);
  });

  it('grows an estimated total rather than show more than 100 percent, and writes nothing when switched off', () => {
    const t = terminal(false);
    const p = progress({ label: '导入', total: 2, unit: '行', every: 1, stream: t.stream, now: t.now });
    t.at(1);
    p.update(3);
    expect(t.writes).toEqual(['导入：已处理 3/3 行（100%），3 行/秒\n']);
    const off = terminal(true);
    const q = progress({ label: '导入', mode: 'off', stream: off.stream, now: off.now });
    q.update(1);
    q.finish(1);
    expect(off.writes).toEqual([]);
  });
});
