import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

/**
 * One test page of renderer/harness/ built with the project's Vite config into a temporary
 * folder (only that page: others' pages in progress cannot break it) and served from
 * 127.0.0.1. The editor's and the meeting view's e2e tests both open their page this way.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

function onlyPage(name: string): Plugin {
  return {
    name: `only-harness-${name}`,
    config(config) {
      const options = (config.build ??= {});
      const input = { [`harness-${name}`]: join(ROOT, 'renderer/harness', `${name}.html`) };
      if (options.rolldownOptions) options.rolldownOptions.input = input;
      if (options.rollupOptions) options.rollupOptions.input = input;
      if (!options.rolldownOptions && !options.rollupOptions) options.rolldownOptions = { input };
    },
  };
}

export interface HarnessPage {
  /** The page's address. */
  url: string;
  /** The folder it was built into (remove it when done). */
  outDir: string;
  server: Server;
}

/**
 * Builds renderer/harness/<name>.html and serves it. `dev` builds unminified with the
 * libraries' development messages (PROTOKOLLANT_HARNESS_DEV=1 in the callers).
 */
export async function buildAndServeHarness(name: string, dev = false): Promise<HarnessPage> {
  const outDir = mkdtempSync(join(tmpdir(), `protokollant-${name}-harness-`));
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    mode: dev ? 'development' : 'production',
    plugins: [onlyPage(name)],
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: !dev },
  });
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(outDir, path === '/' ? `harness/${name}.html` : path));
    if (!file.startsWith(outDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return { url: `http://127.0.0.1:${port}/harness/${name}.html`, outDir, server };
}
