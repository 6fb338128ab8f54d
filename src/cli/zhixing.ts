// The entry point of the `zhixing` program (compiled to dist/zhixing.mjs by scripts/build.mjs).
import { runMain } from './main.ts';

runMain();
