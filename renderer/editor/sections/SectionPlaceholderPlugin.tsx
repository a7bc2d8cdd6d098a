import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { $getRoot, $isParagraphNode, HISTORIC_TAG, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import type { SectionTemplate } from '../../../core/templates/schema';
import { $isProtocolSectionNode, type ProtocolSectionNode } from '../nodes/ProtocolSectionNode';

export const EMPTY_SECTION_CLASS = 'pk-section--empty';

/** A CSS string literal (the placeholder reaches `content` through a custom property). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;
}

/** A section shows its placeholder while it holds nothing but one empty paragraph or list item. */
export function $isSectionEmpty(section: ProtocolSectionNode): boolean {
  if (section.getChildrenSize() !== 1) return false;
  const only = section.getFirstChild();
  if ($isParagraphNode(only))
    return only.getChildrenSize() === 0 || only.getTextContentSize() === 0;
  if ($isListNode(only) && only.getChildrenSize() === 1) {
    const item = only.getFirstChild();
    return $isListItemNode(item) && item.getTextContentSize() === 0 && item.getChildrenSize() <= 1;
  }
  return false;
}

/**
 * Marks empty sections with a class and their template placeholder; CSS draws the text, so it is
 * never part of the document. Per update only the sections touched by it are looked at.
 */
export function registerSectionPlaceholders(
  editor: LexicalEditor,
  placeholders: ReadonlyMap<string, string>,
): () => void {
  const paint = (all: boolean, dirty: ReadonlyMap<string, boolean>) => {
    editor.getEditorState().read(() => {
      for (const section of $getRoot().getChildren()) {
        if (!$isProtocolSectionNode(section)) continue;
        if (!all && !dirty.has(section.getKey())) continue;
        const dom = editor.getElementByKey(section.getKey());
        if (!dom) continue;
        const text = placeholders.get(section.getSection()) ?? '';
        if (dom.dataset.placeholder !== text) {
          dom.dataset.placeholder = text;
          dom.style.setProperty('--pk-placeholder', cssString(text));
        }
        dom.classList.toggle(EMPTY_SECTION_CLASS, text !== '' && $isSectionEmpty(section));
      }
    });
  };
  paint(true, new Map());
  return editor.registerUpdateListener(({ dirtyElements, prevEditorState, tags }) => {
    // Undo/redo swap in a whole state: every section may have changed.
    paint(prevEditorState.isEmpty() || tags.has(HISTORIC_TAG), dirtyElements);
  });
}

export function SectionPlaceholderPlugin({
  sections,
}: {
  sections: readonly SectionTemplate[];
}): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const placeholders = new Map(sections.map((s) => [s.key, s.placeholder]));
    return registerSectionPlaceholders(editor, placeholders);
  }, [editor, sections]);
  return null;
}
