import { readFileSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import type { ItemContent } from '../../core/content/nodes';
import { parseProtokoll } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { findTemplate } from '../../core/templates/registry';
import { sectionsContent } from '../../core/templates/instantiate';
import type { SectionTemplate } from '../../core/templates/schema';
import { buildAndServeHarness } from './harness-page';
import { STUTTGART_EXAMPLE } from './seed';

/**
 * The editor's test page (renderer/harness/editor.html): built with the project's Vite config
 * into a temporary folder (only this page, so others' pages in progress cannot break it),
 * served from 127.0.0.1 and opened in the system Chromium.
 */

export interface EditorHarness {
  browser: Browser;
  /** A fresh page with the editor mounted on `content`; fails on any page error. */
  open(options: MountOptions, viewport?: { width: number; height: number }): Promise<EditorPage>;
  close(): Promise<void>;
}

export interface MountOptions {
  content: ItemContent;
  sections: SectionTemplate[];
  lang?: 'de' | 'en';
  readOnly?: boolean;
  changeDelayMs?: number;
  /** The document the item belongs to (roster, attendance, body). */
  document?: ProtocolDocument;
  /** Default: the document's first item. */
  itemId?: string;
  /** Offer comments (the page records the threads asked for). */
  comments?: boolean;
  activeCommentId?: string | null;
  /** Offer snippets over the page's in-memory host. */
  snippets?: boolean;
  suggestionMode?: boolean;
  author?: string;
}

export interface EditorPage {
  page: Page;
  /** The editable root. */
  content: string;
  /** Errors the page threw or logged so far. */
  errors: string[];
  getContent(): Promise<ItemContent>;
}

export const CONTENT = '[data-testid="item-editor-content"]';

export async function startEditorHarness(): Promise<EditorHarness> {
  // PROTOKOLLANT_HARNESS_DEV=1 builds unminified with Lexical's development messages.
  const { url, outDir, server } = await buildAndServeHarness(
    'editor',
    process.env.PROTOKOLLANT_HARNESS_DEV === '1',
  );
  const browser = await launchBrowser();
  const pages: Page[] = [];
  return {
    browser,
    async open(options, viewport = { width: 1200, height: 900 }) {
      const context = await browser.newContext({ viewport, locale: 'de-DE' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(url).origin,
      });
      const page = await context.newPage();
      pages.push(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(url);
      await page.waitForFunction(() => 'editorHarness' in window);
      await page.evaluate((o) => window.editorHarness.mount(o), options);
      await page.waitForSelector(CONTENT);
      await page.evaluate(() => document.fonts.ready);
      return {
        page,
        content: CONTENT,
        errors,
        getContent: () => page.evaluate(() => window.editorHarness.handle().getContent()),
      };
    },
    async close() {
      await Promise.all(
        pages.map((p) =>
          p
            .context()
            .close()
            .catch(() => undefined),
        ),
      );
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

// ---- test data ----

export function stuttgartDocument(): ProtocolDocument {
  return parseProtokoll(readFileSync(STUTTGART_EXAMPLE, 'utf8'), 'stuttgart');
}

export function stuttgartSections(): SectionTemplate[] {
  const template = findTemplate('stuttgart-ausschuss-top');
  if (!template) throw new Error('template missing');
  return template.sections;
}

/** A new item's text: the template's sections with their skeletons. */
export function emptyStuttgartItem(): ItemContent {
  return sectionsContent(stuttgartSections());
}

/** Places the caret at the end of the text of the element matched by `selector`. */
export async function caretAtEnd(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
}

/** Places the caret at the start of the element matched by `selector`. */
export async function caretAtStart(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no ${sel}`);
    const range = document.createRange();
    range.selectNodeContents(el);
    range.collapse(true);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);
}

/** Dispatches a real paste event with the given clipboard data at the current selection. */
export async function pasteData(page: Page, data: Record<string, string>): Promise<void> {
  await page.evaluate(
    ({ selector, data }) => {
      const transfer = new DataTransfer();
      for (const [type, value] of Object.entries(data)) transfer.setData(type, value);
      const target = document.querySelector(selector)!;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    },
    { selector: CONTENT, data },
  );
}

/** Section texts as the page shows them: [section key, text] in order. */
export async function sectionTexts(page: Page): Promise<[string, string][]> {
  return page.$$eval(`${CONTENT} section.pk-section`, (sections) =>
    sections.map((s) => [
      (s as HTMLElement).dataset.section ?? '',
      (s as HTMLElement).innerText.trim(),
    ]),
  );
}

/**
 * Selects the first occurrence of `needle` in the text under `selector` (it may span several
 * text nodes: formats, marks), focusing the editor first; `collapse` puts the caret at its
 * start or end instead.
 */
export async function selectText(
  page: Page,
  selector: string,
  needle: string,
  collapse?: 'start' | 'end',
): Promise<void> {
  await page.evaluate(
    ({ sel, needle, collapse, content }) => {
      const root = document.querySelector(sel);
      if (!root) throw new Error(`no ${sel}`);
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const all = nodes.map((n) => n.data).join('');
      const at = all.indexOf(needle);
      if (at < 0) throw new Error(`"${needle}" not found in ${sel}`);
      const startAt = collapse === 'end' ? at + needle.length : at;
      const endAt = collapse === 'start' ? at : at + needle.length;
      // A start belongs to the node it starts in, an end to the node it ends in (no helper
      // function here: the page gets this code as text).
      const points: [Text, number][] = [];
      for (const [offset, isEnd] of [
        [startAt, collapse === 'end'],
        [endAt, collapse !== 'start'],
      ] as [number, boolean][]) {
        let passed = 0;
        let found: [Text, number] | null = null;
        for (const node of nodes) {
          const size = node.data.length;
          if (isEnd ? offset <= passed + size : offset < passed + size) {
            found = [node, offset - passed];
            break;
          }
          passed += size;
        }
        const last = nodes[nodes.length - 1]!;
        points.push(found ?? [last, last.data.length]);
      }
      const [[startNode, startOffset], [endNode, endOffset]] = points as [
        [Text, number],
        [Text, number],
      ];
      (document.querySelector(content) as HTMLElement).focus();
      window.getSelection()!.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
    },
    { sel: selector, needle, collapse, content: CONTENT },
  );
  // Lexical reads the new selection on selectionchange.
  await page.waitForTimeout(50);
}
