import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { demoRows, type DemoCourt } from '../../src/demo/demo-data.ts';

/** A benchmark's input file: `count` deterministic demo cases in the import's JSON Lines format. */
export async function writeCasesFile(
  path: string,
  count: number,
  courts: readonly DemoCourt[],
  opts: { homeCourt?: string; homeShare?: number; seed?: number } = {},
): Promise<void> {
  const out = createWriteStream(path);
  let i = 0;
  const rows = demoRows({
    count,
    courts,
    homeCourt: opts.homeCourt ?? courts[0]!.code,
    homeShare: opts.homeShare ?? 0,
    seed: opts.seed ?? 7,
  });
  for (const row of rows) {
    if (!out.write(JSON.stringify(row) + '\n')) await once(out, 'drain');
    if (++i % 100_000 === 0) process.stderr.write(`\r  generated ${i.toLocaleString('en-US')}`);
  }
  out.end();
  await once(out, 'finish');
  if (count >= 100_000) process.stderr.write('\n');
}
