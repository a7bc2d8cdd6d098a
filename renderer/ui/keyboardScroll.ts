import { useEffect, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, [contenteditable="true"], [tabindex]';

/**
 * A box that scrolls but holds nothing the keyboard can reach cannot be scrolled without a
 * mouse (a long list of import notes at 200 % zoom; axe: scrollable-region-focusable). While it
 * overflows with nothing focusable inside, the box itself joins the tab order, so the arrow and
 * page keys scroll it; once it fits again, or a control inside can take the focus, it leaves.
 */
export function useKeyboardScrollable(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let ours = false;
    const update = () => {
      const overflows =
        node.scrollHeight > node.clientHeight + 1 || node.scrollWidth > node.clientWidth + 1;
      const reachable = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)].some(
        (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled,
      );
      const wanted = overflows && !reachable;
      if (wanted && !ours) {
        node.tabIndex = 0;
        ours = true;
      } else if (!wanted && ours) {
        node.removeAttribute('tabindex');
        ours = false;
      }
    };
    update();
    const resize = new ResizeObserver(update);
    resize.observe(node);
    const mutations = new MutationObserver(update);
    mutations.observe(node, { childList: true, subtree: true, attributes: true });
    return () => {
      resize.disconnect();
      mutations.disconnect();
    };
  }, [ref]);
}
