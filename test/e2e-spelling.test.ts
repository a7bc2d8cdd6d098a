import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { KLEINWEILER_EXAMPLE } from './support/seed';
import { markedWords, openSpellingMenu } from './support/spelling';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * Offline spell checking in the browser mode, German first: the bundled Hunspell dictionaries
 * (dictionary-de, dictionary-en) are read by a worker from the app's own origin, misspelt words
 * are marked, the roster's names, the body and the Drucksache numbers are known, and "Zum
 * Wörterbuch hinzufügen" keeps a word in the user data. Every request of the page (worker
 * included) is watched: none leaves the app's origin.
 */
describe('offline spell checking', () => {
  let browser: Browser;
  let dir: string;
  let userData: string;
  let web: WebMode;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-spell-'));
    userData = join(dir, 'user-data');
    await mkdir(userData);
    await writeFile(
      join(userData, 'settings.json'),
      JSON.stringify({ language: 'de', autosaveToFile: false, userName: 'Frau Schmid' }),
    );
    const file = join(dir, 'kleinweiler.protokoll');
    await copyFile(KLEINWEILER_EXAMPLE, file);
    web = await startWebMode({ userDataDir: userData, files: [file] });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('marks misspellings, knows the roster, adds a word to the user dictionary, sends nothing out', async () => {
    const { page, context, errors } = await newPage(browser, { width: 1280, height: 800 });
    const appOrigin = `http://127.0.0.1:${web.port}/`;
    const outside = new Set<string>();
    const seen: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(appOrigin) || /^(data|blob):/.test(url)) return route.continue();
      outside.add(url);
      return route.abort('blockedbyclient');
    });
    context.on('request', (request) => {
      seen.push(request.url());
      if (!/^(data|blob|about):/.test(request.url()) && !request.url().startsWith(appOrigin))
        outside.add(request.url());
    });

    await page.goto(web.url);
    await page.getByRole('listbox').getByText('Bebauungsplan').click();
    const editor = page.locator('[contenteditable=true]').first();
    await editor.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(
      ' Der Gemiende hat beschlosen. GRin Yilmaz und GR Ilg stimmen der Drucksache 41/2026 im Gemeinderat Kleinweiler zu.',
    );
    // German dictionaries take seconds to read on a busy machine.
    await expect.poll(() => markedWords(page), { timeout: 90_000 }).toContain('Gemiende');
    const words = await markedWords(page);
    expect(words).toContain('beschlosen');
    // Roster names, the body, the place, compounds and the Drucksache are known.
    for (const known of ['Yilmaz', 'Ilg', 'Kleinweiler', 'Gemeinderat', 'Drucksache', 'stimmen'])
      expect(words, known).not.toContain(known);

    // "Zum Wörterbuch hinzufügen" from the context menu on the marked word.
    const menu = await openSpellingMenu(page, 'Gemiende');
    await menu.getByRole('menuitem', { name: 'Zum Wörterbuch hinzufügen: „Gemiende“' }).click();
    await expect
      .poll(async () => {
        const now = await markedWords(page);
        return now.includes('beschlosen') && !now.includes('Gemiende');
      })
      .toBe(true);
    await expect
      .poll(async () => JSON.parse(await readFile(join(userData, 'settings.json'), 'utf8')))
      .toMatchObject({ spellingWords: ['Gemiende'] });

    // Saved, so the next start opens the file (not the recovery copy).
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.locator('.pk-dirty-mark').count()).toBe(0);

    // The dictionaries came from the app itself; nothing else was asked for.
    expect(seen.some((url) => url.startsWith(appOrigin) && url.endsWith('.dic'))).toBe(true);
    expect([...outside]).toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('the word added stays known after a restart (user data)', async () => {
    await web.stop();
    web = await startWebMode({
      userDataDir: userData,
      files: [join(dir, 'kleinweiler.protokoll')],
    });
    const { page, context } = await newPage(browser, { width: 1280, height: 800 });
    await page.goto(web.url);
    await page.getByRole('listbox').getByText('Bebauungsplan').click();
    const editor = page.locator('[contenteditable=true]').first();
    await editor.locator('p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Gemiende und Sizung.');
    await expect.poll(() => markedWords(page), { timeout: 90_000 }).toContain('Sizung');
    expect(await markedWords(page)).not.toContain('Gemiende');
    await context.close();
  });
});
