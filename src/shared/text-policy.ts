// The character policy of every text a request carries (the `text` and `multiline-text` formats):
// no control characters (NUL included), no bidirectional embeddings, overrides or isolates (the
// plain direction marks are allowed), no lone surrogates, and not only invisible characters.
export type TextProblem = 'control' | 'bidi' | 'surrogate' | 'invisible';

const isControl = (c: number, multiline: boolean) =>
  c < 0x20 ? !(multiline && (c === 0x09 || c === 0x0a || c === 0x0d)) : c >= 0x7f && c <= 0x9f;

const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

// White space and the characters that print as nothing: a text of these alone says nothing.
const INVISIBLE = new Set([
  0x20, 0xa0, 0xad, 0x34f, 0x115f, 0x1160, 0x1680, 0x180e, 0x2028, 0x2029, 0x202f, 0x3000, 0x3164, 0xfeff, 0xffa0,
]);
const isInvisible = (c: number) => c <= 0x20 || INVISIBLE.has(c) || (c >= 0x2000 && c <= 0x200f) || (c >= 0x205f && c <= 0x206f);

export function textProblem(value: string, multiline = false): TextProblem | null {
  let visible = false;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (isControl(c, multiline)) return 'control';
    if (isBidiControl(c)) return 'bidi';
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return 'surrogate';
      i += 1;
      visible = true;
    } else if (!isInvisible(c)) visible = true;
  }
  return value.length > 0 && !visible ? 'invisible' : null;
}

/** Unicode NFC, so that one text is stored and searched in one spelling. */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}
