import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Headless Chromium for end-to-end tests: the system browser (/usr/bin/chromium, or
 * CHROMIUM_PATH), because Playwright's own browser download is not available here.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Set by the integration tests' global setup (./browser-server.ts): the shared browser. */
export const BROWSER_ENDPOINT_ENV = 'PROTOKOLLANT_TEST_BROWSER_WS';

/**
 * The run's shared browser when there is one (closing the returned Browser then closes only this
 * file's contexts and connection), otherwise a browser of its own (bench, a file run alone
 * outside the integration project).
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface PageOptions {
  width?: number;
  height?: number;
  /** Collects console errors and page errors; a test can assert there were none. */
  collectErrors?: boolean;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh context (own storage) and page at a desktop window size, German locale. */
export async function newPage(browser: Browser, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'de-DE',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  if (options.collectErrors ?? true) {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
  }
  return { context, page, errors };
}

/**
 * How long `expect.poll` waits for the page in end-to-end tests. Vitest's default (one second)
 * is too short on a busy two-core machine; call `vi.setConfig(patientPolls)` at the top of a file.
 */
export const patientPolls = { expect: { poll: { timeout: 15_000, interval: 50 } } };
