/**
 * Everything a document holds is text to the print page, never markup: each string goes
 * through one of these on its way into HTML.
 */

// C0 controls other than tab and line feed, DEL, C1 controls and noncharacters have no place in
// printed text; Chromium would show them as boxes or drop them unpredictably.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A lone surrogate cannot be encoded as UTF-8; it becomes the replacement character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text content and attribute values alike (quotes are escaped too). */
export function escapeHtml(text: string): string {
  return text
    .replace(UNPRINTABLE, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A string inside a CSS string literal ("…"), e.g. `content:` of a page margin box. */
export function escapeCssString(text: string): string {
  return text
    .replace(UNPRINTABLE, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\\"\n<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** A BCP 47 language tag for `lang`; anything else falls back to German. */
export function languageTag(value: string): string {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value) ? value : 'de-DE';
}
