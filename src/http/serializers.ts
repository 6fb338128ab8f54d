import { SerializerSelector, type SerializerFactory, type Serializer } from '@fastify/fast-json-stringify-compiler';

// Response serialisers (fast-json-stringify, one per route and status) compiled once per process
// and schema, not once per server: building them is most of a server's start (≈ 5 s of 7 s for
// ≈ 200 operations), and a process that builds several servers — a test worker runs one per test
// file — would otherwise compile the same code from the same schema objects again each time. A
// serialiser is reused only for the same schema object under the same named schemas (by identity),
// so what it writes is exactly what a fresh compilation would write.

const compileFresh = SerializerSelector();
type Compiled = { externals: Map<string, unknown>; serialize: Serializer };
const compiled = new WeakMap<object, Compiled[]>();

function externalsOf(externalSchemas: unknown): Map<string, unknown> {
  return new Map(Object.entries(typeof externalSchemas === 'object' && externalSchemas !== null ? externalSchemas : {}));
}

function sameExternals(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, schema] of a) if (b.get(id) !== schema) return false;
  return true;
}

export const cachedSerializerFactory: SerializerFactory = (externalSchemas, options) => {
  const fresh = compileFresh(externalSchemas, options);
  const externals = externalsOf(externalSchemas);
  const plain = options === undefined || Object.keys(options).length === 0;
  return (route) => {
    const schema = route.schema;
    if (!plain || typeof schema !== 'object' || schema === null) return fresh(route);
    const known = compiled.get(schema) ?? [];
    const hit = known.find((c) => sameExternals(c.externals, externals));
    if (hit) return hit.serialize;
    const serialize = fresh(route);
    compiled.set(schema, [...known, { externals, serialize }]);
    return serialize;
  };
};
