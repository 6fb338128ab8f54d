// Summarises V8 CPU profiles (node --cpu-prof): where the server spent its own time, by function
// and by area (a package, a folder of ours, Node itself), so a run shows what to make cheaper.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };

function areaOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const ours = /\/(src\/[^/]+)\//.exec(url);
  return ours ? ours[1]! : url;
}

export function summariseProfiles(dir: string, top: number): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Profile;
    const perSample = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length) / 1000; // ms
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const f = node.callFrame;
      if (f.functionName === '(idle)') continue;
      const ms = hits * perSample;
      total += ms;
      const where = f.url ? `${f.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '')}:${f.lineNumber + 1}` : '';
      const key = `${f.functionName || '(anonymous)'} ${where}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      byArea.set(areaOf(f.url), (byArea.get(areaOf(f.url)) ?? 0) + ms);
    }
  }
  const show = (title: string, m: Map<string, number>, n: number) => {
    console.log(`\n${title}`);
    for (const [k, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${(ms / 1000).toFixed(1).padStart(6)} s  ${k}`);
  };
  console.log(`\nCPU profile of the server (${files.length} file(s) in ${dir}; busy time ${(total / 1000).toFixed(1)} s)`);
  show('by area (self time):', byArea, 15);
  show('by function (self time):', byFunction, top);
}
