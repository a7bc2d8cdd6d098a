import { $isListNode } from '@lexical/list';
import { $getRoot, $getSelection, $isElementNode, type LexicalEditor } from 'lexical';
import { $isProtocolSectionNode } from '../nodes/ProtocolSectionNode';
import { $isSectionEmpty } from './SectionPlaceholderPlugin';

/**
 * Where the clerk writes next when entering an item's text: the first empty section (its first
 * paragraph or list item). False when every section has text (the caret is left alone).
 */
export function $selectEntryPoint(): boolean {
  for (const section of $getRoot().getChildren()) {
    if (!$isProtocolSectionNode(section) || !$isSectionEmpty(section)) continue;
    const block = section.getFirstChild();
    const target = $isListNode(block) ? block.getFirstChild() : block;
    if (!$isElementNode(target)) continue;
    target.selectStart();
    return true;
  }
  return false;
}

/** Editors whose text the clerk has already entered: later focus keeps their caret. */
const entered = new WeakSet<LexicalEditor>();

/** Puts the caret at the entry point unless the clerk has been in this text before. */
export function enterText(editor: LexicalEditor): void {
  if (entered.has(editor)) return;
  entered.add(editor);
  editor.update(
    () => {
      $selectEntryPoint();
    },
    { discrete: true },
  );
}

/**
 * Entering the text by keyboard (Tab, F6, from the agenda) puts the caret in the first empty
 * section, once per opened item; a click puts it where it clicked.
 */
export function registerEntryCaret(editor: LexicalEditor): () => void {
  let pointer = false;
  const onPointer = () => {
    pointer = true;
    entered.add(editor);
  };
  const onFocus = (event: FocusEvent) => {
    if (pointer || entered.has(editor)) return;
    // A caret put somewhere on purpose (by a script, a find, a dialog giving the caret back)
    // stays; the browser's own on Tab stands at the very start of the text.
    const root = event.currentTarget as HTMLElement;
    const dom = window.getSelection();
    if (dom && dom.rangeCount > 0 && dom.anchorNode && root.contains(dom.anchorNode)) {
      const first = root.querySelector('p, li, h1, h2, h3, h4, h5, h6, td');
      const anchor = dom.anchorNode;
      const atStart =
        dom.anchorOffset === 0 &&
        (anchor === root || (first !== null && (first === anchor || first.contains(anchor))));
      if (!atStart) return entered.add(editor);
    }
    // A selection the clerk made (a find, a dialog that gave the caret back) stays.
    const chosen = editor.getEditorState().read(() => $getSelection() !== null);
    if (chosen) return entered.add(editor);
    enterText(editor);
  };
  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('pointerdown', onPointer);
    previous?.removeEventListener('focus', onFocus);
    root?.addEventListener('pointerdown', onPointer);
    root?.addEventListener('focus', onFocus);
  });
}
