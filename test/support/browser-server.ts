import { chromium } from 'playwright-core';
import { BROWSER_ENDPOINT_ENV, CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';

/**
 * Vitest global setup of the integration tests: one Chromium for the whole run, which every
 * test file connects to (launchBrowser in ./browser.ts) instead of starting its own. Each file
 * still gets fresh contexts, and closing its connection closes them; only the start-up of the
 * browser, repeated for every file before, is saved. The test workers start after this and
 * inherit the address through the environment.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const server = await chromium
    .launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
    // No browser here: the tests that need one say so themselves when they launch it; the
    // others (CLI, LibreOffice, PDF) run as before.
    .catch(() => null);
  if (!server) return async () => undefined;
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[BROWSER_ENDPOINT_ENV];
    await server.close();
  };
}
