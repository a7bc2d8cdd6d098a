import { readFile, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { SECURITY_HEADERS, mimeTypeOf, resolveStaticPath } from '../host/security/policy';
import { APP_HOST, APP_SCHEME } from './security';

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The handler for protocol.handle('app', …): serves the built renderer (dist/renderer) and
 * nothing else, with the CSP on every response. Paths that leave the folder (`..`, encoded
 * separators, symbolic links pointing out) are not found.
 */
export function createAppProtocolHandler(
  rendererDir: string,
): (request: Request) => Promise<Response> {
  const rootReal = realpath(rendererDir).catch(() => rendererDir);
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad Request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not Found');
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method Not Allowed');
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return plain(404, 'Not Found');
    try {
      const [real, root] = await Promise.all([realpath(file), rootReal]);
      if (!real.startsWith(root + sep)) return plain(404, 'Not Found');
      if (!(await stat(real)).isFile()) return plain(404, 'Not Found');
      const body = request.method === 'HEAD' ? null : await readFile(real);
      return new Response(body, {
        status: 200,
        headers: {
          ...SECURITY_HEADERS,
          'Content-Type': mimeTypeOf(real),
          'Cache-Control': 'no-cache',
        },
      });
    } catch {
      return plain(404, 'Not Found');
    }
  };
}
