import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * The window sizes a clerk and a chair meet: a 13-inch laptop (1024×700) at 100 % and at 200 %
 * zoom. Browser zoom is a smaller CSS viewport drawn at a higher device pixel ratio, which is
 * exactly what a context with viewport/zoom and deviceScaleFactor=zoom gives (media queries,
 * container queries and layout see what they see under real zoom; screenshots stay 1024×700).
 */
export interface WindowSize {
  name: string;
  width: number;
  height: number;
  zoom: number;
}

export const LAPTOP: WindowSize = { name: '1024×700 100 %', width: 1024, height: 700, zoom: 1 };
export const LAPTOP_150: WindowSize = {
  name: '1024×700 150 %',
  width: 1024,
  height: 700,
  zoom: 1.5,
};
export const LAPTOP_200: WindowSize = { name: '1024×700 200 %', width: 1024, height: 700, zoom: 2 };
export const WIDE: WindowSize = { name: '1440×900 100 %', width: 1440, height: 900, zoom: 1 };

export async function pageAt(
  browser: Browser,
  size: WindowSize,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: {
      width: Math.round(size.width / size.zoom),
      height: Math.round(size.height / size.zoom),
    },
    deviceScaleFactor: size.zoom,
    locale: 'de-DE',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { context, page, errors };
}

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core on the page once its animations have run: the serious and critical violations (WCAG 2.x A/AA and best
 * practice rules). axe is evaluated through the debugging protocol, so the app's Content
 * Security Policy (no inline scripts) stays as it is. `within`: a selector to check only that
 * part (a dialog), not the page behind it.
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    // What is still fading or sliding in (a toast, a popover) is checked as it ends up, not
    // half-transparent: axe would measure the contrast of a frame of the animation. Endless
    // animations (a spinner) are not waited for.
    await Promise.all(
      document
        .getAnimations()
        .filter((animation) =>
          Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)),
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    );
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document | string,
            options: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(selector ?? document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      }));
  }, within);
}

export interface FitProblem {
  what: string;
  detail: string;
}

/**
 * What does not fit: a horizontal scrollbar anywhere (the page or any scrolling box), and any
 * visible control (button, field, option, link) that sticks out of the window or out of a box
 * that clips it sideways (a card wider than its panel hides its buttons that way).
 */
export async function fitProblems(page: Page): Promise<FitProblem[]> {
  return page.evaluate(() => {
    const problems: { what: string; detail: string }[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${String(el.className).split(' ').slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push({
        what: 'page scrolls sideways',
        detail: `${root.scrollWidth} > ${root.clientWidth}`,
      });
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (
        (style.overflowX === 'auto' || style.overflowX === 'scroll') &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.clientHeight > 0 &&
        // A table inside the text may scroll sideways on its own (wide tables are the text's).
        !el.closest('.pk-content')
      )
        problems.push({
          what: 'box scrolls sideways',
          detail: `${describe(el)} ${el.scrollWidth} > ${el.clientWidth}`,
        });
    }
    const controls = document.querySelectorAll<HTMLElement>(
      'button, input:not([type=hidden]), select, textarea, a[href], [role=option], [role=tab], [role=menuitem]',
    );
    for (const el of controls) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      // Radio and check inputs are drawn by their labels (segmented controls hide them).
      if (
        el instanceof HTMLInputElement &&
        (el.type === 'radio' || el.type === 'checkbox') &&
        rect.width <= 1
      )
        continue;
      if (rect.right > window.innerWidth + 1 || rect.left < -1) {
        problems.push({
          what: 'control outside the window',
          detail: `${describe(el)} ${Math.round(rect.left)}–${Math.round(rect.right)}`,
        });
        continue;
      }
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        const overflow = getComputedStyle(box).overflowX;
        if (overflow === 'visible') continue;
        const clip = box.getBoundingClientRect();
        if (rect.right > clip.right + 1 || rect.left < clip.left - 1) {
          problems.push({
            what: 'control cut off by its box',
            detail: `${describe(el)} in ${describe(box)}: ${Math.round(rect.left)}–${Math.round(rect.right)} vs ${Math.round(clip.left)}–${Math.round(clip.right)}`,
          });
        }
        break;
      }
    }
    return problems;
  });
}
