/**
 * Characters XML 1.0 does not allow, even escaped: C0 controls other than tab, line feed and
 * carriage return, U+FFFE/U+FFFF, and UTF-16 surrogates that are not part of a pair. Word and
 * LibreOffice refuse a file that holds one, so they are dropped; every other character stays.
 */
const FORBIDDEN_IN_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML can carry it. Escaping of <, & and quotes is the writer's job; this removes what cannot be escaped. */
export function xmlSafe(text: string): string {
  // Nearly all text has none of these: one scan for any candidate, the exact rule only then.
  return MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN_IN_XML, '') : text;
}

/** Every character FORBIDDEN_IN_XML can match, paired surrogates included. */
// eslint-disable-next-line no-control-regex
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text for a single line (a property, a table label): line breaks and tabs become spaces. */
export function xmlSafeLine(text: string): string {
  return xmlSafe(text).replace(/[\r\n\t]+/g, ' ');
}
