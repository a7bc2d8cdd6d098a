import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  LexicalTypeaheadMenuPlugin,
  MenuOption,
  type MenuTextMatch,
} from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $findMatchingParent } from '@lexical/utils';
import { useFastPick } from '../popup/useFastPick';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../../../core/i18n/catalog';
import type { Person, ProtocolDocument } from '../../../core/model/schema';
import { suggestSpeakers, type SpeakerSuggestion } from '../../../core/speakers/suggest';
import { presenceAtItem } from '../../../core/votes/arithmetic';
import { OPEN_MENTION_COMMAND } from '../commands';
import { translator } from '../../ui/i18n';
import { useLabels } from '../nodes/ProtocolNodeLabels';
import { $createSpeakerNode, $isSpeakerNode, type SpeakerNode } from '../nodes/SpeakerNode';
import { $isolateTrigger } from '../popup/isolateTrigger';
import { nudgeUpdate, useArmedTrigger } from '../popup/useArmedTrigger';
import { defaultArticle, joinMatch, mentionMatch, type TriggerMatch } from './trigger';
import { KeepInWindow } from '../popup/KeepInWindow';

/**
 * Speaker mentions: "@" (or Ctrl+Shift+2) opens a typeahead over the meeting's roster and
 * staff; Enter or Tab inserts a speaker node. "+" typed right after a mention continues it:
 * the next person chosen joins the same mention ("Die StRe Dr. Reiners (CDU), … und Perc").
 */
export const MENTION_SHORTCUT = 'Ctrl+Shift+2';

class SpeakerOption extends MenuOption {
  constructor(
    readonly suggestion: SpeakerSuggestion,
    readonly present: boolean | null,
  ) {
    super(suggestion.person.id);
  }
}

/** The text of the caret's text node up to the caret, or null (as the typeahead reads it). */
function $textBeforeCaret(): { text: string; node: TextNode } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const node = selection.anchor.getNode();
  if (selection.anchor.type !== 'text' || !$isTextNode(node) || !node.isSimpleText()) return null;
  return { text: node.getTextContent().slice(0, selection.anchor.offset), node };
}

/** A "+" continuation needs the mention right before the caret's text node. */
function $joinTarget(node: TextNode): SpeakerNode | null {
  const previous = node.getPreviousSibling();
  return $isSpeakerNode(previous) ? previous : null;
}

/** The current trigger: a new mention or the continuation of the one before. */
function $currentMatch(): { match: TriggerMatch; join: boolean } | null {
  const before = $textBeforeCaret();
  if (before === null) return null;
  const join = joinMatch(before.text);
  if (join && $joinTarget(before.node)) return { match: join, join: true };
  const mention = mentionMatch(before.text);
  return mention ? { match: mention, join: false } : null;
}

/** The text of the block before `node`, for the article of a joint mention. */
function $blockTextBefore(node: LexicalNode): string {
  const block = $findMatchingParent(node, (n) => $isElementNode(n) && !n.isInline());
  if (block === null || !$isElementNode(block)) return '';
  let text = '';
  for (const leaf of block.getAllTextNodes()) {
    if (leaf.isBefore(node)) text += leaf.getTextContent();
  }
  return text;
}

/**
 * Replaces the "@query" (or "+query" after a mention) before the caret by a mention of
 * `chosen`, or joins `chosen` to the mention before it. `chosen` is taken only when the menu
 * showed it for the query typed now (`shownQuery`); otherwise the best match of the current
 * query. Returns false when there is no trigger or nobody matches.
 */
function $insertMention(
  split: TextNode | null,
  chosen: string | null,
  shownQuery: string | null,
  people: readonly Person[],
  presentIds: ReadonlySet<string> | undefined,
): boolean {
  const isolated = $isolateTrigger(split, (text, start) => {
    const join = joinMatch(text);
    return join && $joinTarget(start) ? join : mentionMatch(text);
  });
  if (isolated === null) return false;
  const { node: trigger, match } = isolated;
  const target = match.replaceableString.startsWith('+') ? $joinTarget(trigger) : null;
  let id = chosen;
  if (id === null || match.matchingString !== shownQuery) {
    const taken = target?.getPersonIds() ?? [];
    const fresh = suggestSpeakers(
      people.filter((p) => !taken.includes(p.id)),
      match.matchingString,
      presentIds ? { presentIds } : {},
    );
    if (fresh.length === 0) return false;
    id = fresh[0]!.person.id;
  }
  if (target) {
    const ids = target.getPersonIds();
    if (!ids.includes(id)) target.setPersonIds([...ids, id]);
    if (ids.length === 1 && target.getArticle() === undefined) {
      target.setArticle(defaultArticle($blockTextBefore(target)));
    }
    trigger.remove();
    target.selectNext(0, 0);
    return true;
  }
  const node = $createSpeakerNode([id]);
  trigger.replace(node);
  node.selectNext(0, 0);
  return true;
}

export interface MentionsPluginProps {
  document: ProtocolDocument;
  itemId: string | null;
  lang: Lang;
}

export function MentionsPlugin(props: MentionsPluginProps) {
  const [editor] = useLexicalComposerContext();
  const trigger = useArmedTrigger(editor, ['@', '+'], () => $currentMatch() !== null, true);
  const { arm } = trigger;

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_MENTION_COMMAND,
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          const before = $textBeforeCaret();
          const needsSpace = before !== null && before.text !== '' && !/\s$/u.test(before.text);
          selection.insertText(needsSpace ? ' @' : '@');
          arm();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, arm],
  );

  if (!trigger.armed) return null;
  return <MentionMenu {...props} onClosed={trigger.disarm} />;
}

function MentionMenu(props: MentionsPluginProps & { onClosed: () => void }) {
  const { document, itemId, lang, onClosed } = props;
  const [editor] = useLexicalComposerContext();
  const labels = useLabels();
  const tr = translator(lang);
  const [query, setQuery] = useState<string | null>(null);
  const [joinWith, setJoinWith] = useState<string[] | null>(null);

  const presence = useMemo(
    () => (itemId ? presenceAtItem(document, itemId) : null),
    [document, itemId],
  );
  const presentIds = useMemo(
    () => (presence?.known ? new Set(presence.present.map((p) => p.id)) : undefined),
    [presence],
  );

  const options = useMemo(() => {
    if (query === null) return [];
    const people: readonly Person[] = joinWith
      ? document.people.filter((p) => !joinWith.includes(p.id))
      : document.people;
    return suggestSpeakers(people, query, presentIds ? { presentIds } : {}).map(
      (s) => new SpeakerOption(s, presentIds ? presentIds.has(s.person.id) : null),
    );
  }, [document.people, query, joinWith, presentIds]);

  // Mounted after the update that brought the trigger: look again once.
  useEffect(() => nudgeUpdate(editor), [editor]);

  const triggerFn = useCallback(
    (text: string): MenuTextMatch | null => {
      const current = $currentMatch();
      if (current === null) {
        // Nothing to complete any more (the trigger was deleted, the caret moved away).
        queueMicrotask(onClosed);
        return null;
      }
      const { match, join } = current;
      if (!text.endsWith(match.replaceableString)) return null;
      if (join) {
        const before = $textBeforeCaret();
        const target = before ? $joinTarget(before.node) : null;
        setJoinWith(target ? target.getPersonIds() : null);
      } else setJoinWith(null);
      // A second word that matches nobody ends the query: the clerk is writing on.
      if (
        /\s/u.test(match.matchingString) &&
        suggestSpeakers(document.people, match.matchingString).length === 0
      ) {
        queueMicrotask(onClosed);
        return null;
      }
      return match;
    },
    [document.people, onClosed],
  );

  const onSelectOption = useCallback(
    (option: SpeakerOption, split: TextNode | null, closeMenu: () => void) => {
      closeMenu();
      $insertMention(split, option.suggestion.person.id, query, document.people, presentIds);
    },
    [document.people, query, presentIds],
  );

  useFastPick(editor, {
    shownQuery: query,
    shownCount: options.length,
    $typedQuery: () => $currentMatch()?.match.matchingString ?? null,
    $insertBest: () => $insertMention(null, null, null, document.people, presentIds),
    onClosed,
  });

  const joinLabel = joinWith ? labels.speaker(joinWith, new Set()) : null;

  return (
    <LexicalTypeaheadMenuPlugin<SpeakerOption>
      options={options}
      triggerFn={triggerFn}
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      onClose={onClosed}
      anchorClassName="pk-typeahead-anchor"
      menuRenderFn={(
        anchor,
        { options: shown, selectedIndex, selectOptionAndCleanUp, setHighlightedIndex },
      ) => {
        if (anchor.current === null) return null;
        anchor.current.setAttribute('aria-label', tr('editor.mention.menu'));
        return createPortal(
          <KeepInWindow className="pk-typeahead" data-testid="mention-menu" lang={lang}>
            <div className="pk-typeahead-head">
              {joinLabel
                ? tr('editor.mention.joinWith', { name: joinLabel })
                : tr('editor.mention.title')}
            </div>
            {shown.length === 0 ? (
              <div className="pk-typeahead-empty">{tr('editor.mention.none')}</div>
            ) : (
              <ul className="pk-typeahead-list">
                {shown.map((option, index) => (
                  <li
                    key={option.key}
                    id={`typeahead-item-${index}`}
                    ref={(el) => option.setRefElement(el)}
                    role="option"
                    aria-selected={selectedIndex === index}
                    className={`pk-typeahead-item${selectedIndex === index ? ' pk-typeahead-item--selected' : ''}`}
                    data-person={option.key}
                    onMouseEnter={() => setHighlightedIndex(index)}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => {
                      setHighlightedIndex(index);
                      selectOptionAndCleanUp(option);
                    }}
                  >
                    <span className="pk-typeahead-label">{option.suggestion.label}</span>
                    <span className="pk-typeahead-meta">
                      {tr(`editor.mention.kind.${option.suggestion.person.kind}`)}
                      {option.present === false ? ` · ${tr('editor.mention.absent')}` : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <div className="pk-typeahead-hint">{tr('editor.mention.hint')}</div>
          </KeepInWindow>,
          anchor.current,
        );
      }}
    />
  );
}
