import { useEffect, useRef } from 'react';

/**
 * Focuses the element when it appears: a form that opens after a dialog or picker closed takes
 * the keys, instead of leaving them on the button it replaced (which is gone).
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
