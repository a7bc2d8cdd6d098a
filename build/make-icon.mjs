/* global process, URL */
// Renders build/icon.svg to build/icon.png (512×512) with the system Chromium.
// Usage: node build/make-icon.mjs   (electron-builder derives the .ico/.icns from the PNG)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const svg = readFileSync(fileURLToPath(new URL('./icon.svg', import.meta.url)), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({
  path: fileURLToPath(new URL('./icon.png', import.meta.url)),
  omitBackground: true,
});
await browser.close();
