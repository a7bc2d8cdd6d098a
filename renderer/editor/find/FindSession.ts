import { $getSelection, $isRangeSelection, $isTextNode, type LexicalEditor } from 'lexical';
import { $collectSearchBlocks, $selectMatch, matchRange } from './collect';
import { clearHighlights, setHighlights } from './highlights';
import { findMatches, firstMatchFrom, MAX_MATCHES, type Match, type SearchBlock } from './search';

export interface FindStatus {
  open: boolean;
  /** The replace row is shown. */
  replace: boolean;
  query: string;
  matchCase: boolean;
  total: number;
  /** 1-based position of the current match; 0 when there is none. */
  current: number;
  /** More than MAX_MATCHES: the count is a lower bound. */
  capped: boolean;
}

const CLOSED: FindStatus = {
  open: false,
  replace: false,
  query: '',
  matchCase: false,
  total: 0,
  current: 0,
  capped: false,
};

/**
 * Find and replace in one editor. Searching reads the editor state; highlighting paints DOM
 * ranges; neither writes to the document. Only replace edits, as one undoable update each.
 */
export class FindSession {
  private state: FindStatus = CLOSED;
  private blocks: SearchBlock[] = [];
  private matches: Match[] = [];
  private index = -1;
  private listeners = new Set<() => void>();
  private unregister: (() => void) | null = null;
  private frame: number | null = null;

  constructor(
    private readonly editor: LexicalEditor,
    private readonly owner: string,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  status = (): FindStatus => this.state;

  open(options: { replace?: boolean; query?: string } = {}): void {
    const query = options.query ?? (this.state.query || this.selectedText());
    if (!this.unregister) {
      this.unregister = this.editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        this.scheduleRefresh();
      });
    }
    this.set({ open: true, replace: options.replace ?? this.state.replace });
    this.search(query, true);
  }

  close(selectCurrent = true): void {
    if (!this.state.open) return;
    const match = this.matches[this.index];
    if (selectCurrent && match) {
      const blocks = this.blocks;
      this.editor.update(() => void $selectMatch(blocks, match));
    }
    this.dispose();
    this.set({ ...CLOSED, query: this.state.query, matchCase: this.state.matchCase });
  }

  setQuery(query: string): void {
    this.search(query, true);
  }

  setMatchCase(matchCase: boolean): void {
    this.set({ matchCase });
    this.search(this.state.query, true);
  }

  setReplaceVisible(replace: boolean): void {
    this.set({ replace });
  }

  next(): void {
    this.step(1);
  }

  previous(): void {
    this.step(-1);
  }

  /** Replaces the current match and moves to the next one. */
  replace(replacement: string): void {
    const match = this.matches[this.index];
    if (!match) return;
    const blocks = this.blocks;
    this.editor.update(
      () => {
        $selectMatch(blocks, match)?.insertText(replacement);
      },
      { discrete: true },
    );
    this.refresh(false);
    // The next match is the first one after the replaced text.
    const after = this.matches.findIndex(
      (m) =>
        m.block > match.block ||
        (m.block === match.block && m.start >= match.start + replacement.length),
    );
    this.index = after < 0 ? (this.matches.length > 0 ? 0 : -1) : after;
    this.paint(true);
  }

  /** Replaces every match in one undoable step; returns how many were replaced. */
  replaceAll(replacement: string): number {
    const { query, matchCase } = this.state;
    if (query === '') return 0;
    let count = 0;
    this.editor.update(
      () => {
        const blocks = $collectSearchBlocks();
        const matches = findMatches(blocks, query, matchCase, Number.MAX_SAFE_INTEGER);
        // From the end, so earlier offsets stay valid.
        for (let i = matches.length - 1; i >= 0; i--) {
          const selection = $selectMatch(blocks, matches[i]!);
          if (selection) {
            selection.insertText(replacement);
            count++;
          }
        }
      },
      { discrete: true },
    );
    this.refresh(false);
    return count;
  }

  dispose(): void {
    this.unregister?.();
    this.unregister = null;
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
    clearHighlights(this.owner);
  }

  private selectedText(): string {
    return this.editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || selection.isCollapsed()) return '';
      const text = selection.getTextContent();
      return text.includes('\n') ? '' : text.slice(0, 200);
    });
  }

  private search(query: string, fromCaret: boolean): void {
    this.set({ query });
    this.refresh(fromCaret);
    this.paint(true);
  }

  private step(delta: number): void {
    if (this.matches.length === 0) return;
    this.index = (this.index + delta + this.matches.length) % this.matches.length;
    this.paint(true);
  }

  private scheduleRefresh(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      if (!this.state.open) return;
      this.refresh(false);
      this.paint(false);
    });
  }

  private refresh(fromCaret: boolean): void {
    const { query, matchCase } = this.state;
    const { blocks, caret } = this.editor.getEditorState().read(() => {
      const collected = $collectSearchBlocks();
      let at: { block: number; offset: number } = { block: 0, offset: 0 };
      const selection = $getSelection();
      if (fromCaret && $isRangeSelection(selection)) {
        const point = selection.isBackward() ? selection.focus : selection.anchor;
        const node = point.getNode();
        if ($isTextNode(node)) {
          const key = node.getKey();
          collected.some((b, i) => {
            const s = b.segments.find((seg) => seg.key === key);
            if (s) at = { block: i, offset: s.start + point.offset };
            return s !== undefined;
          });
        }
      }
      return { blocks: collected, caret: at };
    });
    this.blocks = blocks;
    this.matches = findMatches(blocks, query, matchCase, MAX_MATCHES + 1);
    const capped = this.matches.length > MAX_MATCHES;
    if (capped) this.matches.length = MAX_MATCHES;
    if (this.matches.length === 0) this.index = -1;
    else if (fromCaret) this.index = firstMatchFrom(this.matches, caret.block, caret.offset);
    else this.index = Math.min(Math.max(this.index, 0), this.matches.length - 1);
    this.set({ total: this.matches.length, capped });
  }

  private paint(scroll: boolean): void {
    this.set({ current: this.index + 1 });
    if (!this.state.open) return;
    const ranges: Range[] = [];
    let current: Range | null = null;
    this.matches.forEach((m, i) => {
      const range = matchRange(this.editor, this.blocks, m);
      if (!range) return;
      ranges.push(range);
      if (i === this.index) current = range;
    });
    setHighlights(this.owner, ranges, current);
    if (scroll && current) scrollIntoViewIfNeeded(current);
  }

  private set(patch: Partial<FindStatus>): void {
    const next = { ...this.state, ...patch };
    const changed = (Object.keys(next) as (keyof FindStatus)[]).some(
      (k) => next[k] !== this.state[k],
    );
    if (!changed) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}

function scrollIntoViewIfNeeded(range: Range): void {
  const rect = range.getBoundingClientRect();
  const margin = 80;
  if (rect.top >= margin && rect.bottom <= window.innerHeight - margin) return;
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
