import { chmod, copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { parseKeyCard, parseKeyring } from '../core/review/keyring';
import { launchBrowser, patientPolls } from './support/browser';
import { ensureCliBuilt, runCli } from './support/cli';
import { axeViolations, fitProblems, LAPTOP, LAPTOP_200, pageAt } from './support/fit';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

const PASS = 'Passphrase von BM Dr. Mayer';

/** F10 to the menu bar, → to the "Prüfung" menu, ↑ opens it on its last entry, Enter. */
async function openSignatureSettings(page: Page): Promise<Locator> {
  await page.keyboard.press('F10');
  const bar = page.locator('.pk-menubar');
  for (let i = 0; i < 10; i++) {
    const focused = await bar.locator('[role="menuitem"]:focus').textContent();
    if (focused === 'Prüfung') break;
    await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('ArrowUp');
  const entry = bar.locator('.pk-menu-entry:focus');
  await expect.poll(() => entry.textContent()).toBe('Einstellungen › Unterschrift …Strg+Alt+I');
  await page.keyboard.press('Enter');
  const settings = page.getByTestId('signature-settings');
  await settings.waitFor();
  return settings;
}

/** In the browser mode's picker: the file `name`, chosen with Enter. */
async function pickFile(page: Page, name: string): Promise<void> {
  const picker = page.getByTestId('file-picker');
  await picker.locator('.pk-picker-file', { hasText: name }).press('Enter');
  await expect.poll(() => picker.count()).toBe(0);
}

/** In the picker's save mode: the suggested name, confirmed with Enter. */
async function saveAsSuggested(page: Page, expected: string): Promise<void> {
  const picker = page.getByTestId('file-picker');
  const field = picker.locator('input[type="text"]');
  await expect.poll(() => field.inputValue()).toBe(expected);
  // the folder is listed (the picker saves into the folder it shows)
  await expect
    .poll(async () => (await picker.locator('span.pk-picker-folder').textContent()) ?? '')
    .not.toBe('');
  await field.press('Enter');
  await expect.poll(() => picker.count()).toBe(0);
}

/** The screen (the dialog and the Stuttgart item page behind it) fits and is axe-clean. */
async function screenOk(page: Page, where: string): Promise<void> {
  expect(await fitProblems(page), where).toEqual([]);
  expect(await axeViolations(page), where).toEqual([]);
}

/**
 * Einstellungen › Unterschrift, worked by keyboard in the browser mode at 1024×700: a key made
 * with `protokollant keys new` is taken over with its passphrase, its key card saved, a new
 * keyring made and edited (added from key cards, ended, removed) through the host, and the
 * members who sign designated on the people page, which `check` and the sign dialog follow.
 */
describe('signature settings, keyring editing and designation in the browser mode', () => {
  let browser: Browser;
  let dir: string;
  let file: string;
  let web: WebMode;
  let mayerFingerprint: string;

  beforeAll(async () => {
    ensureCliBuilt();
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-sigsettings-'));
    file = join(dir, 'top12.protokoll');
    await copyFile(STUTTGART_EXAMPLE, file);
    // The chair made their key on the command line; a member made theirs and its card too.
    await writeFile(join(dir, 'pass-mayer.txt'), `${PASS}\n`);
    await writeFile(join(dir, 'pass-perc.txt'), 'Passphrase von StR Perc\n');
    const made = runCli([
      'keys',
      'new',
      '--out',
      join(dir, 'mayer.pem'),
      '--passphrase-file',
      join(dir, 'pass-mayer.txt'),
    ]);
    expect(made.status, made.stderr).toBe(0);
    mayerFingerprint = /Fingerabdruck ([0-9a-f ]+)\./.exec(made.stdout)?.[1] ?? '';
    expect(mayerFingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    for (const args of [
      [
        'keys',
        'new',
        '--out',
        join(dir, 'perc-key.pem'),
        '--passphrase-file',
        join(dir, 'pass-perc.txt'),
      ],
      [
        'keys',
        'card',
        join(dir, 'perc-key.pem'),
        '--name',
        'Jasmin Perc',
        '--out',
        join(dir, 'karte-perc.json'),
        '--passphrase-file',
        join(dir, 'pass-perc.txt'),
      ],
    ]) {
      const run = runCli(args);
      expect(run.status, run.stderr).toBe(0);
    }
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('takes over a CLI key, edits the keyring and designates the members, by keyboard', async () => {
    const { page, context, errors } = await pageAt(browser, LAPTOP);
    await page.goto(web.url);
    await page.locator('[contenteditable=true]').first().waitFor();

    // Before: `check` says the two members who sign are not designated.
    const before = runCli(['check', file]);
    expect(before.stdout + before.stderr).toContain('Es ist nicht bestimmt, welche 2 Mitglieder');

    const settings = await openSignatureSettings(page);
    await screenOk(page, 'settings, empty');
    // The name field has the focus: the key belongs to this name.
    await page.keyboard.type('BM Dr. Mayer');
    await page.keyboard.press('Enter');
    const importForm = settings.getByTestId('import-key');
    await importForm.waitFor();
    expect(await settings.getByTestId('new-key').count()).toBe(1);

    // Take over the CLI-made key: the picker shows key files only.
    await importForm.getByRole('button', { name: 'Schlüsseldatei wählen …' }).focus();
    await page.keyboard.press('Enter');
    const picker = page.getByTestId('file-picker');
    await picker.waitFor();
    // The listing arrives after the picker shows: wait for it, not for time.
    await expect
      .poll(async () =>
        (await picker.locator('.pk-picker-file .pk-picker-name').allTextContents()).sort(),
      )
      .toEqual(['mayer.pem', 'perc-key.pem']);
    await pickFile(page, 'mayer.pem');
    await expect
      .poll(() => settings.getByTestId('import-key-file').textContent({ timeout: 5_000 }))
      .toBe('Gewählt: mayer.pem');
    // The passphrase field has the focus; a wrong passphrase unlocks nothing.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('import-key-passphrase');
    await page.keyboard.type('falsch geraten');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => importForm.getByRole('alert').textContent())
      .toContain('Die Passphrase passt nicht');
    await settings.getByTestId('import-key-passphrase').fill(PASS);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => settings.getByTestId('own-key-fingerprint').textContent())
      .toBe(`Fingerabdruck: ${mayerFingerprint}`);
    expect(await settings.textContent()).toContain('Schlüssel übernommen');
    const keys = join(dir, 'user-data', 'signing-keys.json');
    expect((await stat(keys)).mode & 0o777).toBe(0o600);
    expect(await readFile(keys, 'utf8')).not.toContain('PRIVATE KEY');

    // The key card, saved where the picker says (the suggested name, Enter).
    await settings.getByRole('button', { name: 'Schlüsselkarte speichern' }).focus();
    await page.keyboard.press('Enter');
    await saveAsSuggested(page, 'schluesselkarte-BM-Dr-Mayer.json');
    await expect
      .poll(() => settings.getByTestId('card-status').textContent())
      .toBe('Schlüsselkarte gespeichert: schluesselkarte-BM-Dr-Mayer.json');
    const card = parseKeyCard(
      JSON.parse(await readFile(join(dir, 'schluesselkarte-BM-Dr-Mayer.json'), 'utf8')),
      'x',
    );
    expect(card).toMatchObject({ name: 'BM Dr. Mayer', fingerprint: mayerFingerprint });

    // A new keyring for the body, made where the picker says.
    expect(await settings.getByTestId('keyring-status').textContent()).toContain(
      'Kein Schlüsselverzeichnis festgelegt',
    );
    await settings.getByRole('button', { name: 'Neues Schlüsselverzeichnis anlegen …' }).focus();
    await page.keyboard.press('Enter');
    await settings.getByTestId('keyring-new').waitFor();
    await page.keyboard.type('Landeshauptstadt Stuttgart');
    await page.keyboard.press('Enter');
    await saveAsSuggested(page, 'schluesselverzeichnis.json');
    const ringFile = join(dir, 'schluesselverzeichnis.json');
    await expect
      .poll(() => settings.getByTestId('keyring-status').textContent())
      .toBe('Schlüsselverzeichnis „Landeshauptstadt Stuttgart“ mit 0 Schlüsseln.');
    // the administration keeps it readable for its group: the app's edits keep that
    await chmod(ringFile, 0o640);

    // Two entries from key cards: the chair's (for the chair's place), a member's.
    const addFrom = async (cardName: string, holder: string, role: string) => {
      await settings.getByTestId('keyring-add-card').focus();
      await page.keyboard.press('Enter');
      await pickFile(page, cardName);
      const form = settings.getByTestId('keyring-add');
      await form.waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
        .toBe('keyring-add-name');
      await page.keyboard.press('Control+a');
      await page.keyboard.type(holder);
      await form.getByTestId('keyring-add-from').fill('2018-01-01');
      await form.getByRole('checkbox', { name: role }).focus();
      await page.keyboard.press('Space');
      await form.getByTestId('keyring-add-name').press('Enter');
      await expect.poll(() => form.count()).toBe(0);
    };
    await addFrom('schluesselkarte-BM-Dr-Mayer.json', 'BM Dr. Mayer', 'Vorsitz');
    expect(await settings.getByTestId('keyring-message').textContent()).toBe(
      'BM Dr. Mayer eingetragen.',
    );
    await addFrom('karte-perc.json', 'StR Perc', 'Mitglied');
    const rows = settings.getByTestId('keyring-entry');
    await expect.poll(() => rows.count()).toBe(2);
    const cells = async (row: number) =>
      Promise.all(
        ['entry-name', 'entry-fingerprint', 'entry-from', 'entry-until', 'entry-roles'].map(
          async (id) => (await rows.nth(row).getByTestId(id).textContent()) ?? '',
        ),
      );
    expect(await cells(0)).toEqual([
      'BM Dr. Mayer',
      mayerFingerprint,
      '01.01.2018',
      'offen',
      'Vorsitz',
    ]);
    expect((await cells(1))[4]).toBe('Mitglied');
    let ring = parseKeyring(JSON.parse(await readFile(ringFile, 'utf8')), 'x');
    expect(ring.keys.map((k) => [k.name, k.from, k.until, k.roles])).toEqual([
      ['BM Dr. Mayer', '2018-01-01', '', ['chair']],
      ['StR Perc', '2018-01-01', '', ['member']],
    ]);
    await screenOk(page, 'settings with key and keyring');

    // End the chair's key on a day; remove the member's after the question.
    await settings.getByRole('button', { name: 'Beenden: BM Dr. Mayer' }).focus();
    await page.keyboard.press('Enter');
    const endDate = settings.getByTestId('keyring-end-date');
    await endDate.waitFor();
    await endDate.fill('2018-12-31');
    await endDate.press('Enter');
    await expect.poll(async () => (await cells(0))[3]).toBe('31.12.2018');
    await settings.getByRole('button', { name: 'Entfernen: StR Perc' }).focus();
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog', { name: 'Eintrag entfernen?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Entfernen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(1);
    ring = parseKeyring(JSON.parse(await readFile(ringFile, 'utf8')), 'x');
    expect(ring.keys.map((k) => [k.name, k.until])).toEqual([['BM Dr. Mayer', '2018-12-31']]);
    expect((await stat(ringFile)).mode & 0o777).toBe(0o640);
    // the CLI reads the same file
    const listed = runCli(['keyring', 'list', ringFile]);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(`BM Dr. Mayer: Schlüssel ${mayerFingerprint}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => settings.count()).toBe(0);

    // Designation on the people page: only members who may sign are offered.
    await page.getByTestId('people-entry').click();
    const places = page.getByTestId('signatories');
    await places.waitFor();
    const member1 = places.getByTestId('signatory-1');
    const offered = await member1.locator('option').allTextContents();
    expect(offered.slice(1).map((o) => o.replace(/ \(.*\)$/, ''))).toEqual([
      'StR Dr. Reiners',
      'StRin Deparnay-Grunenberg',
      'StR Perc',
      'StR Urbat',
    ]);
    expect(await places.getByTestId('signatory-0').textContent()).toBe('BM Dr. Mayer');
    await member1.focus();
    await member1.selectOption('p-perc');
    const member2 = places.getByTestId('signatory-2');
    await expect
      .poll(async () => (await member2.locator('option').allTextContents()).join('|'))
      .not.toContain('StR Perc');
    await member2.selectOption('p-reiners');
    await screenOk(page, 'people page with designation');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    const saved = parseProtokoll(await readFile(file, 'utf8'), 'x');
    expect(saved.rules.signatories.map((s) => s.personId)).toEqual([
      'p-mayer',
      'p-perc',
      'p-reiners',
      'p-haebe',
    ]);
    // `check` (command line and F9) no longer misses the members.
    const after = runCli(['check', file]);
    expect(after.stdout + after.stderr).not.toContain('welche 2 Mitglieder');
    await page.keyboard.press('F9');
    const check = page.getByTestId('check-panel');
    await check.waitFor();
    expect(await check.textContent()).not.toContain('Es ist nicht bestimmt');

    // The sign dialog names the designated members and offers no other person for them.
    await page.keyboard.press('Control+Alt+s');
    const sign = page.getByTestId('sign-dialog');
    await sign.waitFor();
    expect(await sign.getByTestId('slot-1').textContent()).toContain('vorgesehen: StR Perc');
    expect(await sign.getByTestId('slot-2').textContent()).toContain('vorgesehen: StR Dr. Reiners');
    expect(await sign.getByTestId('slot-person-1').count()).toBe(0);
    expect(await sign.getByTestId('keyring-status').textContent()).toBe(
      'Schlüsselverzeichnis „Landeshauptstadt Stuttgart“ mit 1 Schlüsseln.',
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the settings page fits 1024×700 at 200 % zoom and passes axe-core', async () => {
    const { page, context, errors } = await pageAt(browser, LAPTOP_200);
    await page.goto(web.url);
    await page.locator('[contenteditable=true]').first().waitFor();
    // the menu entry's shortcut opens it as well
    await page.keyboard.press('Control+Alt+i');
    const settings = page.getByTestId('signature-settings');
    await settings.waitFor();
    await expect.poll(() => settings.getByTestId('keyring-entry').count()).toBe(1);
    await screenOk(page, 'settings at 200 %');
    expect(errors).toEqual([]);
    await context.close();
  });
});
