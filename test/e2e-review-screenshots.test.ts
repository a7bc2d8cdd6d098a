import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isElement, type ContentNode, type ItemContent } from '../core/content/nodes';
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { addComment } from '../core/review/comments';
import { returnToDraft, sendForReview, sign } from '../core/review/workflow';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * Screenshots of review and sign-off at a laptop's window size: the review panel, the word
 * diff and the sign dialog. Checked for what a person notices first (nothing cut off, no tab
 * strip running out of the panel); with PROTOKOLLANT_WRITE_SCREENSHOTS=1 they replace
 * docs/screenshots/{review,diff,sign}.png.
 */
const DOCS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const write = process.env.PROTOKOLLANT_WRITE_SCREENSHOTS === '1';

/** A key derived from the name, as the signed example's demo identities: for pictures only. */
const demo = (name: string) => ({
  name,
  secretKey: sha256(new TextEncoder().encode(`protokollant-demo-identity:${name}`)),
});

/** Replaces words in the item text, the way an editing clerk would. */
function edit(document: ProtocolDocument, changes: [string, string][]): ProtocolDocument {
  const visit = (node: ContentNode): ContentNode => {
    if (node.type === 'text') {
      let text = node.text;
      for (const [from, to] of changes) text = text.replace(from, to);
      return { ...node, text };
    }
    return isElement(node)
      ? ({ ...node, children: node.children.map(visit) } as ContentNode)
      : node;
  };
  return {
    ...document,
    items: document.items.map((item) => ({
      ...item,
      content: { ...item.content, root: visit(item.content.root) } as ItemContent,
    })),
  };
}

/** Sent, returned with remarks, edited, sent again; the chair and one member have signed. */
function inReview(draft: ProtocolDocument): ProtocolDocument {
  let doc = sendForReview(
    draft,
    'Herr Häbe',
    '2018-07-02T09:00:00+02:00',
    'Bitte bis Freitag prüfen.',
  );
  doc = returnToDraft(
    doc,
    'BM Dr. Mayer',
    '2018-07-03T16:20:00+02:00',
    'Bitte die Themenbereiche genauer fassen und das Sicherheitsthema sachlicher formulieren.',
  );
  doc = edit(doc, [
    ['kurzfristig gesehenen', 'kurzfristig erkannten'],
    ['sei eminent', 'habe hohe Priorität'],
    ['ca. 1,5 Mio. €', 'rund 1,5 Mio. €'],
  ]);
  const itemId = doc.items[0]!.id;
  doc = addComment(doc, {
    itemId,
    quote: 'Themenbereiche Innovative Digitalisierungen',
    author: 'BM Dr. Mayer',
    text: 'Passt so.',
    at: '2018-07-04T08:10:00+02:00',
  }).document;
  doc = sendForReview(doc, 'Herr Häbe', '2018-07-04T08:30:00+02:00', 'Überarbeitet.');
  doc = sign(doc, {
    slot: 0,
    identity: demo('BM Dr. Mayer'),
    personId: 'p-mayer',
    signedAt: '2018-07-05T10:00:00+02:00',
  });
  return sign(doc, {
    slot: 1,
    identity: demo('StR Dr. Reiners'),
    personId: 'p-reiners',
    signedAt: '2018-07-05T11:30:00+02:00',
  });
}

async function fitsHorizontally(locator: Locator): Promise<boolean> {
  return locator.evaluate((node) => node.scrollWidth <= node.clientWidth + 1);
}

async function insideViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width &&
    box.y + box.height <= size.height
  );
}

describe('review screenshots', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), 'pk-review-shots-'));
  });
  afterAll(async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('review panel, sign dialog and word diff', async () => {
    const out = write ? DOCS : join(dir, 'out');
    await mkdir(out, { recursive: true });
    const file = join(dir, 'VA 2018-06-27 TOP 12.protokoll');
    const draft = parseProtokoll(await readFile(STUTTGART_EXAMPLE, 'utf8'), 'x');
    await writeFile(file, serializeProtokoll(inReview(draft)));
    const userData = join(dir, 'user-data');
    await mkdir(userData);
    await writeFile(
      join(userData, 'settings.json'),
      JSON.stringify({ language: 'de', autosaveToFile: false, userName: 'StR Perc' }),
    );
    const web = await startWebMode({ userDataDir: userData, files: [file] });
    const { page, context, errors } = await newPage(browser, { width: 1366, height: 820 });
    try {
      await page.goto(web.url);
      await expect
        .poll(() => page.getByTestId('document-name').textContent())
        .toBe('VA 2018-06-27 TOP 12.protokoll');
      await page.getByTestId('review-toggle').click();
      const panel = page.getByTestId('review-panel');
      await expect.poll(() => panel.getByTestId('review-history').locator('li').count()).toBe(3);
      expect(await fitsHorizontally(panel.getByRole('tablist'))).toBe(true);
      expect(await fitsHorizontally(page.locator('.pk-docbar'))).toBe(true);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: join(out, 'review.png') });

      await panel.getByRole('button', { name: 'Unterzeichnen…' }).click();
      const sign = page.getByTestId('sign-dialog');
      // StR Perc makes the key at this machine with a passphrase of their own.
      await expect.poll(() => sign.getByTestId('new-key').count()).toBe(1);
      await sign.getByTestId('new-key-passphrase').fill('Passphrase von StR Perc');
      await sign.getByTestId('new-key-repeat').fill('Passphrase von StR Perc');
      await sign.getByRole('button', { name: 'Schlüssel anlegen' }).click();
      await expect.poll(() => sign.locator('.pk-signer .pk-fingerprint').count()).toBe(1);
      expect(await sign.getByTestId('slot-person-2').inputValue()).toBe('p-perc');
      expect(await insideViewport(page, sign)).toBe(true);
      await page.screenshot({ path: join(out, 'sign.png') });
      await sign.getByRole('button', { name: 'Schließen' }).click();

      await panel.getByRole('tab', { name: /Versionen/ }).click();
      await panel.getByRole('button', { name: 'Mit aktuellem Text vergleichen' }).nth(2).click();
      const diff = page.getByTestId('diff-dialog');
      await expect
        .poll(() => diff.getByTestId('diff-summary').textContent())
        .toBe('5 Wörter eingefügt, 4 Wörter gelöscht.');
      expect(await insideViewport(page, diff)).toBe(true);
      await page.screenshot({ path: join(out, 'diff.png') });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await web.stop();
    }
  });
});
