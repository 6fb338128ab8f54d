import type { FastifyInstance } from 'fastify';
import { normalizeText } from '../shared/text-policy.ts';

// JSON request bodies: nesting deeper than any contract needs is refused by a cheap scan before
// the parser spends work on it (a 2 MB body of nested arrays would otherwise hold the event
// loop), prototype poisoning is refused by Fastify's own parser, and every text is NFC.

export const MAX_JSON_DEPTH = 32;

/** Whether the JSON text nests arrays and objects deeper than `max`, counting outside strings only. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) value[i] = normalizeStrings(value[i]);
    return value;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = normalizeStrings(o[k]);
  }
  return value;
}

export class JsonTooDeep extends Error {
  readonly statusCode = 400;
  constructor() {
    super(`JSON nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

/** Replaces Fastify's JSON parser, and drops its text/plain one: a body is JSON or a 415. */
export function useJsonBodies(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = body as string;
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return done(new JsonTooDeep(), undefined);
    void parse(req, text, (err, value) => (err ? done(err, undefined) : done(null, normalizeStrings(value))));
  });
}
