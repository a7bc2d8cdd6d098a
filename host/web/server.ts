import { timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_HEADER } from '../../contract/channels';
import { MAX_REQUEST_BYTES } from '../../contract/host-api';
import { t, type Lang } from '../../core/i18n/catalog';
import { SECURITY_HEADERS, mimeTypeOf, resolveStaticPath } from '../security/policy';
import type { Caller } from '../services/documents';
import { dispatch, failure, type Failure } from '../services/dispatch';
import type { HostHandlers } from '../services/handlers';

import {
  LARGE_BODY_BYTES,
  MAX_REQUEST_DEPTH,
  readRequestBody,
  type RequestBody,
} from './request-body';

export { MAX_REQUEST_DEPTH, TOKEN_HEADER };

export interface WebServerOptions {
  handlers: HostHandlers;
  token: string;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The language of error messages right now (the user's setting). */
  lang: () => Lang;
  port?: number;
  maxRequestBytes?: number;
  /**
   * Reads a body of LARGE_BODY_BYTES or more off this thread (a worker; host/web/main.ts), so
   * the server answers other requests meanwhile. The body is handed over, not copied. Without
   * it every body is read here.
   */
  readLargeBody?(body: Uint8Array): Promise<RequestBody>;
}

export interface RunningWebServer {
  server: Server;
  port: number;
  /** The address to open, with the token in the fragment (never sent over the wire by browsers). */
  url: string;
  close(): Promise<void>;
}

const BROWSER_CALLER: Caller = { owner: 'browser' };

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(
  response: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type: string,
): void {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

class RequestTooLarge extends Error {}

function readBody(request: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > max) {
      reject(new RequestTooLarge());
      return;
    }
    // With its length declared (as fetch does), the body is copied into one buffer chunk by
    // chunk as it arrives: joining 13 MB at the end would hold the thread for one long copy.
    const whole = declared >= LARGE_BODY_BYTES ? Buffer.allocUnsafeSlow(declared) : null;
    const chunks: Buffer[] = [];
    let size = 0;
    let filled = 0;
    request.on('data', (chunk: Buffer) => {
      if (size + chunk.length > max) {
        reject(new RequestTooLarge());
        request.pause();
        return;
      }
      if (whole && chunks.length === 0 && size + chunk.length <= whole.length) {
        chunk.copy(whole, size);
        filled += chunk.length;
      } else chunks.push(chunk);
      size += chunk.length;
    });
    request.on('end', () => {
      if (!whole) resolve(Buffer.concat(chunks));
      else if (filled === whole.length) resolve(whole);
      else resolve(Buffer.concat([whole.subarray(0, filled), ...chunks]));
    });
    request.on('error', reject);
  });
}

/**
 * The browser mode's server: the built renderer and the host API on loopback only. The API
 * answers only the page that was given the token, and only under our own host name (a DNS
 * rebinding page has a foreign Host) and origin (another site's page has a foreign Origin).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const max = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const refuse = (response: ServerResponse, status: number, code: string): void => {
    const lang = options.lang();
    const message =
      code === 'host.tooLarge'
        ? t(lang, 'shell.host.tooLarge', { max: Math.round(max / 1024 / 1024) })
        : code === 'host.notJson'
          ? t(lang, 'shell.host.notJson')
          : code === 'host.tooDeep'
            ? t(lang, 'safety.tooDeep', { max: MAX_REQUEST_DEPTH })
            : code === 'host.internal'
              ? t(lang, 'shell.host.internal', { method: 'web' })
              : t(lang, 'shell.host.forbidden');
    const body: Failure = failure(code, message);
    sendJson(response, status, body);
  };

  const serveApi = async (request: IncomingMessage, response: ServerResponse, method: string) => {
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return refuse(response, 403, 'host.forbidden');
    }
    const token = request.headers[TOKEN_HEADER];
    if (typeof token !== 'string' || !sameSecret(token, options.token)) {
      return refuse(response, 403, 'host.forbidden');
    }
    if (request.method !== 'POST') return refuse(response, 405, 'host.forbidden');
    const type = request.headers['content-type'] ?? '';
    if (!type.toLowerCase().startsWith('application/json')) {
      return refuse(response, 415, 'host.notJson');
    }
    let body: Buffer;
    try {
      body = await readBody(request, max);
    } catch (error) {
      if (error instanceof RequestTooLarge) {
        response.setHeader('Connection', 'close');
        return refuse(response, 413, 'host.tooLarge');
      }
      throw error;
    }
    // Nesting deeper than any document has is refused before parsing, as SECURITY.md promises.
    // A large body (an export's document) is read on a worker thread: on this one it would hold
    // every other request for as long as decoding and parsing take.
    const read =
      options.readLargeBody && body.length >= LARGE_BODY_BYTES
        ? await options.readLargeBody(body)
        : readRequestBody(body);
    if (!read.ok) return refuse(response, 400, read.code);
    const result = await dispatch(
      options.handlers,
      method,
      read.payload,
      BROWSER_CALLER,
      options.lang(),
    );
    sendJson(response, 200, result);
  };

  const serveStatic = async (request: IncomingMessage, response: ServerResponse, path: string) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'Method Not Allowed', 'text/plain; charset=utf-8');
    }
    const file = resolveStaticPath(options.rendererDir, path);
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile())
      return send(response, 404, 'Not Found', 'text/plain; charset=utf-8');
    const bytes = await readFile(file);
    if (request.method === 'HEAD') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(file) });
      return response.end();
    }
    send(response, 200, bytes, mimeTypeOf(file));
  };

  const server = createServer((request, response) => {
    const handle = async () => {
      if (!allowedHosts().has(request.headers.host ?? '')) {
        return refuse(response, 403, 'host.forbidden');
      }
      const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/api/')) {
        return serveApi(request, response, decodeURIComponent(url.pathname.slice(5)));
      }
      return serveStatic(request, response, url.pathname);
    };
    handle().catch((error: unknown) => {
      // Nothing about the failure goes to the page; the server keeps running.
      console.error('protokollant web: request failed:', error);
      if (!response.headersSent) refuse(response, 500, 'host.internal');
      else response.destroy();
    });
  });
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
