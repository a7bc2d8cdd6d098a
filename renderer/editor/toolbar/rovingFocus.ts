import type { KeyboardEvent } from 'react';

const ITEM_SELECTOR = '[data-toolbar-item]:not([disabled])';

function items(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(ITEM_SELECTOR)).filter(
    (el) => el.closest('[data-toolbar-popup]') === null,
  );
}

/** Keeps exactly one toolbar item in the tab order: the focused one, or the first. */
export function syncTabStops(container: HTMLElement, active?: HTMLElement | null): void {
  const all = items(container);
  const current =
    active && all.includes(active) ? active : (all.find((el) => el.tabIndex === 0) ?? all[0]);
  for (const el of all) el.tabIndex = el === current ? 0 : -1;
}

export function focusToolbar(container: HTMLElement): void {
  const all = items(container);
  const target = all.find((el) => el.tabIndex === 0) ?? all[0];
  target?.focus();
}

/**
 * The WAI-ARIA toolbar pattern: one tab stop, Left/Right (and Home/End) move between items,
 * Escape hands the focus back to the text.
 */
export function rovingKeyDown(
  root: HTMLElement | null,
  event: KeyboardEvent<HTMLElement>,
  onEscape: () => void,
): void {
  if (!root) return;
  const target = event.target as HTMLElement;
  if (target.closest('[data-toolbar-popup]')) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    onEscape();
    return;
  }
  const all = items(root);
  const index = all.indexOf(target);
  if (index < 0) return;
  let next: number | null = null;
  if (event.key === 'ArrowRight') next = (index + 1) % all.length;
  else if (event.key === 'ArrowLeft') next = (index - 1 + all.length) % all.length;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = all.length - 1;
  if (next === null) return;
  event.preventDefault();
  const el = all[next]!;
  syncTabStops(root, el);
  el.focus();
}
