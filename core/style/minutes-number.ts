/**
 * Minutes numbers as bodies write them, advanced from one meeting to the next:
 * "9/2026" → "10/2026", and in a new year "1/2027"; "233" → "234". Councils number their
 * Niederschriften per body and year, so a number restarts at 1 when the year changes — for a
 * plain number too, once both dates are known.
 *
 * A body may name its pattern: `{n}` is the running number (`{nn}`, `{nnn}` pad it with zeros),
 * `{yyyy}` and `{yy}` the year; anything else is printed as it stands ("GR-{n}/{yy}").
 * Without a pattern, it is read off the previous number.
 */

export interface MinutesNumberContext {
  /** The date of the previous meeting (ISO), "" when unknown. */
  previousDate: string;
  /** The date of the new meeting (ISO), "" when not yet known. */
  date: string;
  /** The body's pattern, "" to infer it from the previous number. */
  pattern?: string;
}

const TOKEN = /\{(n+|yyyy|yy)\}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Parsed {
  n: number;
  year: number | null;
}

/** Reads a number written by `pattern`; null when it was written another way. */
export function parseByPattern(pattern: string, value: string): Parsed | null {
  const parts: string[] = [];
  const kinds: string[] = [];
  let last = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    parts.push(escapeRegExp(pattern.slice(last, m.index)));
    const token = m[1]!;
    kinds.push(token);
    parts.push(token.startsWith('n') ? '(\\d+)' : token === 'yyyy' ? '(\\d{4})' : '(\\d{2})');
    last = m.index + m[0].length;
  }
  parts.push(escapeRegExp(pattern.slice(last)));
  if (!kinds.some((k) => k.startsWith('n'))) return null;
  const match = new RegExp(`^${parts.join('')}$`, 'u').exec(value.trim());
  if (!match) return null;
  let n = 0;
  let year: number | null = null;
  kinds.forEach((kind, i) => {
    const v = Number(match[i + 1]);
    if (kind.startsWith('n')) n = v;
    else year = kind === 'yyyy' ? v : 2000 + v;
  });
  return { n, year };
}

/** A body's pattern as the regular expression the header's format check uses. */
export function patternToRegExp(pattern: string): string {
  let out = '';
  let last = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    out += escapeRegExp(pattern.slice(last, m.index));
    const token = m[1]!;
    out += token.startsWith('n') ? `\\d{${token.length},}` : token === 'yyyy' ? '\\d{4}' : '\\d{2}';
    last = m.index + m[0].length;
  }
  return `^${out}${escapeRegExp(pattern.slice(last))}$`;
}

/**
 * A header field with the body's own format where it has one: the Drucksache follows the
 * body's pattern ("GR {yyyy}/{nnn}" accepts "GR 2024/021"), not the template's default.
 */
export function withBodyFormat<F extends { type: string; format?: string; formatHint?: string }>(
  field: F,
  numbering: { paperRef?: string } | undefined,
): F {
  const pattern = numbering?.paperRef?.trim();
  if (field.type !== 'paperRef' || !pattern) return field;
  const example = formatByPattern(pattern, 21, 2024);
  return { ...field, format: patternToRegExp(pattern), formatHint: `z. B. ${example}` };
}

export function formatByPattern(pattern: string, n: number, year: number): string {
  return pattern.replace(TOKEN, (_all, token: string) => {
    if (token === 'yyyy') return String(year);
    if (token === 'yy') return String(year % 100).padStart(2, '0');
    return String(n).padStart(token.length, '0');
  });
}

/** The pattern a number was evidently written in: "9/2026" → "{n}/{yyyy}"; null for none. */
export function inferPattern(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  // The running number is the first number that is not a year; a four-digit number next to a
  // separator is the year ("9/2026", "2026/9", "Nr. 12/2026").
  const withYear = /^(.*?)(\d+)([/.\-–])(\d{4})(.*)$/u.exec(v);
  if (withYear) {
    return `${literal(withYear[1]!)}{n}${withYear[3]}{yyyy}${literal(withYear[5]!)}`;
  }
  const yearFirst = /^(.*?)(\d{4})([/.\-–])(\d+)(.*)$/u.exec(v);
  if (yearFirst) {
    return `${literal(yearFirst[1]!)}{yyyy}${yearFirst[3]}{${'n'.repeat(padOf(yearFirst[4]!))}}${literal(yearFirst[5]!)}`;
  }
  const shortYear = /^(.*?)(\d+)\/(\d{2})(\D*)$/u.exec(v);
  if (shortYear) return `${literal(shortYear[1]!)}{n}/{yy}${literal(shortYear[4]!)}`;
  const plain = /^(\D*)(\d+)(\D*)$/u.exec(v);
  if (plain) return `${literal(plain[1]!)}{${'n'.repeat(padOf(plain[2]!))}}${literal(plain[3]!)}`;
  return null;
}

/** Braces in the literal parts would read as tokens; the patterns we infer never need them. */
function literal(text: string): string {
  return text.replace(/[{}]/g, '');
}

/** "007" keeps its three digits; "12" needs no padding. */
function padOf(digits: string): number {
  return digits.startsWith('0') ? digits.length : 1;
}

function yearOf(iso: string): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Number(iso.slice(0, 4)) : null;
}

/**
 * The number of the next minutes. "" when there is nothing to go on (no previous number and
 * no pattern): a guessed number would be printed and signed.
 */
export function advanceMinutesNumber(previous: string, context: MinutesNumberContext): string {
  const pattern = context.pattern?.trim() || inferPattern(previous);
  if (!pattern) return '';
  const parsed = previous.trim() === '' ? null : parseByPattern(pattern, previous);
  const newYear = yearOf(context.date);
  const oldYear = parsed?.year ?? yearOf(context.previousDate);
  const year = newYear ?? oldYear ?? null;
  if (!parsed) {
    // A pattern but no readable previous number: the first of the year, when the year is known.
    if (previous.trim() !== '' || year === null) return '';
    return formatByPattern(pattern, 1, year);
  }
  const restart = newYear !== null && oldYear !== null && newYear !== oldYear;
  return formatByPattern(pattern, restart ? 1 : parsed.n + 1, year ?? 0);
}
