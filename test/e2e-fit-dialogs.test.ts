import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, patientPolls } from './support/browser';
import {
  axeViolations,
  fitProblems,
  LAPTOP,
  LAPTOP_200,
  pageAt,
  type WindowSize,
} from './support/fit';
import { SIGNED_EXAMPLE } from './support/review';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';
import { markedWords, openSpellingMenu } from './support/spelling';
import { writeVorlage } from './support/vorlage';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * Every dialog, popover and panel of the app on a clerk's 13-inch laptop (1024×700) at 100 % and
 * at 200 % zoom: each fits the window (no sideways scrolling, no control outside the window or
 * cut off by its box) and axe-core finds no serious or critical violation on the whole window —
 * the dialog and the page behind it. e2e-fit-access covers the pages themselves (item page,
 * meeting page, check and review panels, the agenda overlay, Gremium editor and archive); this
 * run covers what opens on top of them. Nothing is filtered out: a finding is fixed in the app.
 */
describe('every dialog and panel fits 1024×700 at 100 % and 200 % and passes axe-core', () => {
  let browser: Browser;
  let root: string;
  const running: WebMode[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    root = await mkdtemp(join(tmpdir(), 'pk-e2e-fit-dialogs-'));
  });
  afterAll(async () => {
    for (const web of running) await web.stop();
    await browser?.close();
    await rm(root, { recursive: true, force: true });
  });

  /** The browser mode on its own copy of an example (steps change the file: review, save). */
  async function webWith(name: string, source: string, size: WindowSize): Promise<WebMode> {
    const dir = join(root, `${name}-${size.zoom}`);
    await mkdir(dir, { recursive: true });
    const file = join(dir, `${name}.protokoll`);
    await copyFile(source, file);
    await copyFile(KLEINWEILER_EXAMPLE, join(dir, 'vorige-sitzung.protokoll'));
    await writeVorlage(dir);
    const web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
    running.push(web);
    return web;
  }

  /** The whole window fits and is axe-clean; every screen is checked before the test fails. */
  async function screenOk(page: Page, size: WindowSize, name: string): Promise<void> {
    const where = `${name} at ${size.name}`;
    expect.soft(await fitProblems(page), where).toEqual([]);
    expect.soft(await axeViolations(page), where).toEqual([]);
  }

  async function menu(page: Page, top: string, entry: RegExp): Promise<void> {
    await page.getByRole('menuitem', { name: top, exact: true }).click();
    await page.getByRole('menuitem', { name: entry }).click();
  }

  /** Escape closes what is open, and it is gone before the next step. */
  async function escapeFrom(page: Page, opened: Locator, name: string): Promise<void> {
    const focus = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80));
    await page.keyboard.press('Escape');
    await expect
      .poll(() => opened.count(), { message: `Escape closes ${name} (focus on ${focus})` })
      .toBe(0);
  }

  /** The file picker that a menu entry opens, checked, then closed. */
  async function pickerOf(page: Page, size: WindowSize, top: string, entry: RegExp) {
    await menu(page, top, entry);
    const opened = page.locator('[role=dialog]');
    await opened.first().waitFor();
    expect(await opened.first().getAttribute('data-testid'), String(entry)).toBe('file-picker');
    const picker = page.getByTestId('file-picker');
    await expect.poll(() => picker.locator('[role=option]').count()).toBeGreaterThan(0);
    await screenOk(page, size, `file picker of ${String(entry)}`);
    return picker;
  }

  for (const size of [LAPTOP, LAPTOP_200]) {
    it(`the editor's popovers and dialogs on the Stuttgart item page at ${size.name}`, async () => {
      const web = await webWith('top12', STUTTGART_EXAMPLE, size);
      const { page, context, errors } = await pageAt(browser, size);
      await page.goto(web.url);
      const content = page.getByTestId('item-editor-content');
      await content.locator('.pk-speaker').first().waitFor();
      await screenOk(page, size, 'Stuttgart item page');

      // A speaker's options.
      await content.locator('.pk-speaker').first().click();
      const speaker = page.getByTestId('speaker-options');
      await speaker.waitFor();
      await screenOk(page, size, 'speaker options');
      // Opened by a click (the focus stays in the text), Escape closes it.
      await escapeFrom(page, speaker, 'the speaker options');

      // "/" at the end of the text: the menu, then "Textbausteine verwalten" from it.
      const last = content.locator('p').last();
      await last.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('/');
      const slash = page.getByTestId('slash-menu');
      await slash.waitFor();
      await screenOk(page, size, 'slash menu');
      await page.keyboard.type('verwalten');
      await expect.poll(() => slash.getByRole('option').count()).toBe(1);
      await page.keyboard.press('Enter');
      const snippets = page.getByTestId('snippet-dialog');
      await snippets.waitFor();
      await screenOk(page, size, 'snippet manager');
      await escapeFrom(page, snippets, 'the snippet manager');

      // "@": the people of the roster.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('contenteditable')))
        .toBe('true');
      await page.keyboard.type('@');
      const mention = page.getByTestId('mention-menu');
      await mention.waitFor();
      await screenOk(page, size, 'mention menu');
      await escapeFrom(page, mention, 'the mention menu');
      await page.keyboard.press('Backspace');

      // The vote dialog (Strg+Alt+B) from the text.
      await page.keyboard.press('Control+Alt+b');
      const vote = page.getByTestId('vote-dialog');
      await vote.waitFor();
      await screenOk(page, size, 'vote dialog');
      await escapeFrom(page, vote, 'the vote dialog');

      // The toolbar's table popover.
      await page.getByRole('button', { name: 'Tabelle einfügen' }).click();
      const table = page.getByRole('dialog', { name: /Tabelle/ });
      await table.waitFor();
      await screenOk(page, size, 'table popover');
      // Inserted (Enter in its first field): then the table's own menu.
      await expect
        .poll(() =>
          table
            .locator('input')
            .first()
            .evaluate((e) => e === document.activeElement),
        )
        .toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => table.count()).toBe(0);
      await content.locator('table').first().waitFor();
      await page.getByRole('button', { name: 'Tabelle bearbeiten' }).click();
      const tableMenu = page.getByRole('menu', { name: 'Tabelle bearbeiten' });
      await tableMenu.waitFor();
      await screenOk(page, size, 'table menu');
      await escapeFrom(page, tableMenu, 'the table menu');

      // A comment on a word (Strg+Alt+M), in the comment popover.
      await last.click();
      await page.keyboard.press('End');
      await page.keyboard.press('Shift+Control+ArrowLeft');
      await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).not.toBe('');
      await page.keyboard.press('Control+Alt+m');
      const comment = page.getByTestId('comment-input');
      await comment.waitFor();
      await screenOk(page, size, 'comment popover');
      await escapeFrom(page, comment, 'the comment popover');

      // A proposed change (Vorschlagen), and its accept/reject popover. The switch is at the
      // foot of the agenda, which folds behind its button on a narrow window (200 %).
      const agenda = page.getByRole('button', { name: /^Tagesordnung \(/ });
      const suggest = async () => {
        const folded = await agenda.isVisible();
        if (folded) await agenda.click();
        await page.getByTestId('suggestion-toggle').click();
        if (folded) {
          await page.keyboard.press('Escape');
          await expect.poll(() => agenda.getAttribute('aria-expanded')).toBe('false');
        }
      };
      await suggest();
      await expect
        .poll(() => page.getByTestId('suggestion-toggle').getAttribute('aria-pressed'))
        .toBe('true');
      await last.click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Ergänzung');
      const proposed = content.locator('ins').last();
      await proposed.waitFor();
      // The caret is at the end of the proposed words: Alt+Enter opens their accept/reject.
      await page.keyboard.press('Alt+Enter');
      const actions = page.getByTestId('suggestion-actions');
      await actions.waitFor();
      await screenOk(page, size, 'suggestion popover');
      await suggest();
      await expect.poll(() => actions.count()).toBe(0);

      // Bearbeiten › Suchen: the find bar.
      await menu(page, 'Bearbeiten', /^Suchen/);
      const find = page.getByRole('searchbox', { name: 'Suchbegriff' });
      await expect.poll(() => find.evaluate((e) => e === document.activeElement)).toBe(true);
      await page.keyboard.type('Digitalisierung');
      await expect.poll(() => page.getByTestId('find-count').textContent()).not.toBe('');
      await screenOk(page, size, 'find bar');
      await escapeFrom(page, find, 'the find bar');

      // Datei › Beschlussvorlage importieren…: the picker, then what goes where.
      const picker = await pickerOf(page, size, 'Datei', /^Beschlussvorlage importieren/);
      await picker.getByText('GRDrs 288-2018 Beschlussvorlage.docx').dblclick();
      const vorlage = page.getByTestId('vorlage-dialog');
      await vorlage.waitFor();
      await screenOk(page, size, 'Vorlage import dialog');
      await escapeFrom(page, vorlage, 'the Vorlage import dialog');

      // Prüfung › Version speichern…
      await menu(page, 'Prüfung', /^Version speichern/);
      const version = page.getByTestId('version-dialog');
      await version.waitFor();
      await screenOk(page, size, 'save-version dialog');
      await escapeFrom(page, version, 'the save-version dialog');

      // Sent for review: then the sign-off, the changes since the review, giving it back.
      await menu(page, 'Prüfung', /^Zur Prüfung senden/);
      const send = page.getByTestId('send-dialog');
      await send.waitFor();
      await send.locator('[data-field="name"]').fill('Herr Häbe');
      await send.getByRole('button', { name: 'Zur Prüfung senden', exact: true }).click();
      await expect.poll(() => send.count()).toBe(0);
      await expect.poll(() => page.getByTestId('review-state').textContent()).toContain('Prüfung');
      await screenOk(page, size, 'item page in review');

      await menu(page, 'Prüfung', /^Unterzeichnen/);
      const sign = page.getByTestId('sign-dialog');
      await sign.waitFor();
      await screenOk(page, size, 'sign dialog');
      await escapeFrom(page, sign, 'the sign dialog');

      await menu(page, 'Prüfung', /^Änderungen seit der letzten Prüfung/);
      const diff = page.getByTestId('diff-dialog');
      await diff.waitFor();
      await screenOk(page, size, 'changes-since-review dialog');
      await escapeFrom(page, diff, 'the changes-since-review dialog');

      await menu(page, 'Prüfung', /^An Entwurf zurückgeben/);
      const giveBack = page.getByTestId('return-dialog');
      await giveBack.waitFor();
      await screenOk(page, size, 'return-to-draft dialog');
      await escapeFrom(page, giveBack, 'the return-to-draft dialog');

      // Einstellungen › Unterschrift.
      await menu(page, 'Prüfung', /^Einstellungen › Unterschrift/);
      const settings = page.getByTestId('signature-settings');
      await settings.waitFor();
      await screenOk(page, size, 'signature settings');
      await escapeFrom(page, settings, 'the signature settings');

      await context.close();
      expect(errors).toEqual([]);
    });

    it(`the file dialogs, the meeting page's dialogs and the questions at ${size.name}`, async () => {
      const web = await webWith('kleinweiler', KLEINWEILER_EXAMPLE, size);
      const { page, context, errors } = await pageAt(browser, size);
      await page.goto(web.url);
      const text = page.locator('[contenteditable=true]').first();
      await text.waitFor();

      // A misspelt word and the spelling menu on it (the context menu).
      await text.locator('p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Der Gemiende hat beschlosen.');
      // German dictionaries take seconds to read on a busy machine.
      await expect.poll(() => markedWords(page), { timeout: 90_000 }).toContain('Gemiende');
      const spelling = await openSpellingMenu(page, 'Gemiende');
      await screenOk(page, size, 'spelling menu');
      await escapeFrom(page, spelling, 'the spelling menu');

      for (const entry of [/^Öffnen/, /^Importieren/, /^Aus Gremium übernehmen/]) {
        const picker = await pickerOf(page, size, 'Datei', entry);
        await escapeFrom(page, picker, `the picker of ${String(entry)}`);
      }
      const saveAs = await pickerOf(page, size, 'Datei', /^Speichern unter/);
      await escapeFrom(page, saveAs, 'the save-as picker');
      // An export asks first: DOCX whether the open comments go along, PDF about the findings.
      for (const entry of [/^Exportieren als DOCX/, /^Exportieren als PDF/]) {
        await menu(page, 'Datei', entry);
        const question = page.getByTestId('choice-dialog');
        await question.waitFor();
        await screenOk(page, size, `question before ${String(entry)}`);
        await escapeFrom(page, question, `the question before ${String(entry)}`);
      }

      // Datei › Folgesitzung…: the last minutes, then the date of the next meeting.
      const previous = await pickerOf(page, size, 'Datei', /^Folgesitzung/);
      await previous.getByText('vorige-sitzung.protokoll').dblclick();
      const followUp = page.getByTestId('follow-up-date');
      await followUp.waitFor();
      await screenOk(page, size, 'follow-up date dialog');
      await escapeFrom(page, followUp, 'the follow-up date dialog');

      for (const [top, entry, testId] of [
        ['Datei', /^Auszug exportieren/, 'extract-dialog'],
        ['Ansicht', /^Vorschau/, 'preview'],
        ['Hilfe', /^Über/, 'choice-dialog'],
      ] as const) {
        await menu(page, top, entry);
        const dialog = page.getByTestId(testId);
        await dialog.waitFor();
        await screenOk(page, size, `dialog ${testId}`);
        await escapeFrom(page, dialog, testId);
      }

      // The meeting page: a new person, a person's data, taking someone off the list.
      const agendaButton = page.getByRole('button', { name: /^Tagesordnung \(/ });
      if (await agendaButton.isVisible()) await agendaButton.click();
      await page.getByRole('button', { name: /^Sitzung/ }).click();
      await page.locator('[data-region="attendance"]').waitFor();
      await page
        .getByRole('button', { name: /bearbeiten$/ })
        .first()
        .click();
      const person = page.locator('dialog[open]');
      await person.waitFor();
      await screenOk(page, size, 'edit-person dialog');
      await escapeFrom(page, person, 'the edit-person dialog');
      // A new person (the minutes change), then taken off the list again: the undo toast.
      await page.getByRole('button', { name: 'Neue Person' }).first().click();
      await person.waitFor();
      await screenOk(page, size, 'new-person dialog');
      await person.getByLabel('Familienname').fill('Probe');
      await person.getByRole('button', { name: 'Speichern', exact: true }).click();
      await expect.poll(() => person.count()).toBe(0);
      await page.getByRole('button', { name: /Probe aus der Liste entfernen$/ }).click();
      const toast = page.getByTestId('undo-toast');
      await expect.poll(async () => (await person.count()) + (await toast.count())).toBe(1);
      // Asked first when the person holds a role (here the chair's, still free in the example).
      if ((await person.count()) > 0) {
        await screenOk(page, size, 'remove question');
        await person.getByRole('button', { name: 'Entfernen', exact: true }).click();
      }
      await toast.waitFor();
      // The toast fades in; axe measured contrast through the half-transparent first frames.
      await toast.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
      await screenOk(page, size, 'undo toast');

      // Closing with unsaved changes asks what to do; then the start screen.
      await menu(page, 'Datei', /^Schließen/);
      const ask = page.getByTestId('choice-dialog');
      await ask.waitFor();
      await screenOk(page, size, 'unsaved-changes question');
      await ask.getByRole('button', { name: /Verwerfen|Nicht speichern/ }).click();
      await page.getByTestId('start-screen').waitFor();
      await screenOk(page, size, 'start screen');

      await context.close();
      expect(errors).toEqual([]);
    });

    it(`a signed document: the read-only page, its review panel and a correction at ${size.name}`, async () => {
      const web = await webWith('signed', SIGNED_EXAMPLE, size);
      const { page, context, errors } = await pageAt(browser, size);
      await page.goto(web.url);
      await page.getByTestId('readonly-banner').waitFor();
      await screenOk(page, size, 'signed item page');
      await page.getByTestId('review-toggle').click();
      const panel = page.getByTestId('review-panel');
      await panel.waitFor();
      await screenOk(page, size, 'signed document, review panel');
      await menu(page, 'Prüfung', /^Berichtigung hinzufügen/);
      const correction = page.getByTestId('correction-dialog');
      await correction.waitFor();
      await screenOk(page, size, 'correction dialog');
      await escapeFrom(page, correction, 'the correction dialog');
      await context.close();
      expect(errors).toEqual([]);
    });
  }
});
