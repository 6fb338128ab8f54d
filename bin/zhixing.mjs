#!/usr/bin/env node
// The package's bin: brings dist/ up to date with the sources (a no-op when it is; see
// scripts/build.mjs), then runs the compiled CLI in this process.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { ensureBuilt } = await import(pathToFileURL(join(root, 'scripts', 'build.mjs')).href);
if (!(await ensureBuilt({ only: 'server', quiet: true }))) process.exit(1);
await import(pathToFileURL(join(root, 'dist', 'zhixing.mjs')).href);
