import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import type { SuggestionInfo } from '../../../core/review/suggestions';
import {
  $createSuggestionNode,
  $isSuggestionNode,
  type SuggestionNode,
} from '../nodes/SuggestionNode';

/**
 * Suggestion mode (track changes) as editor-state operations. While it is on, typed text goes
 * into an 'insert' suggestion of the author (one id per contiguous run) and deleted text is
 * wrapped in a 'delete' suggestion instead of being removed; text the same author proposed to
 * insert is really deleted. Structure (new paragraphs, lists) and formatting are not tracked.
 */
export interface SuggestionAuthor {
  author: string;
  /** ISO time of a new suggestion. */
  now(): string;
  /** A fresh suggestion id. */
  newId(): string;
}

export function $createSuggestion(
  kind: 'insert' | 'delete',
  id: string,
  author: string,
  createdAt: string,
): SuggestionNode {
  return $createSuggestionNode().setKind(kind).setId(id).setAuthor(author).setCreatedAt(createdAt);
}

/** The nearest suggestion around a node (itself included). */
export function $suggestionOf(node: LexicalNode | null): SuggestionNode | null {
  for (let n: LexicalNode | null = node; n !== null; n = n.getParent()) {
    if ($isSuggestionNode(n)) return n;
    if ($isElementNode(n) && !n.isInline()) return null;
  }
  return null;
}

const isOwn = (node: LexicalNode | null, kind: string, author: string): node is SuggestionNode =>
  $isSuggestionNode(node) && node.getKind() === kind && node.getAuthor() === author;

/** A caret between two children of `parent`, before the child at `index`. */
function $caretAt(parent: ElementNode, index: number): void {
  const selection = $createRangeSelection();
  selection.anchor.set(parent.getKey(), index, 'element');
  selection.focus.set(parent.getKey(), index, 'element');
  $setSelection(selection);
}

const $caretBefore = (node: LexicalNode) =>
  $caretAt(node.getParentOrThrow(), node.getIndexWithinParent());
const $caretAfter = (node: LexicalNode) =>
  $caretAt(node.getParentOrThrow(), node.getIndexWithinParent() + 1);

function $selectEndOf(text: TextNode): void {
  const size = text.getTextContentSize();
  text.select(size, size);
}

/** Text typed into an existing run: appended at the caret of `text`. */
function $typeInto(text: TextNode, offset: number, typed: string): void {
  text.spliceText(offset, 0, typed, true);
}

function $appendTo(run: SuggestionNode, typed: string, format: number, style: string): void {
  const last = run.getLastDescendant();
  if ($isTextNode(last) && last.getFormat() === format && last.getStyle() === style) {
    $typeInto(last, last.getTextContentSize(), typed);
    return;
  }
  const text = $createTextNode(typed).setFormat(format).setStyle(style);
  run.append(text);
  $selectEndOf(text);
}

function $prependTo(run: SuggestionNode, typed: string, format: number, style: string): void {
  const first = run.getFirstDescendant();
  if ($isTextNode(first) && first.getFormat() === format && first.getStyle() === style) {
    first.spliceText(0, 0, typed, false);
    first.select(typed.length, typed.length);
    return;
  }
  const text = $createTextNode(typed).setFormat(format).setStyle(style);
  const head = run.getFirstChild();
  if (head) head.insertBefore(text);
  else run.append(text);
  $selectEndOf(text);
}

/**
 * Where new text goes when the caret stands in a text node inside someone else's run or
 * inside deleted text: out of it (deleted text is never typed into), or between the halves of
 * another author's insertion, so each run keeps one author.
 */
function $leaveForeignRun(selection: RangeSelection, author: string): void {
  const anchor = selection.anchor;
  const node = anchor.getNode();
  const run = $suggestionOf(node);
  if (run === null || (run.getKind() === 'insert' && run.getAuthor() === author)) return;
  if (run.getKind() === 'delete') {
    const atStart =
      anchor.type === 'text'
        ? anchor.offset === 0 && node.getPreviousSibling() === null
        : anchor.offset === 0;
    if (atStart) $caretBefore(run);
    else $caretAfter(run);
    return;
  }
  // Another author's insertion: split it at the caret into two runs of the same id.
  if (anchor.type !== 'text' || !$isTextNode(node)) {
    $caretAfter(run);
    return;
  }
  const offset = anchor.offset;
  let tail: LexicalNode | null;
  if (offset === 0) tail = node;
  else if (offset >= node.getTextContentSize()) tail = node.getNextSibling();
  else tail = node.splitText(offset)[1] ?? null;
  if (tail === null || !tail.getParent()?.is(run)) {
    $caretAfter(run);
    return;
  }
  const second = $createSuggestion('insert', run.getId(), run.getAuthor(), run.getCreatedAt());
  const moving: LexicalNode[] = [];
  for (let n: LexicalNode | null = tail; n !== null; n = n.getNextSibling()) moving.push(n);
  run.insertAfter(second);
  second.append(...moving);
  if (run.getChildrenSize() === 0) {
    $caretBefore(second);
    run.remove();
  } else $caretAfter(run);
}

/** Typing in suggestion mode: `typed` becomes (part of) the author's insert run. */
export function $suggestInsertText(
  selection: RangeSelection,
  typed: string,
  who: SuggestionAuthor,
): void {
  if (typed === '') return;
  const format = selection.format;
  const style = selection.style;
  if (!selection.isCollapsed()) {
    // Typing over a selection: the selected text is proposed for deletion, the new text
    // follows it.
    $suggestDeleteRange(selection, who, false);
  }
  const current = $getActiveSelection();
  if (current === null) return;
  $leaveForeignRun(current, who.author);
  const point = $getActiveSelection()?.anchor;
  if (!point) return;
  const node = point.getNode();

  if (point.type === 'text' && $isTextNode(node)) {
    const offset = point.offset;
    if (isOwn($suggestionOf(node), 'insert', who.author)) {
      $typeInto(node, offset, typed);
      return;
    }
    const size = node.getTextContentSize();
    const previous = node.getPreviousSibling();
    const next = node.getNextSibling();
    if (offset === 0 && isOwn(previous, 'insert', who.author)) {
      $appendTo(previous, typed, format, style);
      return;
    }
    if (offset === size && isOwn(next, 'insert', who.author)) {
      $prependTo(next, typed, format, style);
      return;
    }
    const run = $newRun(typed, format, style, who);
    if (offset === 0) node.insertBefore(run);
    else if (offset >= size) node.insertAfter(run);
    else node.splitText(offset)[1]!.insertBefore(run);
    $selectEndOf(run.getLastDescendant() as TextNode);
    return;
  }

  if (!$isElementNode(node)) return;
  const index = point.offset;
  const before = index > 0 ? node.getChildAtIndex(index - 1) : null;
  const after = node.getChildAtIndex(index);
  if (isOwn($suggestionOf(node), 'insert', who.author)) {
    // Between two children of the author's own run (after a mention in it): plain text there.
    const text = $createTextNode(typed).setFormat(format).setStyle(style);
    if (after) after.insertBefore(text);
    else node.append(text);
    $selectEndOf(text);
    return;
  }
  if (isOwn(before, 'insert', who.author)) {
    $appendTo(before, typed, format, style);
    return;
  }
  if (isOwn(after, 'insert', who.author)) {
    $prependTo(after, typed, format, style);
    return;
  }
  const run = $newRun(typed, format, style, who);
  let host: LexicalNode = run;
  if ($isRootOrShadowRoot(node)) {
    // A caret between blocks (an empty section): the text needs a paragraph.
    host = $createParagraphNode().append(run);
  }
  if (after) after.insertBefore(host);
  else node.append(host);
  $selectEndOf(run.getLastDescendant() as TextNode);
}

/**
 * Inline nodes (a snippet: text and mentions) inserted in suggestion mode: they become part of
 * the author's run at the caret, or a new run of their own.
 */
export function $suggestInsertNodes(
  selection: RangeSelection,
  nodes: LexicalNode[],
  who: SuggestionAuthor,
): void {
  if (nodes.length === 0) return;
  if (!selection.isCollapsed()) $suggestDeleteRange(selection, who, false);
  const current = $getActiveSelection();
  if (current === null) return;
  $leaveForeignRun(current, who.author);
  const point = $getActiveSelection()?.anchor;
  if (!point) return;
  const node = point.getNode();
  let items: LexicalNode[] = nodes;
  if (!isOwn($suggestionOf(node), 'insert', who.author)) {
    const run = $createSuggestion('insert', who.newId(), who.author, who.now());
    run.append(...nodes);
    items = [run];
  }
  if (point.type === 'text' && $isTextNode(node)) {
    const offset = point.offset;
    const size = node.getTextContentSize();
    const next = offset === 0 ? node : offset >= size ? null : node.splitText(offset)[1]!;
    if (next) for (const item of items) next.insertBefore(item);
    else [...items].reverse().forEach((item) => node.insertAfter(item));
  } else if ($isElementNode(node)) {
    const after = node.getChildAtIndex(point.offset);
    if ($isRootOrShadowRoot(node)) items = [$createParagraphNode().append(...items)];
    for (const item of items) {
      if (after) after.insertBefore(item);
      else node.append(item);
    }
  } else return;
  const last = nodes[nodes.length - 1]!;
  if ($isTextNode(last)) $selectEndOf(last);
  else last.selectNext(0, 0);
}

function $newRun(
  typed: string,
  format: number,
  style: string,
  who: SuggestionAuthor,
): SuggestionNode {
  const run = $createSuggestion('insert', who.newId(), who.author, who.now());
  run.append($createTextNode(typed).setFormat(format).setStyle(style));
  return run;
}

function $getActiveSelection(): RangeSelection | null {
  const selection = $getSelection();
  return $isRangeSelection(selection) ? selection : null;
}

/** A leaf the deletion acts on: text, a line break, an inline decorator (a speaker). */
function isLeaf(node: LexicalNode): boolean {
  return $isTextNode(node) || $isLineBreakNode(node) || ($isDecoratorNode(node) && node.isInline());
}

/**
 * Proposes the selected text for deletion. Text already proposed for deletion stays as it
 * is; the author's own proposed insertions are removed for real. The caret ends before the
 * deleted text (`isBackward`, as Backspace leaves it) or after it.
 */
export function $suggestDeleteRange(
  selection: RangeSelection,
  who: SuggestionAuthor,
  isBackward: boolean,
): void {
  if (selection.isCollapsed()) return;
  const leaves = selection.extract().filter(isLeaf);
  const id = who.newId();
  const createdAt = who.now();
  const runs: SuggestionNode[] = [];
  let current: SuggestionNode | null = null;
  for (const leaf of leaves) {
    if (!leaf.isAttached()) continue;
    const run = $suggestionOf(leaf);
    if (run?.getKind() === 'delete') {
      current = null;
      continue;
    }
    if (isOwn(run, 'insert', who.author)) {
      leaf.remove();
      continue;
    }
    const previous = leaf.getPreviousSibling();
    const next = leaf.getNextSibling();
    if (current !== null && current.isAttached() && previous?.is(current)) {
      current.append(leaf);
    } else if (isOwn(previous, 'delete', who.author)) {
      previous.append(leaf);
      current = previous;
    } else if (isOwn(next, 'delete', who.author)) {
      const head = next.getFirstChild();
      if (head) head.insertBefore(leaf);
      else next.append(leaf);
      current = next;
    } else {
      current = $createSuggestion('delete', id, who.author, createdAt);
      leaf.insertBefore(current);
      current.append(leaf);
    }
    // A run that now touches another of the author's deletions becomes one run.
    const following = current.getNextSibling();
    if (isOwn(following, 'delete', who.author)) {
      current.append(...following.getChildren());
      following.remove();
    }
    if (!runs.some((r) => r.is(current))) runs.push(current);
  }
  const attached = runs.filter((r) => r.isAttached());
  if (attached.length > 0) {
    if (isBackward) $caretBefore(attached[0]!);
    else $caretAfter(attached[attached.length - 1]!);
    return;
  }
  // Only own insertions were removed: Lexical moved the caret to where they were.
  const after = $getActiveSelection();
  if (after && !after.isCollapsed()) {
    const point = isBackward ? after.anchor : after.focus;
    after.anchor.set(point.key, point.offset, point.type);
    after.focus.set(point.key, point.offset, point.type);
  }
}

/** The leaf next to `node` in `direction` within its block, stepping into inline elements. */
function $adjacentLeaf(node: LexicalNode, backward: boolean): LexicalNode | null {
  let current: LexicalNode = node;
  for (;;) {
    const sibling = backward ? current.getPreviousSibling() : current.getNextSibling();
    if (sibling === null) {
      const parent = current.getParent();
      if (parent === null || !$isElementNode(parent) || !parent.isInline()) return null;
      current = parent;
      continue;
    }
    return $edgeLeaf(sibling, backward);
  }
}

/** The last (backward) or first leaf inside `node`, or the node when it is a leaf. */
function $edgeLeaf(node: LexicalNode, backward: boolean): LexicalNode | null {
  let current: LexicalNode = node;
  while ($isElementNode(current)) {
    if (!current.isInline()) return null;
    const child: LexicalNode | null = backward ? current.getLastChild() : current.getFirstChild();
    if (child === null) return $adjacentLeaf(current, backward);
    current = child;
  }
  return current;
}

/** The leaf at a caret in `direction`, with the offset of the caret inside it when it is text. */
function $leafAtCaret(
  selection: RangeSelection,
  backward: boolean,
): { leaf: LexicalNode; offset: number } | null {
  const anchor = selection.anchor;
  const node = anchor.getNode();
  if (anchor.type === 'text' && $isTextNode(node)) {
    const offset = anchor.offset;
    if (backward ? offset > 0 : offset < node.getTextContentSize()) return { leaf: node, offset };
    const leaf = $adjacentLeaf(node, backward);
    if (leaf === null) return null;
    return { leaf, offset: backward && $isTextNode(leaf) ? leaf.getTextContentSize() : 0 };
  }
  if (!$isElementNode(node)) return null;
  const child = node.getChildAtIndex(backward ? anchor.offset - 1 : anchor.offset);
  const leaf =
    child !== null
      ? $edgeLeaf(child, backward)
      : node.isInline()
        ? $adjacentLeaf(node, backward)
        : null;
  if (leaf === null) return null;
  return { leaf, offset: backward && $isTextNode(leaf) ? leaf.getTextContentSize() : 0 };
}

/**
 * Backspace (`backward`) or Delete at a caret: the character (or speaker, or line break) next
 * to it is proposed for deletion. Text already proposed for deletion is stepped over, so
 * repeated Backspace extends the struck-through run. At a block's edge nothing happens:
 * joining paragraphs is not tracked.
 */
export function $suggestDeleteCharacter(
  selection: RangeSelection,
  who: SuggestionAuthor,
  backward: boolean,
): void {
  if (!selection.isCollapsed()) {
    $suggestDeleteRange(selection, who, backward);
    return;
  }
  let found = $leafAtCaret(selection, backward);
  // Step over deleted text.
  for (let guard = 0; found !== null && guard < 10_000; guard++) {
    const run = $suggestionOf(found.leaf);
    if (run?.getKind() !== 'delete') break;
    const beyond = $adjacentLeaf(run, backward);
    found =
      beyond === null
        ? null
        : {
            leaf: beyond,
            offset: backward && $isTextNode(beyond) ? beyond.getTextContentSize() : 0,
          };
  }
  if (found === null) return;
  const range = $createRangeSelection();
  const { leaf, offset } = found;
  if ($isTextNode(leaf)) {
    const text = leaf.getTextContent();
    // A character outside the basic plane is two code units: take both.
    let start = backward ? offset - 1 : offset;
    let end = backward ? offset : offset + 1;
    if (backward && start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
    if (!backward && /[\uD800-\uDBFF]/.test(text[start] ?? '') && end < text.length) end++;
    range.anchor.set(leaf.getKey(), Math.max(0, start), 'text');
    range.focus.set(leaf.getKey(), Math.min(text.length, end), 'text');
  } else {
    const parent = leaf.getParentOrThrow();
    const index = leaf.getIndexWithinParent();
    range.anchor.set(parent.getKey(), index, 'element');
    range.focus.set(parent.getKey(), index + 1, 'element');
  }
  $setSelection(range);
  $suggestDeleteRange(range, who, backward);
}

/** Every suggestion node of the item, in document order. */
export function $suggestionNodes(): SuggestionNode[] {
  const found: SuggestionNode[] = [];
  const stack: LexicalNode[] = [$getRoot()];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ($isSuggestionNode(node)) found.push(node);
    if ($isElementNode(node)) {
      const children = node.getChildren();
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return found;
}

/** The text of a run as core's listSuggestions reads it: its text nodes. */
function $runText(run: SuggestionNode): string {
  return run
    .getAllTextNodes()
    .map((t) => t.getTextContent())
    .join('');
}

/** The item's suggestions, one entry per id (a run split over paragraphs is one suggestion). */
export function $listSuggestions(): SuggestionInfo[] {
  const byId = new Map<string, SuggestionInfo>();
  for (const node of $suggestionNodes()) {
    const id = node.getId();
    const known = byId.get(id);
    if (known) {
      known.text += `\n${$runText(node)}`;
      continue;
    }
    byId.set(id, {
      id,
      kind: node.getKind() === 'delete' ? 'delete' : 'insert',
      author: node.getAuthor(),
      createdAt: node.getCreatedAt(),
      text: $runText(node),
    });
  }
  return [...byId.values()];
}

/**
 * Accepts or rejects suggestions: an accepted insertion (or rejected deletion) keeps its text
 * and loses the wrapper; an accepted deletion (or rejected insertion) goes with its text.
 * Returns how many suggestion nodes were resolved.
 */
export function $resolveSuggestions(decide: (id: string) => 'accept' | 'reject' | null): number {
  let count = 0;
  // Inner runs first, so a nested suggestion is decided before the one around it moves it.
  for (const node of $suggestionNodes().reverse()) {
    if (!node.isAttached()) continue;
    const decision = decide(node.getId());
    if (decision === null) continue;
    count++;
    const keep = (node.getKind() === 'insert') === (decision === 'accept');
    if (keep) {
      for (const child of node.getChildren()) node.insertBefore(child);
    }
    node.remove();
  }
  return count;
}

/**
 * The suggestion the caret is in or touches (its first or last character), for Alt+Enter: the
 * one around the caret, else the one just before it, else the one just after it. A selection
 * counts by its anchor.
 */
export function $suggestionAtCaret(): SuggestionNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const { anchor } = selection;
  const node = anchor.getNode();
  const around = $suggestionOf(node);
  if (around) return around;
  let before: LexicalNode | null = null;
  let after: LexicalNode | null = null;
  if ($isTextNode(node)) {
    if (anchor.offset === 0) before = node.getPreviousSibling();
    if (anchor.offset === node.getTextContentSize()) after = node.getNextSibling();
  } else if ($isElementNode(node)) {
    before = node.getChildAtIndex(anchor.offset - 1);
    after = node.getChildAtIndex(anchor.offset);
  }
  if ($isSuggestionNode(before)) return before;
  return $isSuggestionNode(after) ? after : null;
}

/**
 * Accepts or rejects the change one suggestion node belongs to (every node of its id) and puts
 * the caret where the change was: after the text that stays, or where the text that went was.
 * The caret never jumps away from the item's text.
 */
export function $resolveAt(node: SuggestionNode, decision: 'accept' | 'reject'): number {
  const id = node.getId();
  const keep = (node.getKind() === 'insert') === (decision === 'accept');
  const kept = keep ? node.getLastChild() : null;
  const previous = node.getPreviousSibling();
  const next = node.getNextSibling();
  const parent = node.getParent();
  const count = $resolveSuggestions((other) => (other === id ? decision : null));
  const place = [kept, previous].find((n) => n?.isAttached());
  if (place) place.selectEnd();
  else if (next?.isAttached()) next.selectStart();
  else if (parent?.isAttached()) parent.selectStart();
  return count;
}
