import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isNodeSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_HIGH,
  COMMAND_PRIORITY_LOW,
  KEY_ESCAPE_COMMAND,
  SKIP_DOM_SELECTION_TAG,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { SPEAKER_ARTICLES, type SpeakerArticle } from '../../../core/content/nodes-protocol';
import type { Lang } from '../../../core/i18n/catalog';
import type { ProtocolDocument } from '../../../core/model/schema';
import { UNKNOWN_PERSON } from '../../../core/speakers/render';
import { formalName } from '../../../core/style/names';
import { translator } from '../../ui/i18n';
import { OPEN_SPEAKER_OPTIONS_COMMAND } from '../commands';
import { shortcutFor } from '../format/shortcuts';
import { shortcutLabel } from '../i18n';
import { $isSpeakerNode, type SpeakerNode } from '../nodes/SpeakerNode';
import { Popover } from '../popup/Popover';

interface Target {
  key: NodeKey;
  personIds: string[];
  article: SpeakerArticle | undefined;
  rect: DOMRect;
  /** Opened by the shortcut: the focus goes into the popover and comes back to the text. */
  keyboard: boolean;
}

/** The mention the caret touches: the one just before it, else the one just after it. */
function $speakerAtCaret(): SpeakerNode | null {
  const selection = $getSelection();
  if ($isNodeSelection(selection)) {
    return selection.getNodes().find($isSpeakerNode) ?? null;
  }
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  let before: LexicalNode | null;
  let after: LexicalNode | null;
  if ($isTextNode(node)) {
    before = anchor.offset === 0 ? node.getPreviousSibling() : null;
    after = anchor.offset === node.getTextContentSize() ? node.getNextSibling() : null;
  } else if ($isElementNode(node)) {
    before = node.getChildAtIndex(anchor.offset - 1);
    after = node.getChildAtIndex(anchor.offset);
  } else {
    before = node;
    after = null;
  }
  if ($isSpeakerNode(before)) return before;
  return $isSpeakerNode(after) ? after : null;
}

/**
 * A click on a mention, or Alt+Enter with the caret at it, shows who it names: a joint mention offers the article before the
 * shared title ("Die", "die", "der", "den" or none) and taking a person out of it.
 */
export function SpeakerPopover(props: {
  document: ProtocolDocument;
  lang: Lang;
  readOnly: boolean;
  container: HTMLElement | null;
}) {
  const { document, lang, readOnly } = props;
  const [editor] = useLexicalComposerContext();
  const tr = translator(lang);
  const [target, setTarget] = useState<Target | null>(null);

  const read = useCallback(
    (key: NodeKey, rect: DOMRect, keyboard: boolean): Target | null =>
      editor.read(() => {
        const node = $getNodeByKey(key);
        return $isSpeakerNode(node)
          ? { key, personIds: node.getPersonIds(), article: node.getArticle(), rect, keyboard }
          : null;
      }),
    [editor],
  );

  useEffect(
    () =>
      editor.registerRootListener((root, previous) => {
        const onClick = (event: MouseEvent) => {
          const element = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(
            '.pk-speaker',
          );
          if (!element || readOnly) return;
          const key = editor.read(() => $getNearestNodeFromDOMNode(element)?.getKey() ?? null);
          if (key !== null) setTarget(read(key, element.getBoundingClientRect(), false));
        };
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
        return () => root?.removeEventListener('click', onClick);
      }),
    [editor, readOnly, read],
  );

  useEffect(() => {
    if (readOnly) return;
    return editor.registerCommand(
      OPEN_SPEAKER_OPTIONS_COMMAND,
      () => {
        const node = $speakerAtCaret();
        const element = node ? editor.getElementByKey(node.getKey()) : null;
        if (!node || !element) return false;
        setTarget(read(node.getKey(), element.getBoundingClientRect(), true));
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor, readOnly, read]);

  const close = useCallback(() => setTarget(null), []);

  // Back to the text, the caret right after the mention, ready to type on.
  const closeToText = useCallback(() => {
    const key = target?.key;
    setTarget(null);
    if (key === undefined) return;
    editor.update(() => {
      const node = $getNodeByKey(key);
      if (node?.isAttached()) node.selectNext(0, 0);
    });
    editor.focus();
  }, [editor, target?.key]);

  // Escape closes it while the focus is still in the text (opened by a click).
  useEffect(() => {
    if (target === null) return;
    return mergeRegister(
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        (event) => {
          event?.preventDefault();
          closeToText();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor, target, closeToText]);

  // Removing a person can take the focused button away (a joint mention becomes a single
  // one): the focus stays in the popover instead of falling to <body>.
  useLayoutEffect(() => {
    if (target === null || !target.keyboard) return;
    const active = window.document.activeElement;
    if (active && active !== window.document.body && active.isConnected) return;
    props.container?.querySelector<HTMLElement>('[data-testid="speaker-options"]')?.focus();
  });

  if (target === null || readOnly) return null;

  const change = (apply: (ids: string[], article: SpeakerArticle | undefined) => void) => {
    editor.update(
      () => {
        const node = $getNodeByKey(target.key);
        if ($isSpeakerNode(node)) apply(node.getPersonIds(), node.getArticle());
      },
      // The focus stays on the option (Lexical would put the DOM selection, and the focus,
      // back into the text).
      { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
    );
    setTarget(read(target.key, target.rect, target.keyboard));
  };
  const name = (id: string) => {
    const person = document.people.find((p) => p.id === id);
    return person ? formalName(person) : UNKNOWN_PERSON;
  };
  const joint = target.personIds.length > 1;

  return (
    <Popover
      anchor={target.rect}
      container={props.container}
      label={tr('editor.mention.options')}
      onClose={close}
      onEscape={closeToText}
      className="pk-speaker-popover"
      testId="speaker-options"
      takeFocus={target.keyboard}
      keepFocusInside
    >
      <div>
        <ul className="pk-speaker-people">
          {target.personIds.map((id) => (
            <li key={id}>
              <span>{name(id)}</span>
              {joint && (
                <button
                  type="button"
                  className="pk-tool pk-tool--small"
                  aria-label={tr('editor.mention.remove', { name: name(id) })}
                  title={tr('editor.mention.remove', { name: name(id) })}
                  onClick={() =>
                    change((ids) => {
                      const node = $getNodeByKey(target.key);
                      if ($isSpeakerNode(node)) node.setPersonIds(ids.filter((x) => x !== id));
                    })
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
        {joint && (
          <fieldset className="pk-fieldset pk-speaker-article">
            <legend>{tr('editor.mention.article')}</legend>
            {SPEAKER_ARTICLES.map((article) => (
              <label key={article || 'none'} className="pk-radio pk-radio--inline">
                <input
                  type="radio"
                  name="article"
                  value={article}
                  checked={(target.article ?? 'Die') === article}
                  data-autofocus={(target.article ?? 'Die') === article ? '' : undefined}
                  onChange={() =>
                    change(() => {
                      const node = $getNodeByKey(target.key);
                      if ($isSpeakerNode(node)) node.setArticle(article);
                    })
                  }
                  onKeyDown={(event) => {
                    // Arrows pick an article as radios do; Enter takes it and goes back to the text.
                    if (event.key !== 'Enter') return;
                    event.preventDefault();
                    change(() => {
                      const node = $getNodeByKey(target.key);
                      if ($isSpeakerNode(node)) node.setArticle(article);
                    });
                    closeToText();
                  }}
                />
                <span>{article || tr('editor.mention.noArticle')}</span>
              </label>
            ))}
          </fieldset>
        )}
        <p className="pk-popover-meta">{tr('editor.mention.joinHint')}</p>
        <p className="pk-popover-meta">
          {tr('editor.mention.optionsHint', {
            options: shortcutLabel(lang, shortcutFor('speakerOptions') ?? ''),
          })}
        </p>
      </div>
    </Popover>
  );
}
