import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getNodeByKey, type NodeKey } from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { SPEAKER_ARTICLES, type SpeakerArticle } from '../../../core/content/nodes-protocol';
import type { Lang } from '../../../core/i18n/catalog';
import type { ProtocolDocument } from '../../../core/model/schema';
import { UNKNOWN_PERSON } from '../../../core/speakers/render';
import { formalName } from '../../../core/style/names';
import { translator } from '../../ui/i18n';
import { $isSpeakerNode } from '../nodes/SpeakerNode';
import { Popover } from '../popup/Popover';

interface Target {
  key: NodeKey;
  personIds: string[];
  article: SpeakerArticle | undefined;
  rect: DOMRect;
}

/**
 * A click on a mention shows who it names: a joint mention offers the article before the
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
    (key: NodeKey, rect: DOMRect): Target | null =>
      editor.read(() => {
        const node = $getNodeByKey(key);
        return $isSpeakerNode(node)
          ? { key, personIds: node.getPersonIds(), article: node.getArticle(), rect }
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
          if (key !== null) setTarget(read(key, element.getBoundingClientRect()));
        };
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
        return () => root?.removeEventListener('click', onClick);
      }),
    [editor, readOnly, read],
  );

  const close = useCallback(() => setTarget(null), []);
  if (target === null || readOnly) return null;

  const change = (apply: (ids: string[], article: SpeakerArticle | undefined) => void) => {
    editor.update(
      () => {
        const node = $getNodeByKey(target.key);
        if ($isSpeakerNode(node)) apply(node.getPersonIds(), node.getArticle());
      },
      { discrete: true },
    );
    setTarget(read(target.key, target.rect));
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
      className="pk-speaker-popover"
      testId="speaker-options"
    >
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
                onChange={() =>
                  change(() => {
                    const node = $getNodeByKey(target.key);
                    if ($isSpeakerNode(node)) node.setArticle(article);
                  })
                }
              />
              <span>{article || tr('editor.mention.noArticle')}</span>
            </label>
          ))}
        </fieldset>
      )}
      <p className="pk-popover-meta">{tr('editor.mention.joinHint')}</p>
    </Popover>
  );
}
