import type { FastifyInstance } from 'fastify';

// In the tests, every response is checked against what the use case produced: a field the
// contract's schema does not name would be dropped by the serialiser (its allow-list), so a use
// case and its contract that drift apart fail loudly here instead of losing a field in silence.

const original = new WeakMap<object, unknown>();

/** The paths of fields present in `produced` but missing from `sent`. */
export function droppedPaths(produced: unknown, sent: unknown, path = ''): string[] {
  if (Array.isArray(produced)) {
    if (!Array.isArray(sent)) return [];
    return produced.flatMap((x, i) => droppedPaths(x, sent[i], `${path}[${i}]`));
  }
  if (produced && typeof produced === 'object') {
    if (!sent || typeof sent !== 'object') return [];
    return Object.entries(produced).flatMap(([k, v]) =>
      v === undefined
        ? []
        : k in sent
          ? droppedPaths(v, (sent as Record<string, unknown>)[k], path ? `${path}.${k}` : k)
          : [path ? `${path}.${k}` : k],
    );
  }
  return [];
}

export function failOnDroppedFields(server: FastifyInstance): void {
  server.addHook('preSerialization', async (req, _res, payload) => {
    original.set(req.raw, JSON.parse(JSON.stringify(payload)) as unknown);
    return payload;
  });
  server.addHook('onSend', async (req, _res, payload) => {
    const produced = original.get(req.raw);
    if (produced === undefined || typeof payload !== 'string') return payload;
    const dropped = droppedPaths(produced, JSON.parse(payload) as unknown);
    if (dropped.length) {
      const message = `${req.method} ${req.url}: the response schema drops ${dropped.join(', ')}`;
      console.error(message);
      throw new Error(message);
    }
    return payload;
  });
}
