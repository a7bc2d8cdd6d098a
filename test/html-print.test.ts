import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { renderExport } from '../host/export/render';
import { launchTestBrowser } from './support/chromium';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';

/** The HTML export as Chromium lays it out for print: fonts, weights, page-break rules. */
let browser: Browser;
beforeAll(async () => {
  browser = await launchTestBrowser();
});
afterAll(() => browser?.close());

async function printPage(path: string): Promise<Page> {
  const doc = parseProtokoll(readFileSync(path, 'utf8'), path);
  const html = new TextDecoder().decode(await renderExport(doc, 'html'));
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const page = await context.newPage();
  await page.route('**/*', (route) => route.abort());
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html);
  await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load())));
  return page;
}

describe('print HTML in Chromium', () => {
  it('loads its Arimo faces from the page itself and sets the text in Arimo', async () => {
    const page = await printPage(STUTTGART_EXAMPLE);
    const fonts = await page.evaluate(() =>
      [...document.fonts].map((f) => `${f.family} ${f.weight} ${f.style} ${f.status}`),
    );
    // The reference sets nothing in italics: regular and bold are all it carries.
    expect(fonts.sort()).toEqual(['Arimo 400 normal loaded', 'Arimo 700 normal loaded']);
    const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(body).toMatch(/^"?Arimo"?,/);
    await page.context().close();
  });

  it('sets section titles bold and keeps headings with what follows', async () => {
    const page = await printPage(STUTTGART_EXAMPLE);
    const styles = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        sectionTitle: [style('.section-title').fontWeight, style('.section-title').breakAfter],
        heading: [style('h1').breakAfter, style('h1').fontWeight],
        header: style('.doc-header').breakInside,
        signatures: style('.signatures').breakInside,
        paragraph: [style('p').orphans, style('p').widows],
        text: document.querySelector('.section-title')!.textContent,
      };
    });
    expect(styles).toEqual({
      sectionTitle: ['700', 'avoid'],
      heading: ['avoid', '700'],
      header: 'avoid',
      signatures: 'avoid',
      paragraph: ['2', '2'],
      text: 'Beschlussantrag:',
    });
    await page.context().close();
  });

  it('starts each Niederschrift of an export on a new page, the whole meeting as one', async () => {
    const page = await printPage(KLEINWEILER_EXAMPLE);
    const parts = await page.evaluate(() =>
      [...document.querySelectorAll('article.part')].map((a) => getComputedStyle(a).breakBefore),
    );
    expect(parts).toEqual(['auto']);
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2')].map((h) => `${h.localName} ${h.textContent}`),
    );
    expect(headings.slice(1, 4)).toEqual([
      'h1 Tagesordnung',
      'h1 Anwesenheit',
      'h1 Öffentlicher Teil',
    ]);
    expect(headings.filter((h) => h.startsWith('h2 TOP '))).toHaveLength(8);
    await page.context().close();
  });
});
