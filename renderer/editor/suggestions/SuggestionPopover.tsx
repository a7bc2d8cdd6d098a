import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_LOW,
  HISTORY_PUSH_TAG,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type RangeSelection,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { translator, type Translate } from '../../ui/i18n';
import { OPEN_SUGGESTION_ACTIONS_COMMAND } from '../commands';
import { shortcutFor } from '../format/shortcuts';
import { shortcutLabel } from '../i18n';
import { $isSuggestionNode } from '../nodes/SuggestionNode';
import { Popover } from '../popup/Popover';
import { $resolveAt, $resolveSuggestions, $suggestionAtCaret, $suggestionOf } from './suggest';

interface Target {
  key: NodeKey;
  id: string;
  kind: 'insert' | 'delete';
  author: string;
  createdAt: string;
  rect: DOMRect;
  /** Where the caret was when Alt+Enter opened it: Escape puts it back there. */
  caret: RangeSelection | null;
}

/** The key that opens a suggestion's actions, as the clerk reads it ("Alt+Eingabe"). */
export function suggestionKeys(lang: Lang): string {
  return shortcutLabel(lang, shortcutFor('suggestionActions') ?? '');
}

function $describe(run: LexicalNode | null) {
  if (!$isSuggestionNode(run)) return null;
  return {
    key: run.getKey(),
    id: run.getId(),
    kind: run.getKind() === 'delete' ? ('delete' as const) : ('insert' as const),
    author: run.getAuthor(),
    createdAt: run.getCreatedAt(),
  };
}

/** "27.06.2018, 14:03" in the UI language. */
export function formatChangeTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

export function changeTitle(
  tr: Translate,
  lang: Lang,
  change: { kind: string; author: string; createdAt: string },
): string {
  return tr(change.kind === 'delete' ? 'editor.suggestion.deleted' : 'editor.suggestion.inserted', {
    author: change.author || tr('editor.suggestion.unknownAuthor'),
    time: formatChangeTime(change.createdAt, lang),
  });
}

/** Resolves one suggestion, or all, as one undo step; returns how many runs were resolved. */
export function resolveInEditor(
  editor: LexicalEditor,
  decide: (id: string) => 'accept' | 'reject' | null,
): number {
  let count = 0;
  editor.update(
    () => {
      count = $resolveSuggestions(decide);
    },
    { discrete: true, tag: HISTORY_PUSH_TAG },
  );
  return count;
}

/**
 * A suggestion in the text: hovering shows who proposed it and when (the title is set on
 * demand, in the UI language), a click or Alt+Enter with the caret in it opens "Annehmen" /
 * "Ablehnen" for it, the focus on "Annehmen". Tab stays inside; Escape closes it and puts the
 * caret back; deciding puts the caret where the change was.
 */
export function SuggestionPopover(props: {
  lang: Lang;
  readOnly: boolean;
  container: HTMLElement | null;
}) {
  const { lang, readOnly } = props;
  const [editor] = useLexicalComposerContext();
  const tr = translator(lang);
  const [target, setTarget] = useState<Target | null>(null);

  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const describe = (element: HTMLElement) =>
          editor.read(() => $describe($suggestionOf($getNearestNodeFromDOMNode(element))));
        const onOver = (event: MouseEvent) => {
          const element = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(
            '.pk-suggestion',
          );
          if (!element || element.title) return;
          const change = describe(element);
          if (change) {
            element.title = readOnly
              ? changeTitle(tr, lang, change)
              : tr('editor.suggestion.hover', {
                  change: changeTitle(tr, lang, change),
                  keys: suggestionKeys(lang),
                });
          }
        };
        const onClick = (event: MouseEvent) => {
          const element = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(
            '.pk-suggestion',
          );
          // A mention or a comment inside the change answers the click itself.
          if (!element || readOnly || (event.target as HTMLElement).closest('.pk-speaker, mark')) {
            return;
          }
          const change = describe(element);
          if (change) setTarget({ ...change, rect: element.getBoundingClientRect(), caret: null });
        };
        for (const [name, listener] of [
          ['mouseover', onOver],
          ['click', onClick],
        ] as const) {
          previous?.removeEventListener(name, listener);
          root?.addEventListener(name, listener);
        }
        return () => {
          root?.removeEventListener('mouseover', onOver);
          root?.removeEventListener('click', onClick);
        };
      }),
    // tr follows lang.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [editor, lang, readOnly],
  );

  useEffect(() => {
    if (readOnly) return;
    return editor.registerCommand(
      OPEN_SUGGESTION_ACTIONS_COMMAND,
      () => {
        const run = $suggestionAtCaret();
        const change = $describe(run);
        const element = change ? editor.getElementByKey(change.key) : null;
        if (!change || !element) return false;
        const selection = $getSelection();
        setTarget({
          ...change,
          rect: element.getBoundingClientRect(),
          caret: $isRangeSelection(selection) ? selection.clone() : null,
        });
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor, readOnly]);

  const close = useCallback(() => setTarget(null), []);

  // Escape: back to the text, the caret where it was (a click leaves it where it clicked).
  const closeToText = useCallback(() => {
    const caret = target?.caret;
    setTarget(null);
    if (caret) {
      editor.update(() => {
        const points = [caret.anchor, caret.focus];
        if (points.every((point) => $getNodeByKey(point.key)?.isAttached())) {
          $setSelection(caret.clone());
        }
      });
    }
    editor.focus();
  }, [editor, target?.caret]);

  if (target === null || readOnly) return null;
  const decide = (decision: 'accept' | 'reject') => {
    editor.update(
      () => {
        const node = $getNodeByKey(target.key);
        if ($isSuggestionNode(node)) $resolveAt(node, decision);
        // The node went with an earlier decision (another view): the change by its id.
        else $resolveSuggestions((id) => (id === target.id ? decision : null));
      },
      { discrete: true, tag: HISTORY_PUSH_TAG },
    );
    setTarget(null);
    editor.focus();
  };
  return (
    <Popover
      anchor={target.rect}
      container={props.container}
      label={tr('editor.suggestion.title')}
      onClose={close}
      onEscape={closeToText}
      className="pk-suggestion-popover"
      testId="suggestion-actions"
      takeFocus
      keepFocusInside
    >
      <p className="pk-popover-meta">{changeTitle(tr, lang, target)}</p>
      <div className="pk-popup-actions">
        <button type="button" className="pk-button" name="reject" onClick={() => decide('reject')}>
          {tr('editor.suggestion.reject')}
        </button>
        <button
          type="button"
          className="pk-button pk-button--primary"
          name="accept"
          data-autofocus=""
          onClick={() => decide('accept')}
        >
          {tr('editor.suggestion.accept')}
        </button>
      </div>
      <p className="pk-popover-meta">
        {tr('editor.suggestion.keyHint', { keys: suggestionKeys(lang) })}
      </p>
    </Popover>
  );
}
