import type { SpeakerArticle } from '../../../core/content/nodes-protocol';
import { matchTrigger, type TriggerMatch } from '../../ui/typeahead/trigger';

/**
 * What opens the editor's typeahead menus, as pure functions of the text before the caret
 * (the text of the caret's text node up to the caret), so they are tested without a browser.
 */

// "@" at the start or after a space, an opening bracket or quote; the query is up to two words,
// so "@Dr Rei" narrows by title and name.
const MENTION = /(^|[\s([„“"'])(@([^\s@]{0,40}(?: [^\s@]{0,40})?))$/u;
// "+" at the very start of the text right after a mention: the same mention continues.
const JOIN = /^(\+([^\s@+]{0,40}))$/u;
// "/" at the start of a line or after a space; the query is one word (a snippet shortcut or
// the first letters of a name).
const SLASH = /(^|\s)(\/([^\s/]{0,30}))$/u;

/** "…sagt @Per" → query "Per". */
export function mentionMatch(text: string): TriggerMatch | null {
  return matchTrigger(MENTION, text);
}

/** "+Dep" at the start of the text after a mention → query "Dep" (the mention continues). */
export function joinMatch(text: string): TriggerMatch | null {
  return matchTrigger(JOIN, text);
}

/** "/fest" at the start of a line or after a space → query "fest". */
export function slashMatch(text: string): TriggerMatch | null {
  return matchTrigger(SLASH, text);
}

/**
 * The article a joint mention gets when it is made, from the text before it: at the start of
 * a sentence the default ("Die StRe …", stored as undefined), inside a sentence "die" ("Dazu
 * äußern sich die StRe …"). The clerk changes it to "der" or "den" where the case asks.
 */
export function defaultArticle(textBefore: string): SpeakerArticle | undefined {
  const before = textBefore.replace(/\s+$/u, '');
  if (before === '' || /[.!?:]["“”'»«)]*$/u.test(before)) return undefined;
  return 'die';
}
