import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type Plugin } from 'vite';

/**
 * The meeting view's test page (renderer/harness/meeting.html), built with the project's Vite
 * config into a temporary folder and served from 127.0.0.1, opened in the system Chromium.
 * Only the meeting harness is built (not the app or other harness pages), so work in progress
 * elsewhere in the renderer cannot break these tests.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HARNESS = join(ROOT, 'renderer/harness/meeting.html');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Restricts the build to the meeting harness page. */
function onlyMeetingHarness(): Plugin {
  return {
    name: 'only-meeting-harness',
    config(config) {
      const options = (config.build ??= {});
      const input = { 'harness-meeting': HARNESS };
      if (options.rolldownOptions) options.rolldownOptions.input = input;
      if (options.rollupOptions) options.rollupOptions.input = input;
      if (!options.rolldownOptions && !options.rollupOptions) options.rolldownOptions = { input };
    },
  };
}

async function buildHarness(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [onlyMeetingHarness()],
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'harness/meeting.html' : path));
    if (!file.startsWith(dir + sep)) {
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
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/harness/meeting.html` });
    });
  });
}

export interface MeetingHarness {
  browser: Browser;
  /** Opens a fresh page on the harness with the given query ("doc=stuttgart-new"). */
  open: (query?: string, viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startMeetingHarness(): Promise<MeetingHarness> {
  const outDir = mkdtempSync(join(tmpdir(), 'protokollant-meeting-harness-'));
  await buildHarness(outDir);
  const { server, url } = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const pages: Page[] = [];
  return {
    browser,
    async open(query = '', viewport = { width: 1280, height: 860 }) {
      const page = await browser.newPage({ viewport });
      pages.push(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(query ? `${url}?${query}` : url);
      await page.waitForSelector('[role="listbox"]');
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
      return page;
    },
    async close() {
      await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** The document the harness holds now. */
export async function harnessDocument(page: Page) {
  return page.evaluate(() => window.__meeting!.document());
}
