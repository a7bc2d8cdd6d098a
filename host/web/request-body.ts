import { MAX_JSON_DEPTH, scanJson } from '../../core/file/json-scan';

/** A request is a document (at most MAX_JSON_DEPTH deep, as a file) in a small envelope. */
export const MAX_REQUEST_DEPTH = MAX_JSON_DEPTH + 8;

/**
 * Bodies from this size on are read on a worker thread (host/web/main.ts wires it): decoding,
 * scanning and parsing 13 MB of JSON holds a thread for about 150 ms, and the server's thread
 * must answer within 100 ms.
 */
export const LARGE_BODY_BYTES = 1024 * 1024;

/** What the server makes of a request body: its value, or why it is refused. */
export type RequestBody =
  { ok: true; payload: unknown } | { ok: false; code: 'host.tooDeep' | 'host.notJson' };

/**
 * Reads a request body: UTF-8 JSON, refused when nested deeper than any request is before it is
 * parsed (the parser and the schema checks behind it recurse), as SECURITY.md promises.
 */
export function readRequestBody(body: Uint8Array): RequestBody {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (scanJson(text, MAX_REQUEST_DEPTH)?.kind === 'tooDeep')
    return { ok: false, code: 'host.tooDeep' };
  try {
    return { ok: true, payload: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, code: 'host.notJson' };
  }
}
