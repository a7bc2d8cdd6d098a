import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { wordsOf } from '../../../core/spelling/words';
import { spellClient } from './client';

export interface SpellingOptions {
  /** Words that are right here: the roster's names, the body's name, the user's own list. */
  known: readonly string[];
  /** "Zum Wörterbuch hinzufügen": the host keeps the word in the user data. */
  onAddWord(word: string): void;
  /** The menu entry's label, in the user's language, with {word}. */
  addLabel: string;
  menuLabel: string;
}

const HIGHLIGHT = 'pk-spelling';

interface Menu {
  word: string;
  x: number;
  y: number;
}

/** The text nodes of the editor's own text (speaker and vote nodes render names: not checked). */
function textNodes(root: HTMLElement): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[contenteditable="false"]')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The word at an offset of a text node, if the offset lies in one. */
function wordAt(node: Text, offset: number): string | null {
  const hit = wordsOf(node.data).find(
    (w) => offset >= w.index && offset <= w.index + w.word.length,
  );
  return hit?.word ?? null;
}

/**
 * Offline spell checking in the editor: the words of the text go to the spell worker (bundled
 * Hunspell dictionaries, German first), the wrong ones are marked with the CSS Custom Highlight
 * API (no change to the text or the DOM), and the context menu on a marked word offers
 * "Zum Wörterbuch hinzufügen".
 */
export function SpellPlugin({ known, onAddWord, addLabel, menuLabel }: SpellingOptions) {
  const [editor] = useLexicalComposerContext();
  const [menu, setMenu] = useState<Menu | null>(null);
  const wrongRef = useRef<Set<string>>(new Set());
  const timer = useRef<number | null>(null);
  const run = useRef(0);

  const mark = useCallback(async () => {
    const root = editor.getRootElement();
    if (!root || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const client = spellClient();
    client.setKnown(known);
    if (!(await client.ready)) return;
    const ticket = ++run.current;
    const nodes = textNodes(root);
    const found = nodes.map((node) => ({ node, words: wordsOf(node.data) }));
    const unique = [...new Set(found.flatMap((f) => f.words.map((w) => w.word)))];
    const wrong = await client.check(unique);
    if (ticket !== run.current) return;
    wrongRef.current = wrong;
    const ranges: Range[] = [];
    for (const { node, words } of found) {
      if (!node.isConnected) continue;
      for (const { word, index } of words) {
        if (!wrong.has(word)) continue;
        const range = new Range();
        range.setStart(node, index);
        range.setEnd(node, index + word.length);
        ranges.push(range);
      }
    }
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    root.dataset.spelling = `checked:${ranges.length}`;
  }, [editor, known]);

  useEffect(() => {
    const schedule = () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void mark(), 250);
    };
    schedule();
    const off = editor.registerUpdateListener(schedule);
    return () => {
      off();
      if (timer.current !== null) window.clearTimeout(timer.current);
      run.current += 1;
      CSS.highlights?.delete(HIGHLIGHT);
    };
  }, [editor, mark]);

  // The context menu on a marked word (the mouse's right button, or the menu key at the caret).
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const onContext = (event: MouseEvent) => {
          let node: Node | null = null;
          let offset = 0;
          const fromKeyboard = event.button !== 2 || (event.clientX === 0 && event.clientY === 0);
          if (!fromKeyboard && document.caretPositionFromPoint) {
            const at = document.caretPositionFromPoint(event.clientX, event.clientY);
            node = at?.offsetNode ?? null;
            offset = at?.offset ?? 0;
          } else {
            const selection = window.getSelection();
            node = selection?.anchorNode ?? null;
            offset = selection?.anchorOffset ?? 0;
          }
          if (!(node instanceof Text)) return;
          const word = wordAt(node, offset);
          if (!word || !wrongRef.current.has(word)) return;
          event.preventDefault();
          const rect = root?.getBoundingClientRect();
          setMenu({
            word,
            x: fromKeyboard ? (rect?.left ?? 0) + 40 : event.clientX,
            y: fromKeyboard ? (rect?.top ?? 0) + 40 : event.clientY,
          });
        };
        previous?.removeEventListener('contextmenu', onContext);
        root?.addEventListener('contextmenu', onContext);
      }),
    [editor],
  );

  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (menu) menuRef.current?.querySelector('button')?.focus();
  }, [menu]);

  if (!menu) return null;
  const close = () => {
    setMenu(null);
    editor.focus();
  };
  return createPortal(
    <div
      ref={menuRef}
      className="pk-spell-menu"
      role="menu"
      aria-label={menuLabel}
      style={{
        left: Math.min(menu.x, window.innerWidth - 260),
        top: Math.min(menu.y, window.innerHeight - 60),
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setMenu(null);
      }}
    >
      <button
        type="button"
        role="menuitem"
        className="pk-spell-menu__item"
        onClick={() => {
          onAddWord(menu.word);
          close();
        }}
      >
        {addLabel.replace('{word}', menu.word)}
      </button>
    </div>,
    document.body,
  );
}
