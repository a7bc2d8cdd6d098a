import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageSetup } from '../core/export/html/page-setup';
import { buildPrintDocument } from '../core/export/print-model';
import { UserError } from '../core/errors';
import { parseProtokoll } from '../core/file/format';
import { renderExport } from '../host/export/render';
import { tmpdir } from 'node:os';
import { CdpPipe } from '../host/pdf/cdp-pipe';
import {
  CHROMIUM_ARGS,
  chromiumExecutable,
  createChromiumEngine,
  DEBIAN_CHROMIUM_BINARY,
  DEFAULT_CHROMIUM,
} from '../host/pdf/chromium';
import { launchTestBrowser } from './support/chromium';
import { ensureCliBuilt, runCli } from './support/cli';
import { pdfInfo, pdfText, tempDir, tempFile } from './support/pdf';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';

const load = (path: string) => parseProtokoll(readFileSync(path, 'utf8'), path);

describe('PDF engine', () => {
  it('keeps one browser for many prints until it is closed', async () => {
    let launches = 0;
    const engine = createChromiumEngine({ onLaunch: () => launches++ });
    try {
      const docs = [load(STUTTGART_EXAMPLE), load(KLEINWEILER_EXAMPLE), load(STUTTGART_EXAMPLE)];
      const pdfs = [];
      for (const doc of docs) pdfs.push(await renderExport(doc, 'pdf', { pdfEngine: engine }));
      // Two at once, as an app with two windows would ask.
      pdfs.push(
        ...(await Promise.all(
          docs.slice(0, 2).map((d) => renderExport(d, 'pdf', { pdfEngine: engine })),
        )),
      );
      expect(launches).toBe(1);
      for (const bytes of pdfs)
        expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      expect(pdfText(tempFile('k.pdf', pdfs[1]!))).toContain('Öffentlicher Teil');
    } finally {
      await engine.close();
    }
    await expect(
      renderExport(load(STUTTGART_EXAMPLE), 'pdf', { pdfEngine: engine }),
    ).rejects.toMatchObject({ code: 'export.engineClosed' });
  });

  it('starts a new browser when its browser has died', async () => {
    const pids: number[] = [];
    const engine = createChromiumEngine({ onLaunch: (pid) => pids.push(pid!) });
    try {
      const doc = load(STUTTGART_EXAMPLE);
      await renderExport(doc, 'pdf', { pdfEngine: engine });
      expect(pids).toHaveLength(1);
      // Our own browser's process group, by its id.
      process.kill(-pids[0]!, 'SIGKILL');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await renderExport(doc, 'pdf', { pdfEngine: engine });
      expect(pdfInfo(tempFile('again.pdf', again)).Tagged).toBe('yes');
      expect(pids).toHaveLength(2);
      expect(pids[1]).not.toBe(pids[0]);
    } finally {
      await engine.close();
    }
  });

  it('starts the browser itself, not through a launcher script, unless told which to start', () => {
    const launcher = readFileSync(DEFAULT_CHROMIUM).subarray(0, 2).toString('latin1') === '#!';
    expect(chromiumExecutable({})).toBe(launcher ? DEBIAN_CHROMIUM_BINARY : DEFAULT_CHROMIUM);
    // A path given is started as it is, script or not.
    expect(chromiumExecutable({ PROTOKOLLANT_CHROMIUM: DEFAULT_CHROMIUM })).toBe(DEFAULT_CHROMIUM);
  });

  it('runs no browser-interface pages beside the page it prints', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'protokollant-chromium-test-'));
    const pipe = await CdpPipe.launch(chromiumExecutable(), [
      ...CHROMIUM_ARGS,
      `--user-data-dir=${profile}`,
      'about:blank',
    ]);
    try {
      // The full browser preloads its omnibox popups as WebUI pages shortly after start.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      const { targetInfos } = await pipe.send<{ targetInfos: { type: string; url: string }[] }>(
        'Target.getTargets',
        { filter: [{}] },
      );
      expect(targetInfos.filter((t) => t.type === 'page').map((t) => t.url)).toEqual([
        'about:blank',
      ]);
      expect(targetInfos.filter((t) => !['page', 'tab'].includes(t.type))).toEqual([]);
    } finally {
      await pipe.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('can be ended right after a print, while it still empties the page', async () => {
    const engine = createChromiumEngine();
    const setup = pdfPageSetup(buildPrintDocument(load(STUTTGART_EXAMPLE)));
    // Long enough that tearing it down keeps the browser busy when it is ended.
    const long = `<!DOCTYPE html><p>Kurz</p>${'<p>Absatz mit etwas Text.</p>'.repeat(5_000)}`;
    const pdf = await engine.print(long, setup);
    // The browser is killed with the emptying command unread: its pipes reset, which must
    // end the browser, not this process (vitest fails the run on an unhandled stream error).
    await engine.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pdfText(tempFile('short.pdf', pdf))).toContain('Kurz');
  });

  it('says clearly, in German or English, when there is no Chromium', async () => {
    const engine = createChromiumEngine({
      env: { PROTOKOLLANT_CHROMIUM: '/nonexistent/chromium' },
    });
    const error = await renderExport(load(STUTTGART_EXAMPLE), 'pdf', { pdfEngine: engine }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('export.chromiumMissing');
    expect((error as UserError).message).toContain('Chromium');
    expect((error as UserError).message).toContain('/nonexistent/chromium');
    expect((error as UserError).localized('en')).toMatch(/^PDF export needs Chromium/);
    await engine.close();
  });

  it('in the CLI: exit 1, the message in the chosen language, and no output file at all', () => {
    ensureCliBuilt();
    const dir = tempDir();
    const [pdf, html] = [join(dir, 'a.pdf'), join(dir, 'a.html')];
    const env = { PROTOKOLLANT_CHROMIUM: '/nonexistent/chromium' };
    const de = runCli(['export', STUTTGART_EXAMPLE, '--html', html, '--pdf', pdf], { env });
    expect(de.status).toBe(1);
    expect(de.stderr).toContain('Für den PDF-Export wird Chromium benötigt');
    const en = runCli(['export', STUTTGART_EXAMPLE, '--html', html, '--pdf', pdf, '--lang', 'en'], {
      env,
    });
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('PDF export needs Chromium');
    expect(existsSync(pdf)).toBe(false);
    expect(existsSync(html)).toBe(false);
  });

  it('writes every requested format in one call', () => {
    ensureCliBuilt();
    const dir = tempDir();
    const [pdf, html] = [join(dir, 'a.pdf'), join(dir, 'a.html')];
    const run = runCli(['export', KLEINWEILER_EXAMPLE, '--pdf', pdf, '--html', html]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(pdfInfo(pdf).Tagged).toBe('yes');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="de-DE">/);
  });
});

/**
 * The second wall behind the page's CSP: even a page without any CSP, asking for images,
 * styles and frames from a server, gets nothing through the engine.
 */
describe('network of the print page', () => {
  let server: Server;
  let origin = '';
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const leakyPage = () =>
    `<!DOCTYPE html><html><head><link rel="stylesheet" href="${origin}/style.css">` +
    `<style>@import url("${origin}/import.css"); body{background:url("${origin}/bg.png")}</style></head>` +
    `<body><p>Text</p><img src="${origin}/img.png"><iframe src="${origin}/frame.html"></iframe></body></html>`;

  it('a plain browser page would fetch from the server (the test can see leaks)', async () => {
    const browser = await launchTestBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(leakyPage(), { waitUntil: 'load' });
      expect(requests.length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });

  it('the engine lets no request out', async () => {
    requests.length = 0;
    const engine = createChromiumEngine();
    try {
      const setup = pdfPageSetup(buildPrintDocument(load(STUTTGART_EXAMPLE)));
      const pdf = await engine.print(leakyPage(), setup);
      expect(pdfText(tempFile('leaky.pdf', pdf))).toContain('Text');
      expect(requests).toEqual([]);
    } finally {
      await engine.close();
    }
  });
});
