import { UserError } from '../errors';
import type { Lang, MessageKey } from '../i18n/catalog';
import { scanJson } from './json-scan';

/**
 * The reading every file of ours shares (.protokoll, .gremium): bytes to text, text to JSON
 * with no hostile nesting and no key twice, and the envelope's format and version. Each step
 * throws a UserError a clerk can act on, and no message quotes the file's text.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return true;
  }
  // BOM-less UTF-16 of JSON: exactly one byte of each of the first pairs is zero. A file of
  // zeros only (what some file systems leave after a power cut) is damaged, not UTF-16.
  if (bytes.length < 4) return false;
  const oneZero = (a: number | undefined, b: number | undefined) => (a === 0) !== (b === 0);
  return oneZero(bytes[0], bytes[1]) && oneZero(bytes[2], bytes[3]);
}

/** A file's bytes as UTF-8 text; an empty, oversized, Office, PDF or UTF-16 file is refused. */
export function decodeFileText(bytes: Uint8Array, name: string, maxBytes: number): string {
  if (bytes.length === 0) throw new UserError('file.empty', { file: name });
  if (bytes.length > maxBytes) {
    throw new UserError('file.tooLarge', {
      file: name,
      size: Math.round(bytes.length / 1024 / 1024),
      max: maxBytes / 1024 / 1024,
    });
  }
  if (startsWith(bytes, ZIP_MAGIC)) throw new UserError('file.zip', { file: name });
  if (startsWith(bytes, PDF_MAGIC)) throw new UserError('file.pdf', { file: name });
  if (looksLikeUtf16(bytes)) throw new UserError('file.utf16', { file: name });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('file.notUtf8', { file: name });
  }
}

/** A file's text as JSON (a byte-order mark is dropped). */
export function parseFileJson(text: string, name: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new UserError('file.empty', { file: name });
  const problem = scanJson(body);
  if (problem?.kind === 'tooDeep') throw new UserError('file.tooDeep', { file: name });
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    // Only where, never what: the parser's own message quotes the text at fault, and the
    // renderer may have named any file (an error must not carry its first bytes out).
    throw new UserError('file.notJson', { file: name, detail: jsonErrorPlace(error, body) });
  }
  if (problem?.kind === 'duplicateKey') {
    throw new UserError('file.duplicateKey', {
      file: name,
      key: problem.key,
      path: problem.path,
    });
  }
  return raw;
}

/** "Zeile 3, Spalte 7" of a JSON syntax error, from the parser's position; no file text. */
export function jsonErrorPlace(error: unknown, body: string): (lang: Lang) => string {
  const message = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(message);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  let line = 0;
  let column = 0;
  if (lineCol) {
    line = Number(lineCol[1]);
    column = Number(lineCol[2]);
  } else if (at) {
    const before = body.slice(0, Number(at[1]));
    line = before.split('\n').length;
    column = before.length - before.lastIndexOf('\n');
  }
  return (lang: Lang) =>
    line > 0
      ? lang === 'de'
        ? `Fehler in Zeile ${line}, Spalte ${column}`
        : `error at line ${line}, column ${column}`
      : lang === 'de'
        ? 'kein gültiges JSON'
        : 'not valid JSON';
}

/** A format name as a message may show it: an identifier of ours, else nothing of the file. */
export function shownFormat(value: unknown): string {
  return typeof value === 'string' && /^protokollant\/[\w.-]{1,40}$/.test(value) ? value : '…';
}

/**
 * A value from a file, as a message may quote it. JSON, not String(): an object whose
 * "toString" is not a function (as a hostile file may write) would throw on String().
 */
export function shownValue(value: unknown, max: number): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.slice(0, max);
}

/** One kind of file of ours: its format id, the newest version this build reads, its messages. */
export interface FileKind {
  format: string;
  version: number;
  messages: {
    /** Not an object, or no "format": not a file of ours. */
    noFormat: MessageKey;
    /** Another format ({format}). */
    foreign: MessageKey;
    /** A version that is no positive whole number ({version}). */
    badVersion: MessageKey;
    /** Made by a newer Protokollant ({version}, {supported}). */
    newer: MessageKey;
  };
  /** Files of ours that people take for this kind (a minutes file opened as a body file). */
  mistaken?: Readonly<Record<string, MessageKey>>;
}

/** The envelope of a parsed file: its fields, once the format and version are this kind's. */
export function openEnvelope(
  raw: unknown,
  name: string,
  kind: FileKind,
): { fields: Record<string, unknown>; version: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UserError(kind.messages.noFormat, { file: name });
  }
  const fields = raw as Record<string, unknown>;
  const mistaken =
    typeof fields.format === 'string' && kind.mistaken
      ? Object.entries(kind.mistaken).find(([format]) => format === fields.format)?.[1]
      : undefined;
  if (mistaken) throw new UserError(mistaken, { file: name });
  if (!('format' in fields)) throw new UserError(kind.messages.noFormat, { file: name });
  if (fields.format !== kind.format) {
    throw new UserError(kind.messages.foreign, { file: name, format: shownFormat(fields.format) });
  }
  const version = fields.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UserError(kind.messages.badVersion, {
      file: name,
      version: shownValue(version, 20),
    });
  }
  if (version > kind.version) {
    throw new UserError(kind.messages.newer, { file: name, version, supported: kind.version });
  }
  return { fields, version };
}
