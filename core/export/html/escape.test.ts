import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCssString, escapeHtml, languageTag } from './escape';

const decode = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`"><img src=x onerror='alert(1)'>`)).toBe(
      '&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;',
    );
    expect(escapeHtml('Müller & Söhne – 4 Mio. €')).toBe('Müller &amp; Söhne – 4 Mio. €');
  });

  it('drops control characters and repairs lone surrogates', () => {
    expect(escapeHtml('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef');
    expect(escapeHtml('tab\tand\nline')).toBe('tab\tand\nline');
    expect(escapeHtml('x\uD800y')).toBe('x\uFFFDy');
    expect(escapeHtml('😀')).toBe('😀');
  });

  it('never leaves a character that could open a tag, attribute or entity', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
      }),
    );
  });

  it('keeps every printable character: decoding gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        // eslint-disable-next-line no-control-regex -- the characters escapeHtml drops
        const printable = s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, '');
        expect(decode(escapeHtml(s))).toBe(printable);
      }),
    );
  });
});

describe('escapeCssString', () => {
  it('cannot end the string or the style element', () => {
    const css = escapeCssString('a"b\\c</style><script>');
    expect(css).not.toMatch(/["<>]/);
    expect(css).not.toMatch(/\\(?![0-9a-f]+ )/);
  });
});

describe('languageTag', () => {
  it('passes BCP 47 tags and replaces anything else with de-DE', () => {
    expect(languageTag('de-DE')).toBe('de-DE');
    expect(languageTag('en')).toBe('en');
    expect(languageTag('de" onload="x')).toBe('de-DE');
    expect(languageTag('')).toBe('de-DE');
  });
});
