import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, eventHash } from './hash.ts';

const content = {
  courtId: 7,
  seq: 12n,
  id: '7d396321-efda-4a8e-a0ea-c2a69fa32355',
  caseId: null,
  actorId: null,
  actorName: '系统',
  occurredAt: '2026-11-26T02:00:00.000Z',
  action: 'case.filed',
  entityType: 'case',
  entityId: 'x',
  changes: { b: 1, a: { d: [1, 'two'], c: null } },
  prevHash: 'f'.repeat(64),
};

describe('the audit event hash', () => {
  it('is the SHA-256 of the canonical JSON of every field, seq as a string', () => {
    const expected = createHash('sha256')
      .update(canonicalJson({ ...content, seq: '12' }))
      .digest('hex');
    expect(eventHash(content)).toBe(expected);
  });
  it('does not depend on the key order of the changes (jsonb reorders them)', () => {
    expect(eventHash({ ...content, changes: { a: { c: null, d: [1, 'two'] }, b: 1 } })).toBe(eventHash(content));
  });
  it('changes when the content, the order or the link to the previous event changes', () => {
    const h = eventHash(content);
    expect(eventHash({ ...content, actorName: '他人' })).not.toBe(h);
    expect(eventHash({ ...content, seq: 13n })).not.toBe(h);
    expect(eventHash({ ...content, prevHash: 'e'.repeat(64) })).not.toBe(h);
  });
});
