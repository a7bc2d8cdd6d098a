/**
 * Words of a text for spell checking, and German compounds. Hunspell dictionaries for German
 * describe compounding with flags the JS reader (nspell) does not apply, so "Gemeinderat" or
 * "Verwaltungsausschuss" would be marked although both parts are words. A compound is taken as
 * correct when it splits into known words (two to four parts, each at least three letters), with
 * the linking elements German uses between them ("Sitzung-s-saal", "Land-es-hauptstadt").
 */

/** Letters (with marks), inner apostrophes and hyphens; digits make a token no word to check. */
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’]*(?:-[\p{L}\p{M}][\p{L}\p{M}'’]*)*/gu;

export interface WordAt {
  word: string;
  index: number;
}

/** The words to check in a text, with their offsets. Abbreviations (BW, GemO, StRin) are skipped. */
export function wordsOf(text: string): WordAt[] {
  const out: WordAt[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/['’]+$/u, '');
    if (word.length < 2) continue;
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + match[0].length] ?? '';
    // Part of a reference ("288/2018", "AKR0410") or an address: not prose.
    if (/[\d/@._]/u.test(before) || /[\d/@_]/u.test(after)) continue;
    // Abbreviations: all capitals, or a capital after the first letter ("GemO", "StRin").
    if (/^\p{Lu}+$/u.test(word) || /^.\p{Ll}*\p{Lu}/u.test(word)) continue;
    out.push({ word, index: match.index });
  }
  return out;
}

const LINKS = ['', 's', 'es', 'n', 'en'];
const MIN_PART = 3;
const MAX_PARTS = 4;

const capital = (word: string) => word.charAt(0).toLocaleUpperCase('de') + word.slice(1);

/**
 * Whether `word` is correct: known itself, a hyphenated pair of correct words, or a compound of
 * known words. `known` is the dictionary's test (nspell's `correct`, plus the user's words).
 */
export function correctWord(word: string, known: (word: string) => boolean): boolean {
  if (known(word)) return true;
  if (word.includes('-')) return word.split('-').every((part) => correctWord(part, known));
  const memo = new Map<string, boolean>();
  // A part inside a compound is written small ("rat" in "Gemeinderat"); the dictionary has "Rat".
  const part = (piece: string, first: boolean) => known(piece) || (!first && known(capital(piece)));
  const rest = (tail: string, parts: number): boolean => {
    const key = `${tail}|${parts}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let ok = part(tail, false) && tail.length >= MIN_PART;
    for (let cut = MIN_PART; !ok && parts > 1 && cut <= tail.length - MIN_PART; cut += 1) {
      const head = tail.slice(0, cut);
      if (!part(head, false)) continue;
      ok = LINKS.some(
        (link) => tail.startsWith(link, cut) && rest(tail.slice(cut + link.length), parts - 1),
      );
    }
    memo.set(key, ok);
    return ok;
  };
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut += 1) {
    const head = word.slice(0, cut);
    if (!part(head, true)) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, cut)) continue;
      const tail = word.slice(cut + link.length);
      if (tail.length >= MIN_PART && rest(tail, MAX_PARTS - 1)) return true;
    }
  }
  return false;
}
