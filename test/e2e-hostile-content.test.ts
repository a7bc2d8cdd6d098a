import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { paragraph } from '../core/content/build';
import { contentToPlainText } from '../core/content/walk';
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import { launchBrowser, newPage, patientPolls } from './support/browser';
import { docxPart, textOf, unzip } from './support/docx';
import { exportAs, exported } from './support/export';
import { pdfText } from './support/pdf';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

vi.setConfig(patientPolls);

/**
 * Nothing let in, nothing sent out: minutes whose text holds remote image links, script and
 * style tags, frames and other URL-bearing strings are opened, edited (typed and pasted HTML
 * with remote images), previewed (Ctrl+P) and exported (DOCX, PDF) in the real app in Chromium.
 * No request may leave 127.0.0.1:<app port>: Playwright watches every request of the browser
 * context, and a canary HTTP server named in every hostile URL catches fetches by any other
 * process (the server, the PDF engine). The hostile strings end up as inert text everywhere.
 */

let canary: Server;
let canaryUrl: string;
const canaryHits: string[] = [];

/**
 * Elements a hostile string would have become had it been taken as markup. Lexical's own
 * caret helper (an <img> without a source next to decorators) is not one of them.
 */
const FOREIGN =
  'img[src], img[srcset], script, iframe, object, embed, svg, link, meta, base, a[href^="javascript"]';

function hostileStrings(): string[] {
  return [
    `<img src="${canaryUrl}/img.png">`,
    '<img src="http://example.org/x.png" onerror="alert(1)">',
    `<script src="${canaryUrl}/script.js"></script>`,
    `<link rel="stylesheet" href="${canaryUrl}/style.css">`,
    `<iframe src="${canaryUrl}/frame.html"></iframe>`,
    `<object data="${canaryUrl}/object.swf"></object>`,
    `<svg><image href="${canaryUrl}/svg.png"/></svg>`,
    `<meta http-equiv="refresh" content="0;url=${canaryUrl}/refresh">`,
    `background: url(${canaryUrl}/bg.png)`,
    `@import url("${canaryUrl}/import.css");`,
    `![Bild](${canaryUrl}/markdown.png)`,
    `${canaryUrl}/plain-link`,
    '<a href="javascript:alert(1)">klick</a>',
    '\\\\fileserver\\freigabe\\bild.png',
    'file:///etc/passwd',
  ];
}

async function typeAtEnd(page: Page, text: string): Promise<void> {
  const paragraph = page
    .locator('[contenteditable=true] section[data-title="Verhandlung"] p')
    .first();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type(` ${text}`);
}

/** A real paste event with clipboard HTML on the focused editor, as a browser delivers it. */
async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    transfer.setData('text/plain', 'Eingefügt');
    const target = document.activeElement ?? document.querySelector('[contenteditable=true]')!;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, html);
}

/** Watches every request of a browser context and refuses those that leave the app. */
async function watch(
  context: BrowserContext,
  appOrigin: string,
): Promise<{ outside: Set<string>; seen: string[] }> {
  const outside = new Set<string>();
  const seen: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // Not the network: the page's own data and blob URLs.
    if (url.startsWith(appOrigin) || /^(data|blob):/.test(url)) return route.continue();
    outside.add(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    seen.push(url);
    if (!/^(data|blob|about):/.test(url) && !url.startsWith(appOrigin)) outside.add(url);
  });
  return { outside, seen };
}

describe('hostile content: no request leaves 127.0.0.1, every hostile string stays text', () => {
  let browser: Browser;
  let dir: string;
  let folder: string;
  let file: string;
  let web: WebMode;

  beforeAll(async () => {
    canary = createServer((request, response) => {
      canaryHits.push(`${request.method} ${request.url}`);
      response.writeHead(204).end();
    });
    await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
    canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;

    dir = await mkdtemp(join(tmpdir(), 'pk-e2e-hostile-'));
    folder = join(dir, 'Niederschriften');
    await mkdir(folder);
    file = join(folder, 'feindlich.protokoll');
    await copyFile(STUTTGART_EXAMPLE, file);
    const doc = parseProtokoll(await readFile(file, 'utf8'), 'feindlich.protokoll');
    const hostile = hostileStrings();
    doc.body.name = `${hostile[0]} ${doc.body.name}`;
    doc.meeting.place = hostile[4]!;
    doc.items[0]!.title = `${doc.items[0]!.title} ${hostile[2]}`;
    for (const value of hostile)
      doc.items[0]!.content.root.children.push(paragraph(`Text: ${value} Ende`));
    // Through the format both ways: what the app will read is a valid file.
    const text = serializeProtokoll(doc);
    parseProtokoll(text, 'feindlich.protokoll');
    await writeFile(file, text);

    browser = await launchBrowser();
    web = await startWebMode({ userDataDir: join(dir, 'user-data'), files: [file] });
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    await new Promise((resolve) => canary?.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('open, edit, paste, preview and export without a single request elsewhere', async () => {
    const { page, context, errors } = await newPage(browser, { collectErrors: true });
    const appOrigin = `http://127.0.0.1:${web.port}/`;
    const { outside, seen } = await watch(context, appOrigin);

    // The watch is live: a request elsewhere from this browser is seen and refused, and the
    // canary counts what reaches it.
    const probe = await newPage(browser, { collectErrors: false });
    const probeWatch = await watch(probe.context, appOrigin);
    await probe.page.goto(`${canaryUrl}/probe`).catch(() => undefined);
    expect([...probeWatch.outside]).toEqual([`${canaryUrl}/probe`]);
    await probe.context.close();
    await fetch(`${canaryUrl}/probe`);
    expect(canaryHits).toEqual(['GET /probe']);
    canaryHits.length = 0;

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // Open
    await page.goto(web.url);
    await expect
      .poll(() => page.getByTestId('document-name').textContent())
      .toBe('feindlich.protokoll');
    const editor = page.locator('[contenteditable=true]').first();
    const hostile = hostileStrings();
    for (const value of hostile) {
      await expect.poll(() => editor.textContent()).toContain(value);
    }
    // The hostile strings are text in the editor, not elements.
    expect(await editor.locator(FOREIGN).count()).toBe(0);

    // Edit: typed markup and pasted HTML with remote images
    const typed = `<img src="${canaryUrl}/typed.png">`;
    await typeAtEnd(page, typed);
    await expect.poll(() => editor.textContent()).toContain(typed);
    const hostileHtml = await readFile(
      new URL('../renderer/editor/paste/fixtures/hostile.html', import.meta.url),
      'utf8',
    );
    await pasteHtml(
      page,
      `<p>Eingefügt <img src="${canaryUrl}/pasted.png" width="1" height="1"> mit Bild</p>` +
        `<p style="background:url(${canaryUrl}/pasted-bg.png)">Hintergrund</p>` +
        hostileHtml.replaceAll('https://evil.example', canaryUrl),
    );
    await expect.poll(() => editor.textContent()).toContain('mit Bild');
    expect(await editor.locator(FOREIGN).count()).toBe(0);

    // Preview (Ctrl+P): the print HTML in its sandboxed frame
    await page.keyboard.press('Control+p');
    const preview = page.frameLocator('[data-testid=preview] iframe');
    await expect.poll(() => preview.locator('body').textContent()).toContain('Niederschrift');
    const previewText = (await preview.locator('body').textContent()) ?? '';
    for (const value of [...hostile, typed]) expect(previewText).toContain(value);
    // The print page's own CSP meta is welcome; a refresh, a base or a remote link is not.
    expect(
      await preview
        .locator(`${FOREIGN.replace(', meta,', ',')}, meta[http-equiv="refresh" i]`)
        .count(),
    ).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('preview').count()).toBe(0);

    // Save, then export DOCX and PDF
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^Gespeichert/);
    for (const kind of ['DOCX', 'PDF'] as const) {
      await exportAs(page, kind, 'feindlich');
      await exported(page, `feindlich.${kind.toLowerCase()}`, 90_000);
    }

    // Let any late fetch (a lazy image, a prefetch) arrive before counting.
    await page.waitForTimeout(1000);
    expect([...outside]).toEqual([]);
    expect(canaryHits).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    expect(seen.some((url) => url.startsWith(`${appOrigin}api/export.write`))).toBe(true);

    // The saved file holds the hostile strings as text.
    const saved = parseProtokoll(await readFile(file, 'utf8'), 'feindlich.protokoll');
    const savedText = contentToPlainText(saved.items[0]!.content);
    for (const value of [...hostile, typed]) expect(savedText).toContain(value);
    expect(savedText).toContain('mit Bild');

    // DOCX: the strings are w:t text; no external relationship, no hyperlink, no image.
    const docx = await readFile(join(folder, 'feindlich.docx'));
    const body = docxPart(docx, 'word/document.xml');
    const docxText = textOf(body);
    for (const value of [...hostile, typed]) expect(docxText).toContain(value);
    for (const [name, part] of unzip(docx)) {
      const xml = new TextDecoder().decode(part);
      expect(xml, name).not.toMatch(/TargetMode="External"|<w:hyperlink|<w:drawing|<v:imagedata/);
      if (name.endsWith('.rels')) expect(xml, name).not.toMatch(/Target="(https?:|file:|\\\\)/i);
      // Outside text (escaped, inert), in elements and attributes, nothing names the canary.
      const markup = xml.replace(/>[^<]*</g, '><');
      expect(markup, name).not.toContain(canaryUrl.replace('http://', ''));
    }
    expect([...unzip(docx).keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);

    // PDF: the strings are text; no link, launch or script action.
    const pdfPath = join(folder, 'feindlich.pdf');
    const pdf = await readFile(pdfPath);
    const text = pdfText(pdfPath).replace(/\s+/g, ' ');
    for (const value of [
      '<script src=',
      '<img src=',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      expect(text).toContain(value);
    }
    expect(pdf.toString('latin1')).not.toMatch(/\/URI\s*\(|\/Launch|\/JavaScript|\/JS\s*[(<]/);
    await context.close();
  }, 300_000);
});
