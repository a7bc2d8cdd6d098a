import { request as httpRequest } from 'node:http';
import { TOKEN_HEADER } from '../../contract/channels';
import type { HostMethod, HostResult } from '../../contract/host-api';
import type { WebMode } from './web-mode';

export type Envelope = HostResult<HostMethod>;

/**
 * Calls the host API of a running browser-mode server as the page does (POST /api/<method>
 * with the token, our own Host). Resolves with the envelope; each call is its own connection,
 * so calls run side by side as the page's fetches do.
 */
export function webApi(web: WebMode): (method: HostMethod, request: unknown) => Promise<Envelope> {
  const token = new URL(web.url).hash.replace('#token=', '');
  return (method, request) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(request);
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: web.port,
          method: 'POST',
          path: `/api/${method}`,
          agent: false,
          headers: {
            Host: `127.0.0.1:${web.port}`,
            'Content-Type': 'application/json',
            [TOKEN_HEADER]: token,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

/** The value of a successful call; a failed one fails the test with its message. */
export function valueOf<T>(envelope: Envelope): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}
