/**
 * Where the clerk was: the focused element and, in a text, the caret. A dialog or the menu bar
 * takes it when it gets the keys and gives it back when done (focus alone would put the caret
 * at the start of the editor).
 */
export interface FocusReturn {
  element: HTMLElement | null;
  restore(): void;
}

export function rememberFocus(element = document.activeElement as HTMLElement | null): FocusReturn {
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return {
    element,
    restore() {
      if (!element?.isConnected) return;
      element.focus();
      if (range && range.startContainer.isConnected && element.contains(range.startContainer)) {
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    },
  };
}
