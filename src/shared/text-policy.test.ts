import { describe, expect, it } from 'vitest';
import { normalizeText, textProblem } from './text-policy.ts';

describe('the character policy of request texts', () => {
  it.each([
    ['Chinese, Latin and digits', '江门市恒泰建材有限公司 Ltd. 2026'],
    ['a name with an emoji (a surrogate pair)', '陈小红😀'],
    ['full-width digits and an ideographic space inside', '１１０１０５ 张三'],
    ['the plain direction marks', 'abc\u200e'],
    ['an empty text (its length is the schema’s concern)', ''],
  ])('admits %s', (_what, text) => {
    expect(textProblem(text)).toBeNull();
  });

  it.each([
    ['a NUL byte', 'ju\u0000dge', 'control'],
    ['a bell', '张三\u0007', 'control'],
    ['a C1 control', 'x\u0085y', 'control'],
    ['DEL', 'x\u007f', 'control'],
    ['a line feed in a one-line text', '张\n三', 'control'],
    ['a right-to-left override', '1101051949\u202e1231002X', 'bidi'],
    ['a left-to-right isolate', 'a\u2066b', 'bidi'],
    ['a lone high surrogate', 'x\ud800', 'surrogate'],
    ['a lone low surrogate', '\udc00x', 'surrogate'],
    ['only spaces', '   ', 'invisible'],
    ['only zero-width and ideographic spaces', '\u200b\u3000\ufeff', 'invisible'],
  ])('refuses %s', (_what, text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });

  it('admits tabs and line breaks in a multi-line text, but still no NUL', () => {
    expect(textProblem('第一行\n第二行\r\n\t缩进', true)).toBeNull();
    expect(textProblem('第一行\u0000', true)).toBe('control');
  });

  it('stores one spelling of a text: decomposed accents are composed (NFC)', () => {
    expect(normalizeText('Jose\u0301')).toBe('José');
  });
});
