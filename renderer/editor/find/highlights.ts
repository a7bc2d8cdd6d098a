/**
 * Find highlights through the CSS Custom Highlight API: the matches are painted without a
 * single change to the document or its DOM. The registry is global to the page and the
 * workspace shows many editors, so each editor registers its ranges under its own owner id
 * and the two page-wide highlights are rebuilt from all owners.
 */
export const MATCH_HIGHLIGHT = 'pk-find-match';
export const CURRENT_HIGHLIGHT = 'pk-find-current';

const owners = new Map<string, { all: Range[]; current: Range | null }>();

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

function rebuild(): void {
  if (!supported()) return;
  const all: Range[] = [];
  const current: Range[] = [];
  for (const entry of owners.values()) {
    all.push(...entry.all);
    if (entry.current) current.push(entry.current);
  }
  if (all.length > 0) CSS.highlights.set(MATCH_HIGHLIGHT, new Highlight(...all));
  else CSS.highlights.delete(MATCH_HIGHLIGHT);
  if (current.length > 0) CSS.highlights.set(CURRENT_HIGHLIGHT, new Highlight(...current));
  else CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

export function setHighlights(owner: string, all: Range[], current: Range | null): void {
  owners.set(owner, { all, current });
  rebuild();
}

export function clearHighlights(owner: string): void {
  if (owners.delete(owner)) rebuild();
}
