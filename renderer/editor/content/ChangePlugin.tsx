import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useRef } from 'react';
import type { ItemContent } from '../../../core/content/nodes';
import { stateToContent } from './serialize';

export interface ChangeCallbacks {
  /** First content change since mount or since the content was last taken. */
  onDirty: () => void;
  /** The content, serialized after the clerk paused for `delayMs`. */
  onChange?: ((content: ItemContent) => void) | undefined;
  delayMs: number;
}

export interface ChangeTracker {
  /**
   * Called when the host took the content: the next change is reported as dirty again, and no
   * report of the taken content follows (neither after the pause nor on dispose).
   */
  taken(): void;
  dispose(): void;
}

/**
 * Reports edits without serializing on the keystroke: a keystroke costs one flag test; the
 * JSON is built only after a pause (onChange) or when the host asks (getContent).
 */
export function registerChangeTracker(
  editor: LexicalEditor,
  callbacks: { current: ChangeCallbacks },
): ChangeTracker {
  let reported = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    const onChange = callbacks.current.onChange;
    if (!onChange) return;
    reported = false;
    onChange(stateToContent(editor.getEditorState()));
  };

  const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
    // The initial load and the normalizing passes Lexical runs when plugins register are
    // tagged history-merge: not the clerk's edits.
    if (tags.has(HISTORY_MERGE_TAG)) return;
    if (!reported) {
      reported = true;
      callbacks.current.onDirty();
    }
    if (callbacks.current.onChange) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, callbacks.current.delayMs);
    }
  });

  return {
    taken() {
      reported = false;
      // The host has this content now. A report of it due later would arrive after the host may
      // have replaced the text (a Vorlage imported, its undo) and would write the old text over
      // the new one: the screen showed the import, the saved file did not (issue 19).
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
    },
    dispose() {
      unregister();
      if (timer !== null) {
        clearTimeout(timer);
        // A pending change is delivered rather than lost when the editor goes away.
        flush();
      }
    },
  };
}

export function useChangeTracker(callbacks: ChangeCallbacks): { current: ChangeTracker | null } {
  const [editor] = useLexicalComposerContext();
  const ref = useRef<ChangeCallbacks>(callbacks);
  const tracker = useRef<ChangeTracker | null>(null);
  useEffect(() => {
    ref.current = callbacks;
  });
  useEffect(() => {
    const t = registerChangeTracker(editor, ref);
    tracker.current = t;
    return () => {
      t.dispose();
      tracker.current = null;
    };
  }, [editor]);
  return tracker;
}
