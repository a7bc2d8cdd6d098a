import { useId } from 'react';

/**
 * DOM ids for the rows and fields of one component instance. React's useId gives ":r1:"-style
 * ids, which CSS selectors and Playwright locators dislike, so they are cleaned.
 */
export function useDomId(): (suffix: string) => string {
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (suffix) => `${base}-${suffix.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}
