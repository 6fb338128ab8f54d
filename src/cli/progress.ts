import { createReadStream } from 'node:fs';

// Progress of long CLI work (import, export, sweeps), always on standard error so that standard
// output stays machine readable. On a terminal: one bar, redrawn in place, with done/total and the
// rate. Otherwise (a log, a pipe, cron): a plain line every `every` rows or `everySeconds`, and a
// summary line at the end. ZHIXING_PROGRESS=bar|lines|off overrides what the terminal suggests.

export type ProgressStream = { readonly isTTY?: boolean; readonly columns?: number; write(text: string): unknown };

export type ProgressOptions = {
  readonly label: string;
  readonly total?: number | undefined;
  readonly unit?: string;
  readonly every?: number;
  readonly everySeconds?: number;
  readonly stream?: ProgressStream;
  readonly mode?: 'bar' | 'lines' | 'off';
  /** Milliseconds of a monotonic clock; performance.now() unless a test gives its own. */
  readonly now?: () => number;
};

export type Progress = {
  /** `done` rows so far; `note` adds what the rows came to (导入 12，跳过 1 …). */
  update(done: number, note?: string): void;
  /** Ends the bar or the lines with the summary: total rows, time taken, average rate. */
  finish(done: number, note?: string): void;
};

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

const modeOf = (stream: ProgressStream): 'bar' | 'lines' | 'off' => {
  const asked = process.env.ZHIXING_PROGRESS;
  if (asked === 'bar' || asked === 'lines' || asked === 'off') return asked;
  return stream.isTTY ? 'bar' : 'lines';
};

export function progress(o: ProgressOptions): Progress {
  const stream = o.stream ?? process.stderr;
  const mode = o.mode ?? modeOf(stream);
  const now = o.now ?? (() => performance.now());
  const unit = o.unit ?? '条';
  const every = o.every ?? 10_000;
  const everyMs = (o.everySeconds ?? 10) * 1000;
  const started = now();
  let total = o.total;
  let drawnAt = -Infinity;
  let printedRows = 0;
  let printedAt = started;
  let drawn = false;

  const seconds = () => Math.max((now() - started) / 1000, 0.001);
  const rate = (done: number) => `${Math.round(done / seconds())} ${unit}/秒`;
  const counts = (done: number) => {
    // A total that was an estimate (lines of a file) grows rather than show more than 100 %.
    if (total !== undefined && done > total) total = done;
    if (total === undefined) return `${done} ${unit}`;
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    return `${done}/${total} ${unit}（${pct}%）`;
  };
  const bar = (done: number) => {
    if (total === undefined || total === 0) return '';
    const filled = Math.min(BAR_WIDTH, Math.round((done / total) * BAR_WIDTH));
    return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] `;
  };
  const withNote = (note?: string) => (note ? `，${note}` : '');

  return {
    update(done, note) {
      if (mode === 'off') return;
      const t = now();
      if (mode === 'bar') {
        if (t - drawnAt < REDRAW_MS) return;
        drawnAt = t;
        drawn = true;
        stream.write(`\r${o.label} ${bar(done)}${counts(done)} · ${rate(done)}${withNote(note)}\x1b[K`);
        return;
      }
      if (done - printedRows < every && t - printedAt < everyMs) return;
      printedRows = done;
      printedAt = t;
      stream.write(`${o.label}：已处理 ${counts(done)}，${rate(done)}${withNote(note)}\n`);
    },
    finish(done, note) {
      if (mode === 'off') return;
      if (total !== undefined && done > total) total = done;
      if (mode === 'bar') stream.write(`\r${o.label} ${bar(done)}${counts(done)} · ${rate(done)}${withNote(note)}\x1b[K\n`);
      else if (drawn) stream.write('\n');
      stream.write(`${o.label}：完成 ${done} ${unit}，用时 ${seconds().toFixed(1)} 秒，平均 ${rate(done)}${withNote(note)}\n`);
    },
  };
}

/** Rows of an import file, for the bar's total: non-empty lines, less the header of a CSV. */
export async function countRows(path: string, format: 'jsonl' | 'csv'): Promise<number> {
  let lines = 0;
  let lineHasText = false;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (lineHasText) lines += 1;
        lineHasText = false;
      } else if (byte !== 13 && byte !== 32) lineHasText = true;
    }
  }
  if (lineHasText) lines += 1;
  return format === 'csv' ? Math.max(lines - 1, 0) : lines;
}
