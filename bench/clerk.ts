import type { Page } from 'playwright-core';

/** What has the focus, as the clerk would see it: enough to steer by keyboard. */
export interface Focused {
  /** The focused field's label (or aria-label), '' if none. */
  label: string;
  /** The button's or option's text. */
  text: string;
  testId: string;
  template: string;
  /** The caret is in the item's text. */
  inEditor: boolean;
  /** The editor section the caret is in, by its title. */
  section: string;
  /** The window region (F6) the focus is in: agenda, header, text, … */
  region: string;
  role: string;
  /** A list's active entry (aria-activedescendant): its text. */
  active: string;
}

/**
 * A scripted clerk at the keyboard. Every key goes through `press` or `type` and is counted,
 * per feature, with the characters the clerk meant to produce with it; nothing reaches the
 * page any other way (no fill, no insertText, no evaluate that writes). Reading the page to
 * decide the next key is allowed: a clerk looks at the screen too.
 */
export class Clerk {
  keys = 0;
  /** Keys pressed again because the app ignored the first one (a bug, reported). */
  retries = 0;
  /** Keys per feature (header, snippet, vote, typing, navigation, …). */
  readonly byFeature = new Map<string, number>();

  constructor(readonly page: Page) {}

  private count(feature: string, n: number): void {
    this.keys += n;
    this.byFeature.set(feature, (this.byFeature.get(feature) ?? 0) + n);
  }

  /** One key or one chord ("Control+s"): one key press. */
  async press(key: string, feature = 'navigation'): Promise<void> {
    this.count(feature, 1);
    await this.page.keyboard.press(key);
  }

  /** Text typed character by character: one key each. */
  async type(text: string, feature = 'typing'): Promise<void> {
    this.count(feature, [...text].length);
    // Short bursts: the editor's plugins (slash menu, mentions) react to each key as typed.
    await this.page.keyboard.type(text);
  }

  async focused(): Promise<Focused> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const editor = el?.closest('[data-testid="item-editor-content"]') ?? null;
      let section = '';
      if (editor) {
        const node = window.getSelection()?.anchorNode ?? null;
        const element = node instanceof Element ? node : (node?.parentElement ?? null);
        section = element?.closest('section[data-title]')?.getAttribute('data-title') ?? '';
      }
      const input = el as HTMLInputElement | null;
      return {
        label:
          input?.labels?.[0]?.textContent?.trim() ?? el?.getAttribute('aria-label')?.trim() ?? '',
        text: (el?.textContent ?? '').trim().slice(0, 80),
        testId: el?.getAttribute('data-testid') ?? '',
        template: el?.getAttribute('data-template') ?? '',
        inEditor: editor !== null,
        section,
        region: el?.closest('[data-region]')?.getAttribute('data-region') ?? '',
        role: el?.getAttribute('role') ?? '',
        active: (() => {
          const id = el?.getAttribute('aria-activedescendant');
          const entry = id ? document.getElementById(id) : null;
          return (entry?.textContent ?? '').trim().slice(0, 80);
        })(),
      };
    });
  }

  /** Tab (or another key) until `done` holds for the focus; every press counted. */
  async moveUntil(
    done: (f: Focused) => boolean,
    key = 'Tab',
    feature = 'navigation',
    max = 60,
  ): Promise<void> {
    for (let i = 0; i < max; i++) {
      const now = await this.focused();
      if (done(now)) return;
      await this.press(key, feature);
    }
    throw new Error(
      `keyboard: gave up after ${max}× ${key}: ${JSON.stringify(await this.focused())}`,
    );
  }

  /** Waits for a condition on the page (the clerk waits for the screen; no key). */
  async waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await check()) return;
      await this.page.waitForTimeout(25);
    }
    throw new Error(`waited in vain for ${what}`);
  }
}
