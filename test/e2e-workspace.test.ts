import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentToPlainText } from '../core/content/walk';
import { parseProtokoll } from '../core/file/format';
import { customText } from '../core/text/protocol-text';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { KLEINWEILER_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * The workspace of a whole-meeting Niederschrift: moving between items keeps what was typed,
 * the completeness check finds a gap and jumps to it.
 */
describe('workspace', () => {
  let browser: Browser;
  let dir: string;
  let web: WebMode;
  let file: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-ws-'));
    file = join(dir, 'kleinweiler.protokoll');
    const envelope = JSON.parse(await readFile(KLEINWEILER_EXAMPLE, 'utf8'));
    envelope.document.meeting.place = '';
    await writeFile(file, JSON.stringify(envelope));
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps text typed in one item when the clerk moves to another, and saves both', async () => {
    const { page, errors } = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(web.url);
    const agenda = page.getByRole('listbox');
    await agenda.getByText('Bebauungsplan').click();
    await page.locator('[contenteditable=true] section[data-title="Aussprache:"] p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Nachtrag zu TOP 3.');
    await agenda.getByText('Sanierung der Grundschule').click();
    await page.locator('[contenteditable=true] section[data-title="Aussprache:"] p').last().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Nachtrag zu TOP 4.');
    await agenda.getByText('Bebauungsplan').click();
    await expect
      .poll(() => page.locator('[contenteditable=true]').first().innerText())
      .toContain('Nachtrag zu TOP 3.');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('kleinweiler.protokoll');
    const saved = parseProtokoll(await readFile(file, 'utf8'), 'saved');
    const text = (number: string) => {
      const item = saved.items.find((i) => i.number === number)!;
      return contentToPlainText(item.content, customText(saved, item));
    };
    expect(text('3')).toContain('Nachtrag zu TOP 3.');
    expect(text('4')).toContain('Nachtrag zu TOP 4.');
    expect(text('5')).not.toContain('Nachtrag');
    expect(errors).toEqual([]);
  });

  it('checks completeness (F9), names the gap and jumps to the field', async () => {
    const { page } = await newPage(browser, { width: 1440, height: 900 });
    await page.goto(web.url);
    await page.locator('[contenteditable=true]').first().click();
    await page.keyboard.press('F9');
    const panel = page.getByTestId('check-panel');
    await expect.poll(() => panel.getByTestId('finding').count()).toBe(1);
    expect(await panel.getByTestId('finding').textContent()).toContain('Ort ist ein Pflichtfeld.');
    await panel.getByTestId('finding').click();
    // The meeting pane opens with the place field focused.
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-field]')?.getAttribute('data-field'),
        ),
      )
      .toBe('meeting.place');
    await page.keyboard.insertText('Rathaus Kleinweiler');
    await page.keyboard.press('Tab');
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Keine Befunde');
  });
});
