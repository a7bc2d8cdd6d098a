import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { keyFingerprint } from '../core/review/signing';
import { verifyDocument } from '../core/review/verify';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { ensureCliBuilt, runCli } from './support/cli';
import { addKey, emptyKeyring } from '../core/review/keyring';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

async function saved(path: string): Promise<ProtocolDocument> {
  return parseProtokoll(await readFile(path, 'utf8'), 'x');
}

const badge = (page: Page) => page.locator('.pk-docbar [data-testid="review-state"]');

/** Fills a review form dialog by its fields and confirms it. */
async function submitForm(
  page: Page,
  testId: string,
  values: Record<string, string>,
  confirm: string,
): Promise<void> {
  const dialog = page.getByTestId(testId);
  for (const [field, value] of Object.entries(values)) {
    await dialog.locator(`[data-field="${field}"]`).fill(value);
  }
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect.poll(() => dialog.count()).toBe(0);
}

/** In the sign dialog: the person at this machine is now `name`. */
async function signInAs(page: Page, name: string): Promise<void> {
  const dialog = page.getByTestId('sign-dialog');
  if ((await dialog.getByTestId('signer-name').count()) === 0) {
    await dialog.getByRole('button', { name: 'Ändern' }).click();
  }
  await dialog.getByTestId('signer-name').fill(name);
  await dialog.getByRole('button', { name: 'Übernehmen' }).click();
  await expect.poll(() => dialog.getByTestId('signer').textContent()).toBe(name);
  await expect
    .poll(
      async () =>
        (await dialog.getByTestId('new-key').count()) +
        (await dialog.locator('.pk-signer .pk-fingerprint').count()),
    )
    .toBe(1);
  // No key is ever made behind the signer's back: they make it with their passphrase.
  if ((await dialog.getByTestId('new-key').count()) === 1) {
    await dialog.getByTestId('new-key-passphrase').fill(passphraseOf(name));
    await dialog.getByTestId('new-key-repeat').fill(passphraseOf(name));
    await dialog.getByRole('button', { name: 'Schlüssel anlegen' }).click();
  }
  await expect.poll(() => dialog.locator('.pk-signer .pk-fingerprint').count()).toBe(1);
}

const passphraseOf = (name: string) => `Passphrase von ${name}`;

/** Opens the confirmation of a place, checks what it shows, signs with the passphrase. */
async function signSlot(page: Page, slot: number, passphrase: string): Promise<void> {
  const row = page.getByTestId('sign-dialog').getByTestId(`slot-${slot}`);
  await row.getByRole('button', { name: 'Hier unterzeichnen' }).click();
  const confirm = row.getByTestId(`sign-confirm-${slot}`);
  await expect.poll(() => confirm.count()).toBe(1);
  expect(await confirm.textContent()).toContain('Niederschrift 233, TOP 12: Maßnahmenpaket');
  expect(await row.getByTestId(`sign-hash-${slot}`).textContent()).toMatch(
    /^Prüfsumme \(SHA-256\): [0-9a-f]{4}( [0-9a-f]{4}){15}$/,
  );
  await row.getByTestId(`sign-passphrase-${slot}`).fill(passphrase);
  await confirm.getByRole('button', { name: 'Jetzt unterzeichnen' }).click();
}

async function signed(page: Page, slot: number): Promise<void> {
  const row = page.getByTestId('sign-dialog').getByTestId(`slot-${slot}`);
  await expect.poll(() => row.getAttribute('data-signed')).toBe('true');
}

describe('review and sign-off in the browser mode', () => {
  let browser: Browser;
  let dir: string;
  let file: string;
  let web: WebMode;

  beforeAll(async () => {
    ensureCliBuilt();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-review-'));
    file = join(dir, 'top12.protokoll');
    await copyFile(STUTTGART_EXAMPLE, file);
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterEach(async () => {
    await web.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('goes from draft to review and back with remarks, then four people sign it off', async () => {
    const { page, context, errors } = await newPage(browser, { width: 1400, height: 900 });
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('top12.protokoll');
    expect(await badge(page).textContent()).toContain('Entwurf');
    expect(await page.title()).toBe('top12.protokoll – Protokollant');

    // The clerk sends the draft; nobody entered a name yet, so the dialog asks for it.
    await page.locator('.pk-docbar').getByRole('button', { name: 'Zur Prüfung senden…' }).click();
    const send = page.getByTestId('send-dialog');
    expect(await send.locator('[data-field="name"]').inputValue()).toBe('');
    await submitForm(
      page,
      'send-dialog',
      { name: 'Herr Häbe', note: 'Bitte bis Freitag prüfen.' },
      'Zur Prüfung senden',
    );
    await expect.poll(() => badge(page).textContent()).toContain('In Prüfung');
    await expect.poll(() => page.title()).toBe('top12.protokoll – In Prüfung – Protokollant');
    expect(await page.getByTestId('review-status').textContent()).toBe(
      'In Prüfung · Unterschriften 0 von 4',
    );
    // the state change went to the file at once, with a version of the text
    await expect.poll(async () => (await saved(file)).workflow.state).toBe('review');
    const afterSend = await saved(file);
    expect(afterSend.workflow.history).toMatchObject([
      { from: 'draft', to: 'review', by: 'Herr Häbe', note: 'Bitte bis Freitag prüfen.' },
    ]);
    expect(afterSend.versions.map((v) => [v.reason, v.state])).toEqual([['state', 'review']]);

    // The chair returns it: remarks are required.
    await page.getByTestId('review-toggle').click();
    const panel = page.getByTestId('review-panel');
    await panel.getByRole('button', { name: 'An Entwurf zurückgeben…' }).click();
    const giveBack = page.getByTestId('return-dialog');
    await giveBack.locator('[data-field="name"]').fill('BM Dr. Mayer');
    const confirm = giveBack.getByRole('button', { name: 'Zurückgeben', exact: true });
    expect(await confirm.isDisabled()).toBe(true);
    await submitForm(
      page,
      'return-dialog',
      { remarks: 'Bitte das Abstimmungsergebnis ergänzen.' },
      'Zurückgeben',
    );
    await expect.poll(() => badge(page).textContent()).toContain('Entwurf');
    await expect.poll(() => page.title()).toBe('top12.protokoll – Protokollant');
    const history = panel.getByTestId('review-history');
    await expect.poll(() => history.locator('li').count()).toBe(2);
    const latest = history.locator('li').first();
    expect(await latest.textContent()).toContain('An Entwurf zurückgegeben');
    expect(await latest.textContent()).toContain('BM Dr. Mayer');
    expect(await latest.textContent()).toContain('Bitte das Abstimmungsergebnis ergänzen.');

    // Sent again by the clerk.
    await panel.getByRole('button', { name: 'Zur Prüfung senden…' }).click();
    await submitForm(page, 'send-dialog', { name: 'Herr Häbe', note: '' }, 'Zur Prüfung senden');
    await expect.poll(() => badge(page).textContent()).toContain('In Prüfung');

    // Sign-off: chair, two members, clerk — each under their own name, so with their own key.
    await panel.getByRole('button', { name: 'Unterzeichnen…' }).click();
    const sign = page.getByTestId('sign-dialog');
    expect(await sign.locator('.pk-slot-label').allTextContents()).toEqual([
      'Vorsitz',
      'Mitglied des Ausschusses',
      'Mitglied des Ausschusses',
      'Protokollführung',
    ]);
    expect(await sign.getByTestId('signer').textContent()).toBe('Herr Häbe');
    // Each signer makes their key at this machine; the administration enters the four public
    // keys into the body's keyring, and the dialog is pointed at it once.
    for (const name of ['Herr Häbe', 'StR Perc', 'StR Dr. Reiners', 'BM Dr. Mayer']) {
      await signInAs(page, name);
    }
    const stored = JSON.parse(
      await readFile(join(dir, 'user-data', 'signing-keys.json'), 'utf8'),
    ) as { keys: { name: string; publicKey: string; pem: string }[] };
    expect(stored.keys.every((k) => !k.pem.includes('PRIVATE'))).toBe(true);
    let ring = emptyKeyring('Landeshauptstadt Stuttgart');
    for (const key of stored.keys) {
      ring = addKey(ring, {
        name: key.name,
        publicKey: key.publicKey,
        from: '2018-01-01',
        until: '',
      });
    }
    const keyringFile = join(dir, 'verzeichnis.json');
    await writeFile(keyringFile, JSON.stringify(ring));
    expect(await sign.getByTestId('keyring-status').textContent()).toContain(
      'Kein Schlüsselverzeichnis festgelegt',
    );
    // chosen with the host's picker (browser mode), never typed in as a path
    await sign.getByRole('button', { name: 'Schlüsselverzeichnis wählen …' }).click();
    const picker = page.getByTestId('file-picker');
    await picker.locator('.pk-picker-file', { hasText: 'verzeichnis.json' }).press('Enter');
    await expect.poll(() => picker.count()).toBe(0);
    await expect
      .poll(() => sign.getByTestId('keyring-status').textContent())
      .toBe('Schlüsselverzeichnis „Landeshauptstadt Stuttgart“ mit 4 Schlüsseln.');

    const mayerKey = (await sign.locator('.pk-signer .pk-fingerprint').textContent()) ?? '';
    // A wrong passphrase unlocks nothing.
    await signSlot(page, 0, 'falsch geraten');
    await expect
      .poll(() => sign.getByRole('alert').first().textContent())
      .toContain('Die Passphrase passt nicht');
    await sign.getByTestId('sign-passphrase-0').fill(passphraseOf('BM Dr. Mayer'));
    await sign
      .getByTestId('sign-confirm-0')
      .getByRole('button', { name: 'Jetzt unterzeichnen' })
      .click();
    await signed(page, 0);
    expect(await sign.getByTestId('slot-0').textContent()).toContain(
      'Unterzeichnet von BM Dr. Mayer',
    );
    expect(await sign.getByTestId('slot-0').textContent()).toContain(mayerKey);
    expect(await sign.getByTestId('slot-0').textContent()).toContain('gültig');
    // one signature: the text is frozen, and the frame says so
    await expect
      .poll(() => page.getByTestId('readonly-banner').textContent())
      .toContain('ihr Text kann nicht mehr geändert werden');
    // the same person cannot sign a second place (the clerk's) with their key
    await signSlot(page, 3, passphraseOf('BM Dr. Mayer'));
    await expect
      .poll(() => sign.getByRole('alert').first().textContent())
      .toMatch(/^Der Schlüssel [0-9a-f ]+ unterzeichnet mehr als eine Stelle\.$/);
    await sign.getByTestId('sign-confirm-3').getByRole('button', { name: 'Abbrechen' }).click();

    await signInAs(page, 'StR Dr. Reiners');
    // a member place names nobody: only members who may sign are offered (no staff, nobody
    // who signed already); the roster person of the user's name is proposed
    const offered = await sign.getByTestId('slot-person-1').locator('option').allTextContents();
    expect(offered.slice(1).map((o) => o.replace(/ \(.*\)$/, ''))).toEqual([
      'StR Dr. Reiners',
      'StRin Deparnay-Grunenberg',
      'StR Perc',
      'StR Urbat',
    ]);
    expect(await sign.getByTestId('slot-person-1').inputValue()).toBe('p-reiners');
    await signSlot(page, 1, passphraseOf('StR Dr. Reiners'));
    await signed(page, 1);
    await signInAs(page, 'StR Perc');
    expect(await sign.getByTestId('slot-person-2').inputValue()).toBe('p-perc');
    await signSlot(page, 2, passphraseOf('StR Perc'));
    await signed(page, 2);
    await signInAs(page, 'Herr Häbe');
    await signSlot(page, 3, passphraseOf('Herr Häbe'));
    await signed(page, 3);

    await expect
      .poll(() => sign.getByTestId('verify-summary').textContent())
      .toContain('Gültig: alle 4 Unterschriften sind vorhanden und passen zum Inhalt.');
    expect(await sign.getByTestId('verify-confirmed').textContent()).toContain(
      'Bestätigt: alle 4 Unterschriften sind gültig und ihre Schlüssel stehen im Schlüsselverzeichnis.',
    );
    expect(await sign.textContent()).toContain('die Niederschrift ist freigegeben');
    await sign.getByRole('button', { name: 'Schließen' }).click();

    await expect.poll(() => badge(page).textContent()).toContain('Freigegeben');
    await expect.poll(() => page.title()).toBe('top12.protokoll – Freigegeben – Protokollant');
    expect(await page.getByTestId('readonly-banner').textContent()).toContain(
      'Die Niederschrift ist freigegeben und kann nicht mehr geändert werden.',
    );
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);

    // Read-only: typing into the signed text changes nothing.
    const before = await readFile(file, 'utf8');
    expect(await page.locator('.pk-desk [contenteditable=true]').count()).toBe(0);
    await page.locator('.pk-desk [contenteditable] p').first().click({ force: true });
    await page.keyboard.type('Nachträglich eingefügt');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    expect(await page.locator('.pk-desk').textContent()).not.toContain('Nachträglich eingefügt');

    const approved = await saved(file);
    expect(approved.workflow.state).toBe('approved');
    expect(approved.workflow.history.map((h) => h.to)).toEqual([
      'review',
      'draft',
      'review',
      'approved',
    ]);
    expect(approved.signatures.map((s) => [s.label, s.name, s.personId])).toEqual([
      ['Vorsitz', 'BM Dr. Mayer', 'p-mayer'],
      ['Mitglied des Ausschusses', 'StR Dr. Reiners', 'p-reiners'],
      ['Mitglied des Ausschusses', 'StR Perc', 'p-perc'],
      ['Protokollführung', 'Herr Häbe', 'p-haebe'],
    ]);
    expect(`Schlüssel ${keyFingerprint(approved.signatures[0]!.publicKey)}`).toBe(mayerKey);
    expect(verifyDocument(approved).complete).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(before);
    // the secret keys stayed with the host, encrypted: the page never saw one
    const keys = JSON.parse(await readFile(join(dir, 'user-data', 'signing-keys.json'), 'utf8'));
    expect(keys.keys.map((i: { name: string }) => i.name).sort()).toEqual(
      ['BM Dr. Mayer', 'Herr Häbe', 'StR Dr. Reiners', 'StR Perc'].sort(),
    );
    expect((await stat(join(dir, 'user-data', 'signing-keys.json'))).mode & 0o777).toBe(0o600);

    // The command line agrees, given the body's keyring with these four keys.
    const verify = runCli(['verify', file, '--keyring', keyringFile]);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain('Bestätigt: alle 4 Unterschriften sind gültig');
    for (const name of ['BM Dr. Mayer', 'StR Dr. Reiners', 'StR Perc', 'Herr Häbe']) {
      expect(verify.stdout).toContain(name);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
