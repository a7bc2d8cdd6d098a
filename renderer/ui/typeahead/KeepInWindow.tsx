import { useEffect, useLayoutEffect, useRef, type HTMLAttributes, type ReactNode } from 'react';

const MARGIN = 8;

/** The caret's rectangle in the viewport, if the selection has one. */
function caretRect(): DOMRect | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return rect.height > 0 ? rect : null;
}

/**
 * Places a menu that hangs under the caret (the "/" snippet menu, the "@" speaker menu) inside
 * the window: when there is no room below the line it opens above it; when there is room on
 * neither side it gets the larger one and scrolls; it never runs past the right edge. Lexical's
 * own flip needs room above within the editor, which a short item or 200 % zoom does not have.
 */
export function placeInWindow(element: HTMLElement): void {
  element.style.transform = '';
  element.style.maxHeight = '';
  const rect = element.getBoundingClientRect();
  const width = window.innerWidth;
  const height = window.innerHeight;
  let dx = 0;
  if (rect.right > width - MARGIN) dx = width - MARGIN - rect.right;
  if (rect.left + dx < MARGIN) dx = MARGIN - rect.left;
  let dy = 0;
  if (rect.bottom > height - MARGIN) {
    const caret = caretRect();
    const lineTop = caret ? caret.top : rect.top;
    const lineBottom = caret ? caret.bottom : rect.top;
    const below = height - MARGIN - (lineBottom + 4);
    const above = lineTop - 4 - MARGIN;
    if (above >= rect.height || above > below) {
      const fit = Math.min(rect.height, above);
      if (fit < rect.height) element.style.maxHeight = `${fit}px`;
      dy = lineTop - 4 - fit - rect.top;
    } else {
      element.style.maxHeight = `${Math.max(below, 0)}px`;
    }
  }
  if (dx !== 0 || dy !== 0) element.style.transform = `translate(${dx}px, ${dy}px)`;
}

export function KeepInWindow({
  children,
  ...rest
}: HTMLAttributes<HTMLDivElement> & { children: ReactNode; 'data-testid'?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  // After every render (the list changes with each typed letter) and after the editor moved the
  // anchor (scrolling, resizing): Lexical places the anchor in its own listeners, so wait a frame.
  useLayoutEffect(() => {
    if (ref.current) placeInWindow(ref.current);
  });
  useEffect(() => {
    let frame = 0;
    const again = () => {
      window.cancelAnimationFrame(frame);
      frame = window.requestAnimationFrame(() => {
        if (ref.current) placeInWindow(ref.current);
      });
    };
    window.addEventListener('resize', again);
    window.addEventListener('scroll', again, true);
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('resize', again);
      window.removeEventListener('scroll', again, true);
    };
  }, []);
  return (
    <div ref={ref} {...rest}>
      {children}
    </div>
  );
}
