import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { serializeProtokoll } from '../core/file/format';
import { buildSampleMeeting, type SampleOptions } from '../core/sample/sample';
import { launchBrowser, newPage } from '../test/support/browser';
import { startWebMode, type WebMode } from '../test/support/web-mode';
import { tempDir } from './support';

/** The app in the browser mode with one sample meeting open, for the editor's rows. */
export interface AppSession {
  page: Page;
  cdp: CDPSession;
  web: WebMode;
  /** From navigation start to the first item's text editable, in ms. */
  loadToEditableMs: number;
  close(): Promise<void>;
}

let browser: Promise<Browser> | null = null;

/** One Chromium for all rows of a bench run; each session gets its own context. */
export function sharedBrowser(): Promise<Browser> {
  browser ??= launchBrowser();
  return browser;
}

export async function closeSharedBrowser(): Promise<void> {
  if (browser) await (await browser).close();
  browser = null;
}

export const EDITOR = '[data-region="text"] [data-lexical-editor]';

/**
 * Writes the sample and opens it; resolves when the first item's text is editable. With
 * `ownBrowser`, in a browser of its own started for it (closed with the session), as the app
 * starts: nothing warm from an earlier opening.
 */
export async function openApp(
  sample: SampleOptions,
  { ownBrowser = false }: { ownBrowser?: boolean } = {},
): Promise<AppSession> {
  const dir = tempDir();
  const file = join(dir, `sample-${sample.tops}-${sample.itemPages ?? 0}.protokoll`);
  writeFileSync(file, serializeProtokoll(buildSampleMeeting(sample)));
  mkdirSync(join(dir, 'user-data'));
  const web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  const own = ownBrowser ? await launchBrowser() : null;
  const { context, page } = await newPage(own ?? (await sharedBrowser()), {
    width: 1440,
    height: 1000,
    collectErrors: false,
  });
  const cdp = await context.newCDPSession(page);
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls
  // a helper __name that the page does not have; give the page a no-op one.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(web.url);
  await page.waitForFunction(
    (selector) => (document.querySelector(selector)?.textContent ?? '').length > 500,
    '[data-region="text"] [contenteditable=true]',
    { polling: 'raf', timeout: 120_000 },
  );
  const loadToEditableMs = await page.evaluate(() => performance.now());
  return {
    page,
    cdp,
    web,
    loadToEditableMs,
    close: async () => {
      await context.close();
      await own?.close();
      await web.stop();
    },
  };
}

/** The page's JS heap in use after a full garbage collection, in MB. */
export async function jsHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
}

/** Resident memory of a process (Linux /proc), in MB; null where there is no /proc. */
export function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : null;
  } catch {
    return null;
  }
}
