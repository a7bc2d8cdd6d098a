import type { z } from 'zod';
import { UserError } from '../errors';
import { t, type Lang, type MessageKey } from '../i18n/catalog';
import { protocolDocumentSchema, type ProtocolDocument } from '../model/schema';
import { scanJson } from './json-scan';
import { migrations } from './migrations';

/** The format id every .protokoll file carries. */
export const FORMAT_ID = 'protokollant/niederschrift';
/** The schema version this build writes; files up to it are read, older ones are migrated. */
export const SCHEMA_VERSION = 2;
export const FILE_EXTENSION = '.protokoll';
export const MAX_FILE_BYTES = 48 * 1024 * 1024;

export interface ProtokollFileEnvelope {
  format: typeof FORMAT_ID;
  schemaVersion: number;
  generator?: string;
  document: unknown;
}

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

/**
 * Decodes and parses the bytes of a .protokoll file. `name` only names the file in messages.
 * Throws UserError with a message a clerk can act on; never returns a partial document.
 */
export function parseProtokollBytes(bytes: Uint8Array, name: string): ProtocolDocument {
  if (bytes.length === 0) throw new UserError('file.empty', { file: name });
  if (bytes.length > MAX_FILE_BYTES) {
    throw new UserError('file.tooLarge', {
      file: name,
      size: Math.round(bytes.length / 1024 / 1024),
      max: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  if (startsWith(bytes, ZIP_MAGIC)) throw new UserError('file.zip', { file: name });
  if (startsWith(bytes, PDF_MAGIC)) throw new UserError('file.pdf', { file: name });
  if (looksLikeUtf16(bytes)) throw new UserError('file.utf16', { file: name });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError('file.notUtf8', { file: name });
  }
  return parseProtokoll(text, name);
}

export function parseProtokoll(text: string, name: string): ProtocolDocument {
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
    const detail = jsonErrorPlace(error, body);
    throw new UserError('file.notJson', { file: name, detail });
  }
  if (problem?.kind === 'duplicateKey') {
    throw new UserError('file.duplicateKey', {
      file: name,
      key: problem.key,
      path: problem.path,
    });
  }
  return documentFromEnvelope(raw, name);
}

/**
 * A document sent as JSON text (the app's export request): the same rules as a file's text
 * (no hostile nesting, no key twice, the schema), without the file's envelope. The host reads
 * it on a worker thread, so a large document never stops the host's main thread.
 */
export function parseDocumentJson(text: string, name: string): ProtocolDocument {
  const problem = scanJson(text);
  if (problem?.kind === 'tooDeep') throw new UserError('file.tooDeep', { file: name });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError('file.notJson', { file: name, detail: jsonErrorPlace(error, text) });
  }
  if (problem?.kind === 'duplicateKey') {
    throw new UserError('file.duplicateKey', {
      file: name,
      key: problem.key,
      path: problem.path,
    });
  }
  return validateDocument(raw, name);
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

/** A format name as a message may show it: an identifier, else nothing of the file's text. */
export function shownFormat(value: unknown): string {
  return typeof value === 'string' && /^protokollant\/[\w.-]{1,40}$/.test(value) ? value : '…';
}

/**
 * A value from a file, as a message may quote it. JSON, not String(): an object whose
 * "toString" is not a function (as a hostile file may write) would throw on String().
 */
function shownValue(value: unknown, max: number): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeof value;
  }
  return text.slice(0, max);
}

export function documentFromEnvelope(raw: unknown, name: string): ProtocolDocument {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UserError('file.noFormat', { file: name });
  }
  const envelope = raw as Record<string, unknown>;
  if (!('format' in envelope)) throw new UserError('file.noFormat', { file: name });
  if (envelope.format !== FORMAT_ID) {
    throw new UserError('file.foreign', {
      file: name,
      format: shownFormat(envelope.format),
    });
  }
  const version = envelope.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new UserError('file.badVersion', {
      file: name,
      version: shownValue(version, 20),
    });
  }
  if (version > SCHEMA_VERSION) {
    throw new UserError('file.newer', { file: name, version, supported: SCHEMA_VERSION });
  }
  let document = envelope.document;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const migrate = migrations[v];
    if (!migrate) throw new UserError('file.badVersion', { file: name, version });
    document = migrate(document);
  }
  return validateDocument(document, name);
}

export function validateDocument(document: unknown, name: string): ProtocolDocument {
  const result = protocolDocumentSchema.safeParse(document);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UserError('file.invalid', {
    file: name,
    where: (lang: Lang) => describePath(document, issue.path, lang),
    detail: (lang: Lang) => describeIssue(issue, lang),
  });
}

/** Names the place of a problem the way a clerk thinks of the document: "TOP 12 › Text". */
export function describePath(document: unknown, path: readonly PropertyKey[], lang: Lang): string {
  if (path.length === 0) return t(lang, 'where.document');
  const parts: string[] = [];
  let rest = [...path];
  if (rest[0] === 'items' && typeof rest[1] === 'number') {
    const index = rest[1];
    const items = (document as { items?: unknown[] } | null)?.items;
    const number = (items?.[index] as { number?: unknown } | undefined)?.number;
    parts.push(
      typeof number === 'string' && number.length > 0 && number.length < 20
        ? t(lang, 'where.item', { number })
        : t(lang, 'where.itemIndex', { index: index + 1 }),
    );
    rest = rest.slice(2);
  }
  const contentAt = rest.indexOf('content');
  if (contentAt >= 0) {
    parts.push(...rest.slice(0, contentAt).map(String), t(lang, 'where.text'));
  } else if (rest.length > 0) {
    parts.push(rest.map((p) => (typeof p === 'number' ? `[${p + 1}]` : String(p))).join('.'));
  }
  return parts.join(' › ');
}

export function describeIssue(issue: z.core.$ZodIssue, lang: Lang): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? t(lang, 'invalid.missing')
        : t(lang, 'invalid.type', { expected: issue.expected });
    case 'too_big':
      return issue.origin === 'array'
        ? t(lang, 'invalid.tooMany', { max: String(issue.maximum) })
        : t(lang, 'invalid.tooLong', { max: String(issue.maximum) });
    case 'too_small':
      return issue.input === ''
        ? t(lang, 'invalid.missing')
        : t(lang, 'invalid.tooShort', { min: String(issue.minimum) });
    case 'invalid_format':
      return t(lang, 'invalid.format');
    case 'custom': {
      const key = issue.message as MessageKey;
      const params = (issue.params ?? {}) as Record<string, string | number>;
      return key.startsWith('content.') ? t(lang, key, params) : issue.message;
    }
    default:
      return t(lang, 'invalid.value');
  }
}

/** Serializes a document as the current format. Pretty-printed: minutes get diffed and mailed. */
export function serializeProtokoll(document: ProtocolDocument, generator = 'Protokollant'): string {
  const envelope: ProtokollFileEnvelope = {
    format: FORMAT_ID,
    schemaVersion: SCHEMA_VERSION,
    generator,
    document,
  };
  return `${JSON.stringify(envelope, null, 1)}\n`;
}
