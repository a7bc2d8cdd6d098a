import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type LexicalNode,
  type TextNode,
} from 'lexical';
import { useCallback, useMemo } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import type { Person, ProtocolDocument } from '../../../core/model/schema';
import { suggestSpeakers, type SpeakerSuggestion } from '../../../core/speakers/suggest';
import { presenceAtItem } from '../../../core/votes/arithmetic';
import { OPEN_MENTION_COMMAND } from '../commands';
import { shortcutFor } from '../format/shortcuts';
import { shortcutLabel } from '../i18n';
import { translator } from '../../ui/i18n';
import { useLabels } from '../nodes/ProtocolNodeLabels';
import { $createSpeakerNode, $isSpeakerNode, type SpeakerNode } from '../nodes/SpeakerNode';
import { TypeaheadMenu, type TypeaheadMatch } from '../../ui/typeahead/TypeaheadMenu';
import { $textBeforeCaret } from '../../ui/typeahead/trigger';
import { defaultArticle, joinMatch, mentionMatch } from './trigger';

/**
 * Speaker mentions: "@" (or Ctrl+Shift+2) opens a typeahead over the meeting's roster and
 * staff; Enter or Tab inserts a speaker node. "+" typed right after a mention continues it:
 * the next person chosen joins the same mention ("Die StRe Dr. Reiners (CDU), … und Perc").
 */
export const MENTION_SHORTCUT = 'Ctrl+Shift+2';

/** The scope of a continued mention: the ids of the people it names, one a line. */
const SCOPE_SEPARATOR = '\n';

/** A "+" continuation needs the mention right before the caret's text node. */
function $joinTarget(node: TextNode): SpeakerNode | null {
  const previous = node.getPreviousSibling();
  return $isSpeakerNode(previous) ? previous : null;
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
 * The trigger before the caret: "+query" right after a mention continues it (its scope is the
 * people already named), else "@query" starts a new one. A second word that matches nobody
 * ends the query: the clerk is writing on.
 */
function $mentionAt(
  text: string,
  node: TextNode,
  people: readonly Person[],
): TypeaheadMatch | null {
  const join = joinMatch(text);
  const target = join ? $joinTarget(node) : null;
  if (join && target) return { ...join, scope: target.getPersonIds().join(SCOPE_SEPARATOR) };
  const mention = mentionMatch(text);
  if (mention === null) return null;
  if (
    /\s/u.test(mention.matchingString) &&
    suggestSpeakers(people, mention.matchingString).length === 0
  ) {
    return null;
  }
  return { ...mention, scope: '' };
}

/** Puts `personId` in place of the trigger: a new mention, or one more person of the mention before. */
function $insertMention(personId: string, trigger: TextNode, match: TypeaheadMatch): void {
  const target = match.scope !== '' ? $joinTarget(trigger) : null;
  if (target) {
    const ids = target.getPersonIds();
    if (!ids.includes(personId)) target.setPersonIds([...ids, personId]);
    if (ids.length === 1 && target.getArticle() === undefined) {
      target.setArticle(defaultArticle($blockTextBefore(target)));
    }
    trigger.remove();
    target.selectNext(0, 0);
    return;
  }
  const node = $createSpeakerNode([personId]);
  trigger.replace(node);
  node.selectNext(0, 0);
}

export interface MentionsPluginProps {
  document: ProtocolDocument;
  itemId: string | null;
  lang: Lang;
}

interface Entry {
  suggestion: SpeakerSuggestion;
  /** Present at the item (null: attendance not known). */
  present: boolean | null;
}

export function MentionsPlugin({ document, itemId, lang }: MentionsPluginProps) {
  const labels = useLabels();
  const tr = translator(lang);
  const people = document.people;

  const presentIds = useMemo(() => {
    const presence = itemId ? presenceAtItem(document, itemId) : null;
    return presence?.known ? new Set(presence.present.map((p) => p.id)) : undefined;
  }, [document, itemId]);

  const entries = useCallback(
    (query: string, scope: string): Entry[] => {
      const taken = scope === '' ? [] : scope.split(SCOPE_SEPARATOR);
      return suggestSpeakers(
        people.filter((p) => !taken.includes(p.id)),
        query,
        presentIds ? { presentIds } : {},
      ).map((suggestion) => ({
        suggestion,
        present: presentIds ? presentIds.has(suggestion.person.id) : null,
      }));
    },
    [people, presentIds],
  );

  return (
    <TypeaheadMenu<Entry>
      keys={TRIGGER_KEYS}
      $match={(text, node) => $mentionAt(text, node, people)}
      entries={entries}
      keyOf={keyOf}
      $choose={(entry, trigger, match) =>
        $insertMention(entry.suggestion.person.id, trigger, match)
      }
      openCommand={OPEN_MENTION_COMMAND}
      $writeTrigger={$writeAt}
      label={tr('editor.mention.menu')}
      title={(scope) =>
        scope === ''
          ? tr('editor.mention.title')
          : tr('editor.mention.joinWith', {
              name: labels.speaker(scope.split(SCOPE_SEPARATOR), new Set()),
            })
      }
      empty={tr('editor.mention.none')}
      hint={tr('editor.mention.hint', {
        options: shortcutLabel(lang, shortcutFor('speakerOptions') ?? ''),
      })}
      lang={lang}
      testId="mention-menu"
      entryData={(entry) => ({ person: entry.suggestion.person.id })}
      renderEntry={(entry) => (
        <>
          <span className="pk-typeahead-label">{entry.suggestion.label}</span>
          <span className="pk-typeahead-meta">
            {tr(`editor.mention.kind.${entry.suggestion.person.kind}`)}
            {entry.present === false ? ` · ${tr('editor.mention.absent')}` : ''}
          </span>
        </>
      )}
    />
  );
}

const TRIGGER_KEYS = ['@', '+'] as const;
const keyOf = (entry: Entry) => entry.suggestion.person.id;

/** The mention shortcut writes "@" at the caret, after a space where a word ends there. */
function $writeAt(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const before = $textBeforeCaret();
  const needsSpace = before !== null && before.text !== '' && !/\s$/u.test(before.text);
  selection.insertText(needsSpace ? ' @' : '@');
  return true;
}
