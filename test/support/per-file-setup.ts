import { resetSequences } from './sequences.ts';

// Runs before each test file (vitest setupFiles), also when files share a worker process.
resetSequences();
