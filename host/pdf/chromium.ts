import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { PdfPageSetup } from '../../core/export/html/page-setup';
import { ProtocolError } from '../../core/errors';
import type { PdfEngine } from './engine';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags for a print-only browser: no sandbox escape hatches needed, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-extensions',
  '--disable-sync',
  '--disable-default-apps',
  '--mute-audio',
];

/** PROTOKOLLANT_CHROMIUM, else the Debian/Ubuntu path; a clear error when neither is there. */
export function chromiumExecutable(env: Record<string, string | undefined> = process.env): string {
  const path = env.PROTOKOLLANT_CHROMIUM?.trim() || DEFAULT_CHROMIUM;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    accessSync(path, constants.X_OK);
  } catch {
    throw new ProtocolError('export.chromiumMissing', { path });
  }
  return path;
}

const mm = (value: number): string => `${value}mm`;

export interface ChromiumEngineOptions {
  env?: Record<string, string | undefined>;
  /** Called each time the engine starts a browser (tests check that a warm engine reuses it). */
  onLaunch?: () => void;
}

/**
 * The system Chromium through playwright-core. The browser starts on the first print and stays
 * up until close(); every print gets a fresh context (no state shared between documents) with
 * JavaScript off and every network request refused, behind the page's own CSP.
 */
export function createChromiumEngine(options: ChromiumEngineOptions = {}): PdfEngine {
  let browser: Promise<Browser> | null = null;
  let closed = false;

  const start = (): Promise<Browser> => {
    if (closed) return Promise.reject(new ProtocolError('export.engineClosed'));
    browser ??= (async () => {
      const executablePath = chromiumExecutable(options.env);
      try {
        options.onLaunch?.();
        return await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
      } catch (error) {
        const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new ProtocolError(
          'export.chromiumStart',
          { path: executablePath, detail: detail ?? '' },
          { cause: error },
        );
      }
    })();
    // A failed start is not cached: the next print tries again.
    browser.catch(() => {
      browser = null;
    });
    return browser;
  };

  return {
    async print(html: string, setup: PdfPageSetup): Promise<Uint8Array> {
      const context = await (
        await start()
      ).newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
      try {
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        // Fonts come from data: URLs and load asynchronously; print only once all have.
        await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())));
        const pdf = await page.pdf({
          width: mm(setup.widthMm),
          height: mm(setup.heightMm),
          margin: {
            top: mm(setup.marginMm.top),
            right: mm(setup.marginMm.right),
            bottom: mm(setup.marginMm.bottom),
            left: mm(setup.marginMm.left),
          },
          tagged: setup.tagged,
          outline: setup.outline,
          displayHeaderFooter: true,
          headerTemplate: setup.headerTemplate,
          footerTemplate: setup.footerTemplate,
          printBackground: true,
          preferCSSPageSize: false,
        });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (error) {
        if (error instanceof ProtocolError) throw error;
        if (closed) throw new ProtocolError('export.engineClosed', {}, { cause: error });
        const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new ProtocolError('export.pdfFailed', { detail: detail ?? '' }, { cause: error });
      } finally {
        await context.close().catch(() => undefined);
      }
    },

    async close(): Promise<void> {
      closed = true;
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
