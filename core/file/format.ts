import type { z } from 'zod';
import { UserError } from '../errors';
import { t, type Lang, type MessageKey } from '../i18n/catalog';
import { protocolDocumentSchema, type ProtocolDocument } from '../model/schema';
import { decodeFileText, openEnvelope, parseFileJson, type FileKind } from './envelope';
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

/**
 * Decodes and parses the bytes of a .protokoll file. `name` only names the file in messages.
 * Throws UserError with a message a clerk can act on; never returns a partial document.
 */
export function parseProtokollBytes(bytes: Uint8Array, name: string): ProtocolDocument {
  return parseProtokoll(decodeFileText(bytes, name, MAX_FILE_BYTES), name);
}

export function parseProtokoll(text: string, name: string): ProtocolDocument {
  return documentFromEnvelope(parseFileJson(text, name), name);
}

/**
 * A document sent as JSON text (the app's export request): the same rules as a file's text
 * (no hostile nesting, no key twice, the schema), without the file's envelope. The host reads
 * it on a worker thread, so a large document never stops the host's main thread.
 */
export function parseDocumentJson(text: string, name: string): ProtocolDocument {
  return validateDocument(parseFileJson(text, name), name);
}

const PROTOKOLL: FileKind = {
  format: FORMAT_ID,
  version: SCHEMA_VERSION,
  messages: {
    noFormat: 'file.noFormat',
    foreign: 'file.foreign',
    badVersion: 'file.badVersion',
    newer: 'file.newer',
  },
};

export function documentFromEnvelope(raw: unknown, name: string): ProtocolDocument {
  const { fields, version } = openEnvelope(raw, name, PROTOKOLL);
  let document = fields.document;
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
