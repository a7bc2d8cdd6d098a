/**
 * F6 / Shift+F6: the regions of the window in order (menu bar, agenda, item header, text, side
 * panels, status bar), as office programs cycle them. A region is whatever carries
 * `data-region` (or is the menu bar); hidden and inert ones are skipped, so a folded agenda, a
 * signed document's inert desk or a closed panel never traps the focus.
 */
const REGION_SELECTOR = '.pk-menubar, [data-region]';

const FOCUSABLE =
  '[contenteditable="true"], [tabindex="0"], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]';

function visible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && !element.closest('[inert]');
}

/** The regions a keyboard user can reach now, in document order. */
export function regions(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(REGION_SELECTOR)].filter(visible);
}

/** A modal dialog is open: F6 must not lead out of it. */
function modalOpen(): boolean {
  return (
    document.querySelector('[aria-modal="true"], dialog[open]:modal, .pk-modal-backdrop') !== null
  );
}

/** Focuses the first control of a region; a region without one (read-only) takes the focus itself. */
function focusRegion(region: HTMLElement): void {
  // The text region means the text, not its toolbar.
  const text = region.querySelector<HTMLElement>('[contenteditable="true"]');
  const target =
    text ??
    [...region.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
      (el) => visible(el) && el.tabIndex >= 0,
    );
  if (target) {
    target.focus();
    return;
  }
  if (!region.hasAttribute('tabindex')) region.tabIndex = -1;
  region.focus();
}

/** Moves the focus to the next (or previous) region; false when there is none to move to. */
export function cycleRegion(backward: boolean): boolean {
  if (modalOpen()) return false;
  const list = regions();
  if (list.length === 0) return false;
  const active = document.activeElement;
  // The innermost region holding the focus (the item header lies inside the desk's page).
  let at = -1;
  list.forEach((region, index) => {
    if (active && region.contains(active)) at = index;
  });
  const step = backward ? list.length - 1 : 1;
  const next = at === -1 ? (backward ? list.length - 1 : 0) : (at + step) % list.length;
  focusRegion(list[next]!);
  return true;
}
