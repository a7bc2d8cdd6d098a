import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { translator, type Translate } from '../../ui/i18n';
import { $isSuggestionNode } from '../nodes/SuggestionNode';
import { Popover } from '../popup/Popover';
import { $suggestionOf, $resolveSuggestions } from './suggest';

interface Target {
  id: string;
  kind: 'insert' | 'delete';
  author: string;
  createdAt: string;
  rect: DOMRect;
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
 * demand, in the UI language), a click opens "Annehmen" / "Ablehnen" for it.
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
          editor.read(() => {
            const run = $suggestionOf($getNearestNodeFromDOMNode(element));
            if (!run || !$isSuggestionNode(run)) return null;
            return {
              id: run.getId(),
              kind: run.getKind() === 'delete' ? ('delete' as const) : ('insert' as const),
              author: run.getAuthor(),
              createdAt: run.getCreatedAt(),
            };
          });
        const onOver = (event: MouseEvent) => {
          const element = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(
            '.pk-suggestion',
          );
          if (!element || element.title) return;
          const change = describe(element);
          if (change) element.title = changeTitle(tr, lang, change);
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
          if (change) setTarget({ ...change, rect: element.getBoundingClientRect() });
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

  const close = useCallback(() => setTarget(null), []);
  if (target === null || readOnly) return null;
  const decide = (decision: 'accept' | 'reject') => {
    resolveInEditor(editor, (id) => (id === target.id ? decision : null));
    setTarget(null);
    editor.focus();
  };
  return (
    <Popover
      anchor={target.rect}
      container={props.container}
      label={tr('editor.suggestion.title')}
      onClose={close}
      className="pk-suggestion-popover"
      testId="suggestion-actions"
      takeFocus
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
    </Popover>
  );
}
