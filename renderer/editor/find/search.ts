/**
 * Finding text in an item, without Lexical or the DOM: the editor hands in its text as blocks
 * of segments (one per text node), gets matches back as block offsets and maps them to nodes.
 * A match never crosses a block or a line break, as in Word.
 */

export interface TextSegment {
  /** The Lexical key of the text node. */
  key: string;
  /** Where the segment starts in its block's text. */
  start: number;
  text: string;
}

export interface SearchBlock {
  segments: TextSegment[];
  text: string;
}

export interface Match {
  block: number;
  start: number;
  end: number;
}

export interface NodePoint {
  key: string;
  offset: number;
}

/** More matches are not shown one by one; the count says "1000+". */
export const MAX_MATCHES = 1000;

function fold(text: string, matchCase: boolean): string {
  if (matchCase) return text;
  const lower = text.toLowerCase();
  // A folding that changes the length (rare outside Turkish İ) would shift every offset.
  return lower.length === text.length ? lower : text;
}

export function findMatches(
  blocks: readonly SearchBlock[],
  query: string,
  matchCase = false,
  limit = MAX_MATCHES,
): Match[] {
  if (query === '') return [];
  const needle = fold(query, matchCase);
  const matches: Match[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const hay = fold(blocks[b]!.text, matchCase);
    let at = hay.indexOf(needle);
    while (at >= 0) {
      matches.push({ block: b, start: at, end: at + needle.length });
      if (matches.length >= limit) return matches;
      at = hay.indexOf(needle, at + Math.max(1, needle.length));
    }
  }
  return matches;
}

/**
 * The text node and offset of a block offset. At a border between two segments the start of a
 * match belongs to the next segment and its end to the previous one, so a range never starts
 * at the very end of a node.
 */
export function locate(block: SearchBlock, offset: number, isEnd: boolean): NodePoint | null {
  const segments = block.segments;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const end = s.start + s.text.length;
    if (offset < s.start || offset > end) continue;
    if (!isEnd && offset === end && i + 1 < segments.length) continue;
    if (isEnd && offset === s.start && i > 0) continue;
    return { key: s.key, offset: offset - s.start };
  }
  return null;
}

/** The match to show first: the first one at or after the caret's block offset. */
export function firstMatchFrom(matches: readonly Match[], block: number, offset: number): number {
  const index = matches.findIndex(
    (m) => m.block > block || (m.block === block && m.start >= offset),
  );
  return index < 0 ? 0 : index;
}
