import { describe, expect, it } from 'vitest';
import { batchedWriter } from '../../src/http/log-stream.ts';

describe('the batched log stream', () => {
  it('writes nothing until a batch is full, then every line of it in one write, in order', () => {
    const writes: string[] = [];
    const log = batchedWriter((chunk) => writes.push(chunk), { maxBytes: 30, maxDelayMs: 60_000 });
    log.write('{"msg":"one"}\n');
    expect(writes).toEqual([]);
    log.write('{"msg":"two"}\n');
    log.write('{"msg":"three"}\n');
    expect(writes).toEqual(['{"msg":"one"}\n{"msg":"two"}\n{"msg":"three"}\n']);
    log.flush();
    expect(writes).toHaveLength(1);
  });

  it('writes a batch that is not full once its first line has waited maxDelayMs', async () => {
    const writes: string[] = [];
    const log = batchedWriter((chunk) => writes.push(chunk), { maxBytes: 1 << 20, maxDelayMs: 10 });
    log.write('a\n');
    log.write('b\n');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).toEqual(['a\nb\n']);
  });
});
