// Counters the builders number their parties and assets with. The test workers run many files in one
// process (isolate: false), so a module-level counter would carry on from whichever files ran before
// and give a file different ID numbers on different runs; test/support/per-file-setup.ts resets them
// before each file, so that every file sees the same numbers wherever it runs.

const counters = new Map<string, number>();

/** The next number of the named sequence in this test file: 1, 2, 3 … */
export function nextInSequence(name: string): number {
  const next = (counters.get(name) ?? 0) + 1;
  counters.set(name, next);
  return next;
}

export function resetSequences(): void {
  counters.clear();
}
