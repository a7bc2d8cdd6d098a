import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { buildAndServeHarness } from './harness-page';

/**
 * The meeting view's test page (renderer/harness/meeting.html), built with the project's Vite
 * config into a temporary folder and served from 127.0.0.1, opened in the system Chromium.
 * Only the meeting harness is built (not the app or other harness pages), so work in progress
 * elsewhere in the renderer cannot break these tests.
 */

export interface MeetingHarness {
  browser: Browser;
  /** Opens a fresh page on the harness with the given query ("doc=stuttgart-new"). */
  open: (query?: string, viewport?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startMeetingHarness(): Promise<MeetingHarness> {
  const { url, outDir, server } = await buildAndServeHarness('meeting');
  const browser = await launchBrowser();
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
