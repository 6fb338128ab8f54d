#!/usr/bin/env node
// Builds what `npm start` and the `zhixing` command run: the server and CLI compiled to
// dist/ (esbuild, our sources only; packages stay in node_modules), and the web app to web/dist
// (Vite). Each part is rebuilt only when a hash of its inputs changed, so a second start costs
// a few milliseconds. `--web` / `--server` build one part; `--force` ignores the hashes.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');

function files(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    return statSync(p).isDirectory() ? files(p, keep) : keep(p) ? [p] : [];
  });
}

function hashOf(paths) {
  const h = createHash('sha256');
  for (const p of paths.sort()) h.update(relative(root, p)).update('\0').update(readFileSync(p)).update('\0');
  return h.digest('hex');
}

const isSource = (p) => /\.(ts|tsx|js|mjs|json|css|html|svg)$/.test(p) && !/\.test\.ts$/.test(p);
const common = [join(root, 'package-lock.json'), join(root, 'tsconfig.json')];

const parts = {
  server: {
    stamp: join(root, 'dist', '.build-hash'),
    inputs: () => [...files(join(root, 'src'), isSource), join(root, 'scripts', 'build.mjs'), ...common],
    build: async () => {
      const { build } = await import('esbuild');
      // JSON data of packages (the GB/T 2260 divisions) is bundled: Node needs an import attribute
      // for JSON that esbuild does not keep on external imports.
      const bundleJson = {
        name: 'bundle-package-json',
        setup(b) {
          b.onResolve({ filter: /\.json$/ }, (a) => ({ path: createRequire(join(a.resolveDir, 'x.js')).resolve(a.path) }));
        },
      };
      const out = await build({
        write: false,
        entryPoints: { zhixing: 'src/cli/zhixing.ts', 'import-worker': 'src/cases/import-worker.ts' },
        absWorkingDir: root,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        plugins: [bundleJson],
        sourcemap: true,
        outdir: 'dist',
        outExtension: { '.js': '.mjs' },
        logLevel: 'warning',
      });
      // Each file is renamed into place, so that a process starting meanwhile never reads half a file.
      mkdirSync(join(root, 'dist'), { recursive: true });
      for (const f of out.outputFiles) {
        const tmp = `${f.path}.${process.pid}.tmp`;
        writeFileSync(tmp, f.contents);
        renameSync(tmp, f.path);
      }
      return true;
    },
  },
  web: {
    stamp: join(root, 'web', 'dist', '.build-hash'),
    // The web imports the shared vocabulary and the pure rules from src/.
    inputs: () => [
      ...files(join(root, 'web'), isSource),
      ...files(join(root, 'src', 'shared'), isSource),
      ...files(join(root, 'src', 'rules'), isSource),
      ...common,
    ],
    build: () => {
      const vite = join(root, 'node_modules', '.bin', 'vite');
      const r = spawnSync(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
      return r.status === 0;
    },
  },
};

/** Rebuilds the parts whose inputs changed; false when a build failed. */
export async function ensureBuilt({ only = null, force = false, quiet = false } = {}) {
  for (const [name, part] of Object.entries(parts)) {
    if (only && only !== name) continue;
    const hash = hashOf(part.inputs());
    if (!force && existsSync(part.stamp) && readFileSync(part.stamp, 'utf8') === hash) continue;
    if (!quiet) process.stderr.write(`构建${name === 'web' ? '网页' : '服务端'}……\n`);
    if (!(await part.build())) {
      process.stderr.write(`构建失败：${name}\n`);
      return false;
    }
    const tmp = `${part.stamp}.${process.pid}.tmp`;
    writeFileSync(tmp, hash);
    renameSync(tmp, part.stamp);
  }
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const only = args.has('--web') ? 'web' : args.has('--server') ? 'server' : null;
  if (!(await ensureBuilt({ only, force: args.has('--force') }))) process.exit(1);
}
