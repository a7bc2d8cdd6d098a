import { MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  type BaseSelection,
  type NodeKey,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { OPEN_COMMENT_COMMAND } from '../commands';
import { translator } from '../../ui/i18n';
import { Popover } from '../popup/Popover';
import { $addCommentAnchor } from './commentMarks';

export interface NewCommentRequest {
  /** The selected text the comment is about. */
  quote: string;
  text: string;
}

export interface CommentPluginProps {
  lang: Lang;
  readOnly: boolean;
  /**
   * Creates the thread (core addComment) and answers its id; the editor then anchors it on
   * the selection. Null (or a rejection) leaves the text as it is.
   */
  onAddComment?: (comment: NewCommentRequest) => string | null | Promise<string | null>;
  onSelectComment?: (id: string) => void;
  activeCommentId?: string | null;
  /** Threads by id, for drawing resolved ones fainter. */
  resolvedCommentIds?: ReadonlySet<string>;
  container: HTMLElement | null;
}

type Pending = { selection: BaseSelection; quote: string; rect: DOMRect; range: Range };

const PENDING_HIGHLIGHT = 'pk-comment-pending';

function domRange(): Range | null {
  const dom = window.getSelection();
  return dom && dom.rangeCount > 0 ? dom.getRangeAt(0).cloneRange() : null;
}

function lastRect(range: Range): DOMRect {
  const rects = range.getClientRects();
  return rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect();
}

/**
 * Comments on a selection: "Kommentieren" (toolbar, Ctrl+Alt+M) opens a small input; the host
 * creates the thread and the selection becomes its anchor (a mark with the thread id). Marks
 * are highlighted, resolved ones fainter, the active one stronger; a click on a mark selects
 * its thread (also in read-only minutes).
 */
export function CommentPlugin(props: CommentPluginProps) {
  const { lang, readOnly, onAddComment, onSelectComment, activeCommentId, resolvedCommentIds } =
    props;
  const [editor] = useLexicalComposerContext();
  const tr = translator(lang);
  const [pending, setPending] = useState<Pending | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const marks = useRef(new Map<NodeKey, readonly string[]>());

  // Classes of the marks' DOM, kept outside the editor state (resolved and active threads are
  // the host's knowledge, not the text's).
  const paint = useCallback(
    (keys: Iterable<NodeKey>) => {
      for (const key of keys) {
        const element = editor.getElementByKey(key);
        const ids = marks.current.get(key);
        if (!element || !ids) continue;
        element.dataset.commentIds = ids.join(' ');
        element.classList.toggle(
          'pk-comment--resolved',
          ids.length > 0 && ids.every((id) => resolvedCommentIds?.has(id) ?? false),
        );
        element.classList.toggle(
          'pk-comment--active',
          activeCommentId != null && ids.includes(activeCommentId),
        );
      }
    },
    [editor, resolvedCommentIds, activeCommentId],
  );

  useEffect(
    () =>
      editor.registerMutationListener(MarkNode, (mutations) => {
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') {
              marks.current.delete(key);
              continue;
            }
            const node = $getNodeByKey(key);
            if (node instanceof MarkNode) marks.current.set(key, node.getIDs());
          }
        });
        paint(mutations.keys());
      }),
    [editor, paint],
  );

  useEffect(() => {
    paint(marks.current.keys());
    if (!activeCommentId) return;
    for (const [key, ids] of marks.current) {
      if (ids.includes(activeCommentId)) {
        editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' });
        break;
      }
    }
  }, [editor, paint, activeCommentId]);

  // A click on a mark selects its thread, whatever the mode.
  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const onClick = (event: MouseEvent) => {
          const mark = (event.target as HTMLElement | null)?.closest?.('mark');
          if (!mark || !onSelectComment) return;
          const ids = editor.read(() => {
            const node = $getNearestNodeFromDOMNode(mark);
            return node instanceof MarkNode ? node.getIDs() : [];
          });
          if (ids.length === 0) return;
          const open = ids.find((id) => !(resolvedCommentIds?.has(id) ?? false));
          onSelectComment(open ?? ids[0]!);
        };
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
        return () => root?.removeEventListener('click', onClick);
      }),
    [editor, onSelectComment, resolvedCommentIds],
  );

  useEffect(() => {
    if (readOnly || !onAddComment) return;
    return mergeRegister(
      editor.registerCommand(
        OPEN_COMMENT_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
          const range = domRange();
          if (!range) return false;
          setPending({
            selection: selection.clone(),
            quote: selection.getTextContent(),
            rect: lastRect(range),
            range,
          });
          setText('');
          setError(false);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, readOnly, onAddComment]);

  // The text being commented stays marked while the focus is in the input (the selection is
  // not shown then).
  useEffect(() => {
    if (!pending || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.set(PENDING_HIGHLIGHT, new Highlight(pending.range));
    return () => void CSS.highlights.delete(PENDING_HIGHLIGHT);
  }, [pending]);

  const close = useCallback(() => {
    setPending(null);
    editor.focus();
  }, [editor]);

  if (!pending || readOnly || !onAddComment) return null;

  const submit = async () => {
    if (text.trim() === '') return;
    const request = { quote: pending.quote, text: text.trim() };
    let id: string | null;
    try {
      id = await onAddComment(request);
    } catch {
      setError(true);
      return;
    }
    if (id) {
      editor.update(() => {
        $setSelection(pending.selection.clone());
        $addCommentAnchor($getSelection(), id);
      });
    }
    close();
  };

  return (
    <Popover
      anchor={pending.rect}
      container={props.container}
      label={tr('editor.comment.title')}
      onClose={close}
      className="pk-comment-popover"
      testId="comment-input"
      takeFocus
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="pk-popover-quote">
          „{pending.quote.slice(0, 120)}
          {pending.quote.length > 120 ? '…' : ''}“
        </p>
        <textarea
          name="comment"
          rows={3}
          aria-label={tr('editor.comment.text')}
          placeholder={tr('editor.comment.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void submit();
            }
          }}
        />
        {error && <p className="pk-finding pk-finding--error">{tr('editor.comment.failed')}</p>}
        <div className="pk-popup-actions">
          <button type="button" className="pk-button" onClick={close}>
            {tr('editor.dialog.cancel')}
          </button>
          <button
            type="submit"
            className="pk-button pk-button--primary"
            disabled={text.trim() === ''}
          >
            {tr('editor.comment.submit')}
          </button>
        </div>
      </form>
    </Popover>
  );
}
