import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isElement, type ContentNode, type ItemContent } from '../core/content/nodes';
import { contentToPlainText } from '../core/content/walk';
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { addComment, replyToComment, resolveComment } from '../core/review/comments';
import { contentHash } from '../core/review/content';
import { correctionSignatureValid } from '../core/review/corrections';
import { formalName } from '../core/style/names';
import { IdentityStore, keyFileProtector } from '../host/identity/identity-store';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { ensureCliBuilt, runCli } from './support/cli';
import { keyringFor, loadDocument, signedOff } from './support/review';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/** Wraps the first occurrence of `phrase` in a text node into the element `wrap` makes. */
function wrapPhrase(
  content: ItemContent,
  phrase: string,
  wrap: (children: ContentNode[]) => ContentNode,
): ItemContent {
  let done = false;
  const visit = (node: ContentNode): ContentNode => {
    if (done || !isElement(node)) return node;
    const children: ContentNode[] = [];
    for (const child of node.children) {
      if (!done && child.type === 'text' && child.text.includes(phrase)) {
        const at = child.text.indexOf(phrase);
        const before = child.text.slice(0, at);
        const after = child.text.slice(at + phrase.length);
        if (before) children.push({ ...child, text: before });
        children.push(wrap([{ ...child, text: phrase }]));
        if (after) children.push({ ...child, text: after });
        done = true;
      } else children.push(visit(child));
    }
    return { ...node, children } as ContentNode;
  };
  const root = visit(content.root) as ItemContent['root'];
  if (!done) throw new Error(`phrase not found: ${phrase}`);
  return { ...content, root };
}

const mark = (id: string) => (children: ContentNode[]) =>
  ({ type: 'mark', ids: [id], children }) as ContentNode;
const suggestion = (id: string, kind: 'insert' | 'delete') => (children: ContentNode[]) =>
  ({
    type: 'suggestion',
    id,
    kind,
    author: 'BM Dr. Mayer',
    createdAt: '2018-07-03T10:00:00.000Z',
    children,
  }) as ContentNode;

/** The draft with three comment threads (one orphaned, one resolved) and two suggestions. */
function reviewedDraft(draft: ProtocolDocument): ProtocolDocument {
  const item = draft.items[0]!;
  let content = wrapPhrase(
    item.content,
    'Themenbereiche Innovative Digitalisierungen',
    mark('c-1'),
  );
  content = wrapPhrase(content, 'Sicherheitsthema sei eminent', mark('c-3'));
  content = wrapPhrase(content, 'kurzfristig', suggestion('s-1', 'delete'));
  content = wrapPhrase(content, ' gesehenen', suggestion('s-2', 'insert'));
  let doc: ProtocolDocument = { ...draft, items: [{ ...item, content }] };
  const at = '2018-07-03T09:00:00.000Z';
  doc = addComment(doc, {
    id: 'c-1',
    itemId: item.id,
    quote: 'Themenbereiche Innovative Digitalisierungen',
    author: 'BM Dr. Mayer',
    text: 'Bitte die Bereiche einzeln nennen.',
    at,
  }).document;
  doc = replyToComment(doc, 'c-1', { author: 'Herr Häbe', text: 'Mache ich.', at });
  doc = addComment(doc, {
    id: 'c-2',
    itemId: item.id,
    quote: 'Ein gestrichener Satz',
    author: 'StR Perc',
    text: 'War das so gesagt?',
    at,
  }).document;
  doc = addComment(doc, {
    id: 'c-3',
    itemId: item.id,
    quote: 'Sicherheitsthema sei eminent',
    author: 'BM Dr. Mayer',
    text: 'Wortlaut prüfen.',
    at,
  }).document;
  return resolveComment(doc, 'c-3', 'Herr Häbe', at);
}

/** The person at this machine is now `name` (the name line of a dialog or panel). */
async function signInAs(scope: Locator, name: string): Promise<void> {
  if ((await scope.getByTestId('signer-name').count()) === 0) {
    await scope.getByRole('button', { name: 'Ändern' }).click();
  }
  await scope.getByTestId('signer-name').fill(name);
  await scope.getByRole('button', { name: 'Übernehmen' }).click();
  await expect.poll(() => scope.getByTestId('signer').textContent()).toBe(name);
}

const passphraseOf = (name: string) => `Passphrase von ${name}`;

/** As signInAs, and the signer makes their own key with a passphrase where none is here yet. */
async function signerWithKey(scope: Locator, name: string): Promise<void> {
  await signInAs(scope, name);
  const fingerprint = scope.locator('.pk-signer .pk-fingerprint');
  await expect
    .poll(async () => (await scope.getByTestId('new-key').count()) + (await fingerprint.count()))
    .toBe(1);
  if ((await scope.getByTestId('new-key').count()) === 1) {
    await scope.getByTestId('new-key-passphrase').fill(passphraseOf(name));
    await scope.getByTestId('new-key-repeat').fill(passphraseOf(name));
    await scope.getByRole('button', { name: 'Schlüssel anlegen' }).click();
  }
  await expect.poll(() => fingerprint.count()).toBe(1);
}

async function open(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => page.getByTestId('document-name').textContent()).toBe(name);
}

describe('comments, suggestions and corrections in the browser mode', () => {
  let browser: Browser;
  let dir: string;
  let userData: string;
  let web: WebMode | null = null;

  beforeAll(async () => {
    ensureCliBuilt();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-comments-'));
    userData = join(dir, 'user-data');
    await mkdir(userData);
    // The person at this machine, as the settings file holds it.
    await writeFile(
      join(userData, 'settings.json'),
      JSON.stringify({ language: 'de', autosaveToFile: false, userName: 'Herr Häbe' }),
    );
  });
  afterEach(async () => {
    await web?.stop();
    web = null;
    await rm(dir, { recursive: true, force: true });
  });

  it('lists threads per item, orphaned apart; reply, resolve, reopen; go to the passage', async () => {
    const file = join(dir, 'top12.protokoll');
    const draft = parseProtokoll(await readFile(STUTTGART_EXAMPLE, 'utf8'), 'x');
    await writeFile(file, serializeProtokoll(reviewedDraft(draft)));
    web = await startWebMode({ userDataDir: userData, files: [file] });
    const { page, context, errors } = await newPage(browser, { width: 1400, height: 900 });
    await open(page, web.url, 'top12.protokoll');
    await page.getByTestId('review-toggle').click();
    const panel = page.getByTestId('review-panel');
    const commentsTab = panel.getByRole('tab', { name: /Kommentare/ });
    expect(await commentsTab.textContent()).toBe('Kommentare2');
    await commentsTab.click();
    const comments = panel.getByTestId('comments-panel');
    const c1 = comments.getByTestId('thread-c-1');
    expect(await c1.locator('.pk-thread-quote').textContent()).toBe(
      'Themenbereiche Innovative Digitalisierungen',
    );
    expect(await c1.textContent()).toContain('Bitte die Bereiche einzeln nennen.');
    expect(await c1.textContent()).toContain('Mache ich.');
    expect(await comments.locator('.pk-thread-group h3').first().textContent()).toContain('TOP 12');
    // the orphaned thread apart; the resolved one hidden until asked for
    expect(await comments.getByTestId('orphaned-comments').getByTestId('thread-c-2').count()).toBe(
      1,
    );
    expect(await comments.getByTestId('thread-c-3').count()).toBe(0);
    await comments.getByLabel(/Erledigte zeigen/).check();
    expect(await comments.getByTestId('thread-c-3').textContent()).toContain(
      'Erledigt von Herr Häbe',
    );
    await comments.getByLabel(/Erledigte zeigen/).uncheck();

    await c1.getByRole('button', { name: 'Antworten' }).click();
    await c1.getByLabel('Antwort an BM Dr. Mayer').fill('Ist ergänzt.');
    await c1.getByRole('button', { name: 'Senden' }).click();
    await expect.poll(() => c1.locator('.pk-reply').count()).toBe(2);
    await c1.getByRole('button', { name: 'Erledigt' }).click();
    await expect.poll(() => comments.getByTestId('thread-c-1').count()).toBe(0);
    await comments.getByLabel(/Erledigte zeigen/).check();
    await comments.getByTestId('thread-c-1').getByRole('button', { name: 'Wieder öffnen' }).click();
    await expect
      .poll(() => comments.getByTestId('thread-c-1').getAttribute('class'))
      .not.toContain('is-resolved');

    // "Zur Stelle" from the people page brings the workspace to the thread's item.
    await page.getByRole('button', { name: /^Personen/ }).click();
    await page.locator('[data-region="attendance"]').waitFor();
    expect(await page.locator('[data-region="text"]').count()).toBe(0);
    await comments.getByTestId('thread-c-1').getByRole('button', { name: 'Zur Stelle' }).click();
    await page.locator('[data-region="text"]').waitFor();
    expect(await page.locator('[data-region="attendance"]').count()).toBe(0);

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    const stored = parseProtokoll(await readFile(file, 'utf8'), 'x');
    const thread = stored.comments.find((c) => c.id === 'c-1')!;
    expect(thread.resolved).toBe(false);
    expect(thread.replies.map((r) => [r.author, r.text])).toEqual([
      ['Herr Häbe', 'Mache ich.'],
      ['Herr Häbe', 'Ist ergänzt.'],
    ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('accepts and rejects suggestions; the text follows', async () => {
    const file = join(dir, 'top12.protokoll');
    const draft = parseProtokoll(await readFile(STUTTGART_EXAMPLE, 'utf8'), 'x');
    await writeFile(file, serializeProtokoll(reviewedDraft(draft)));
    web = await startWebMode({ userDataDir: userData, files: [file] });
    const { page, context, errors } = await newPage(browser, { width: 1400, height: 900 });
    await open(page, web.url, 'top12.protokoll');
    await page.getByTestId('review-toggle').click();
    const panel = page.getByTestId('review-panel');
    await panel.getByRole('tab', { name: /Vorschläge/ }).click();
    const list = panel.getByTestId('suggestions-panel');
    expect(await list.getByTestId('suggestion-s-1').textContent()).toContain('Streichen');
    expect(await list.getByTestId('suggestion-s-1').textContent()).toContain('kurzfristig');
    expect(await list.getByTestId('suggestion-s-2').textContent()).toContain('Einfügen');

    await list.getByTestId('suggestion-s-1').getByRole('button', { name: 'Annehmen' }).click();
    await expect.poll(() => list.getByTestId('suggestion-s-1').count()).toBe(0);
    await list.getByTestId('suggestion-s-2').getByRole('button', { name: 'Ablehnen' }).click();
    await expect.poll(() => list.textContent()).toContain('Keine Änderungsvorschläge.');
    // the editor shows the decided text
    await expect
      .poll(() => page.locator('[contenteditable=true]').first().textContent())
      .toContain('reagierten auf die  Aufgabenstellungen');

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    const text = contentToPlainText(
      parseProtokoll(await readFile(file, 'utf8'), 'x').items[0]!.content,
    );
    expect(text).toContain('reagierten auf die  Aufgabenstellungen');
    expect(text).not.toContain('kurzfristig');
    expect(text).not.toContain('gesehenen');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a correction to approved minutes, linked by hash and signed; the text stays', async () => {
    const file = join(dir, 'signed.protokoll');
    // Chair and clerk made their keys at this machine and signed the minutes with them: only
    // the key that signed a place may sign a correction for it.
    const keys = new IdentityStore(userData, keyFileProtector);
    const own = [];
    for (const name of ['BM Dr. Mayer', 'Herr Häbe']) {
      await keys.create(name, passphraseOf(name));
      own.push(await keys.unlock(name, passphraseOf(name)));
    }
    // The two members who sign, as the signed example names them.
    const draft = loadDocument(STUTTGART_EXAMPLE);
    ['StR Dr. Reiners', 'StR Perc'].forEach((name, index) => {
      const person = draft.people.find((p) => formalName(p) === name);
      if (person) draft.rules.signatories[index + 1]!.personId = person.id;
    });
    await writeFile(file, serializeProtokoll(signedOff(draft, '2018-07-02', own)));
    const original = parseProtokoll(await readFile(file, 'utf8'), 'x');
    web = await startWebMode({ userDataDir: userData, files: [file] });
    const { page, context, errors } = await newPage(browser, { width: 1400, height: 900 });
    await open(page, web.url, 'signed.protokoll');
    expect(await page.getByTestId('readonly-banner').textContent()).toContain('freigegeben');

    await page
      .getByTestId('readonly-banner')
      .getByRole('button', { name: /Berichtigung/ })
      .click();
    const dialog = page.getByTestId('correction-dialog');
    await dialog.locator('[data-field="concerns"]').fill('TOP 12, Verhandlung, Absatz 1');
    await dialog
      .locator('[data-field="text"]')
      .fill('Statt „IT-Effizienzmanagement“ muss es „IT-Effizienz“ heißen.');
    await dialog
      .locator('[data-field="decidedIn"]')
      .fill('Sitzung des Verwaltungsausschusses vom 11.07.2018, TOP 1');
    await dialog.getByRole('button', { name: 'Berichtigung hinzufügen' }).click();
    const panel = page.getByTestId('review-panel');
    const card = panel.locator('.pk-correction');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Betrifft: TOP 12, Verhandlung, Absatz 1');
    expect(await card.textContent()).toContain('Unterschriften 0 von 4');

    // signed by the chair and the clerk, each under their own name at this machine
    await signerWithKey(panel, 'BM Dr. Mayer');
    const passphrase = card.locator('[data-testid^="correction-passphrase-"]');
    // the place of the person at the machine is proposed
    expect(await card.getByRole('combobox').inputValue()).toBe('0');
    expect(await card.getByRole('combobox').locator('option').allTextContents()).toEqual([
      'Vorsitz – BM Dr. Mayer',
      'Mitglied des Ausschusses – StR Dr. Reiners',
      'Mitglied des Ausschusses – StR Perc',
      'Protokollführung – Herr Häbe',
    ]);
    await passphrase.fill(passphraseOf('BM Dr. Mayer'));
    await card.getByRole('button', { name: 'Unterzeichnen' }).click();
    await expect.poll(() => card.textContent()).toContain('Unterschriften 1 von 4');
    expect(await card.textContent()).toContain('Vorsitz: BM Dr. Mayer');
    // the same person cannot sign the correction twice
    await card.getByRole('combobox').selectOption({ label: 'Protokollführung – Herr Häbe' });
    await passphrase.fill(passphraseOf('BM Dr. Mayer'));
    await card.getByRole('button', { name: 'Unterzeichnen' }).click();
    await expect
      .poll(() => card.getByRole('alert').textContent())
      .toBe('BM Dr. Mayer hat diese Berichtigung bereits unterzeichnet.');
    await signerWithKey(panel, 'Herr Häbe');
    expect(await card.getByRole('combobox').inputValue()).toBe('3');
    await passphrase.fill(passphraseOf('Herr Häbe'));
    await card.getByRole('button', { name: 'Unterzeichnen' }).click();
    await expect.poll(() => card.textContent()).toContain('Unterschriften 2 von 4');
    expect(await card.locator('.pk-validity.is-valid').count()).toBe(2);

    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    const stored = parseProtokoll(await readFile(file, 'utf8'), 'x');
    expect(stored.items).toEqual(original.items);
    expect(stored.signatures).toEqual(original.signatures);
    const correction = stored.corrections[0]!;
    expect(correction).toMatchObject({
      concerns: 'TOP 12, Verhandlung, Absatz 1',
      decidedIn: 'Sitzung des Verwaltungsausschusses vom 11.07.2018, TOP 1',
      author: 'Herr Häbe',
    });
    expect(correction.signatures.map((s) => [s.label, s.name])).toEqual([
      ['Vorsitz', 'BM Dr. Mayer'],
      ['Protokollführung', 'Herr Häbe'],
    ]);
    expect(correctionSignatureValid(correction, 0)).toBe(true);
    expect(correctionSignatureValid(correction, 1)).toBe(true);
    expect(correction.baseHash).toBe(contentHash(original));
    // the signed minutes still verify against the body's keyring: the correction is beside
    // them, not in them
    const keyring = join(dir, 'schluesselverzeichnis.json');
    await writeFile(keyring, JSON.stringify(keyringFor(stored)));
    const verify = runCli(['verify', file, '--keyring', keyring]);
    expect(verify.status, verify.stderr).toBe(0);
    expect(verify.stdout).toContain(
      `Prüfsumme (SHA-256): ${correction.baseHash.slice(0, 32).match(/.{4}/g)!.join(' ')}`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
