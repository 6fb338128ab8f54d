import { describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import { cachedSerializerFactory } from './serializers.ts';

const route = (schema: unknown) => ({ method: 'GET', url: '/x', httpStatus: '200', schema });
const Item = Type.Object({ id: Type.String(), amount: Type.String() }, { additionalProperties: false });

describe('response serialisers compiled once per schema', () => {
  it('gives two servers the same serialiser for the same schema object, which still drops unknown fields', () => {
    const a = cachedSerializerFactory({}, {})(route(Item));
    const b = cachedSerializerFactory({}, {})(route(Item));
    expect(b).toBe(a);
    expect(a({ id: 'k', amount: '1.00', password: 'x' })).toBe('{"id":"k","amount":"1.00"}');
  });

  it('compiles again for another schema object of the same shape, or under other named schemas', () => {
    const first = cachedSerializerFactory({}, {})(route(Item));
    expect(cachedSerializerFactory({}, {})(route(Type.Object({ id: Type.String(), amount: Type.String() })))).not.toBe(first);
    const named = { Money: Type.String({ $id: 'Money' }) };
    expect(cachedSerializerFactory(named, {})(route(Item))).not.toBe(first);
  });
});
