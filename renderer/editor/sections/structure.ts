import {
  $createParagraphNode,
  $createRangeSelection,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isRootNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type RangeSelection,
  type RootNode,
} from 'lexical';
import {
  $createProtocolSectionNode,
  $isProtocolSectionNode,
  type ProtocolSectionNode,
} from '../nodes/ProtocolSectionNode';

/**
 * The section structure of an item's text and the $-functions that keep it. The clerk edits
 * inside sections; these functions make every edit that would touch the structure (a range over
 * two sections, Backspace at a section's start, Delete at its end) act on the text only.
 */

/** The sections an item had when it was loaded: the structure the editor keeps. */
export interface SectionFrame {
  section: string;
  title: string;
  printTitle: boolean;
}

export function $sectionOf(node: LexicalNode | null): ProtocolSectionNode | null {
  for (let n: LexicalNode | null = node; n !== null; n = n.getParent()) {
    if ($isProtocolSectionNode(n)) return n;
  }
  return null;
}

export function $rootSections(): ProtocolSectionNode[] {
  return $getRoot().getChildren().filter($isProtocolSectionNode);
}

/** True when a range selection reaches into more than one section. */
export function $selectionSpansSections(selection: RangeSelection): boolean {
  if (selection.isCollapsed()) return false;
  const a = $sectionOf(selection.anchor.getNode());
  const f = $sectionOf(selection.focus.getNode());
  if (a === null && f === null) {
    // Both ends on the root itself (select all of a root holding only sections).
    return $rootSections().length > 0;
  }
  return a === null || f === null || !a.is(f);
}

function $pointAtStart(section: ProtocolSectionNode): [string, number, 'text' | 'element'] {
  const first = section.getFirstDescendant();
  if ($isTextNode(first)) return [first.getKey(), 0, 'text'];
  if ($isElementNode(first)) return [first.getKey(), 0, 'element'];
  if (first !== null) {
    const parent = first.getParentOrThrow();
    return [parent.getKey(), first.getIndexWithinParent(), 'element'];
  }
  return [section.getKey(), 0, 'element'];
}

function $pointAtEnd(section: ProtocolSectionNode): [string, number, 'text' | 'element'] {
  const last = section.getLastDescendant();
  if ($isTextNode(last)) return [last.getKey(), last.getTextContentSize(), 'text'];
  if ($isElementNode(last)) return [last.getKey(), last.getChildrenSize(), 'element'];
  if (last !== null) {
    const parent = last.getParentOrThrow();
    return [parent.getKey(), last.getIndexWithinParent() + 1, 'element'];
  }
  return [section.getKey(), section.getChildrenSize(), 'element'];
}

function $removeRange(
  from: [string, number, 'text' | 'element'],
  to: [string, number, 'text' | 'element'],
): RangeSelection {
  const range = $createRangeSelection();
  range.anchor.set(...from);
  range.focus.set(...to);
  $setSelection(range);
  if (!range.isCollapsed()) range.removeText();
  return range;
}

function $emptySection(section: ProtocolSectionNode): void {
  const paragraph = $createParagraphNode();
  for (const child of section.getChildren()) child.remove();
  section.append(paragraph);
}

function pointTuple(point: PointType): [string, number, 'text' | 'element'] {
  return [point.key, point.offset, point.type];
}

/**
 * Removes the selected text of a range that spans sections, section by section, and leaves
 * a collapsed selection where the range started. Every section stays, with at least one block.
 * Returns false (and does nothing) when the range lies within one section.
 */
export function $removeTextAcrossSections(selection: RangeSelection): boolean {
  if (!$selectionSpansSections(selection)) return false;
  const sections = $rootSections();
  if (sections.length === 0) return false;
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const startSection = $sectionOf(start.getNode()) ?? sections[0]!;
  const endSection = $sectionOf(end.getNode()) ?? sections[sections.length - 1]!;
  const from = sections.findIndex((s) => s.is(startSection));
  const to = sections.findIndex((s) => s.is(endSection));
  const startPoint = $sectionOf(start.getNode()) ? pointTuple(start) : $pointAtStart(startSection);
  const endPoint = $sectionOf(end.getNode()) ? pointTuple(end) : $pointAtEnd(endSection);

  // Last section first, so the start point's nodes are untouched until their own turn.
  $removeRange($pointAtStart(endSection), endPoint);
  for (let i = to - 1; i > from; i--) $emptySection(sections[i]!);
  const collapsed = $removeRange(startPoint, $pointAtEnd(startSection));
  $ensureSectionHasBlock(startSection);
  $ensureSectionHasBlock(endSection);
  if (!collapsed.isCollapsed() || !collapsed.anchor.getNode().isAttached()) {
    startSection.selectStart();
  }
  return true;
}

/** True when a collapsed selection sits at the very first position of its section. */
export function $isAtSectionStart(selection: RangeSelection): boolean {
  if (!selection.isCollapsed()) return false;
  const section = $sectionOf(selection.anchor.getNode());
  if (section === null) return false;
  const [key, offset] = $pointAtStart(section);
  const anchor = selection.anchor;
  if (anchor.offset !== 0) return false;
  if (anchor.key === key && offset === 0) return true;
  // An element point at offset 0 of an ancestor chain that starts the section.
  for (let n: LexicalNode | null = anchor.getNode(); n !== null && !n.is(section);) {
    if (n.getPreviousSibling() !== null) return false;
    n = n.getParent();
  }
  return true;
}

/** True when a collapsed selection sits at the very last position of its section. */
export function $isAtSectionEnd(selection: RangeSelection): boolean {
  if (!selection.isCollapsed()) return false;
  const section = $sectionOf(selection.anchor.getNode());
  if (section === null) return false;
  const [key, offset, type] = $pointAtEnd(section);
  const anchor = selection.anchor;
  if (anchor.key === key && anchor.offset === offset && anchor.type === type) return true;
  const node = anchor.getNode();
  const atEndOfNode = $isTextNode(node)
    ? anchor.offset === node.getTextContentSize()
    : $isElementNode(node) && anchor.offset === node.getChildrenSize();
  if (!atEndOfNode) return false;
  for (let n: LexicalNode | null = node; n !== null && !n.is(section);) {
    if (n.getNextSibling() !== null) return false;
    n = n.getParent();
  }
  return true;
}

/** The first block in a section is a plain paragraph (Backspace there has nothing to undo). */
export function $startsWithParagraph(selection: RangeSelection): boolean {
  const section = $sectionOf(selection.anchor.getNode());
  const first = section?.getFirstChild();
  return first != null && first.getType() === 'paragraph';
}

export function $ensureSectionHasBlock(section: ProtocolSectionNode): void {
  if (!section.isAttached()) return;
  if (section.getChildrenSize() === 0) section.append($createParagraphNode());
}

/**
 * The last line of defence, run as the root's transform after every other transform: the
 * root holds exactly the loaded sections, in order, each with at least one block. Anything
 * that slipped out of a section goes back into the section before it; a lost section comes
 * back empty. The command guards make this rare; it keeps the file valid if one is missed.
 */
export function $repairSectionStructure(root: RootNode, frames: readonly SectionFrame[]): void {
  if (frames.length === 0) return;
  const children = root.getChildren();
  let current: ProtocolSectionNode | null = null;
  const seen = new Map<string, ProtocolSectionNode>();
  const strays: LexicalNode[] = [];
  for (const child of children) {
    if ($isProtocolSectionNode(child)) {
      const twin = seen.get(child.getSection());
      if (twin) {
        // A duplicate (from an outside paste): its blocks join the original.
        for (const block of child.getChildren()) twin.append(block);
        child.remove();
        continue;
      }
      seen.set(child.getSection(), child);
      current = child;
      if (strays.length > 0) child.splice(0, 0, strays.splice(0));
    } else if (current !== null) {
      current.append(child);
    } else {
      strays.push(child);
    }
  }
  const present = root.getChildren().filter($isProtocolSectionNode);
  const inOrder =
    present.length === frames.length &&
    present.every((s, i) => s.getSection() === frames[i]!.section);
  if (!inOrder) {
    let previous: ProtocolSectionNode | null = null;
    for (const frame of frames) {
      let section = seen.get(frame.section) ?? null;
      if (section === null) {
        section = $createProtocolSectionNode(frame.section, frame.title, frame.printTitle);
        section.append($createParagraphNode());
      }
      if (previous === null) {
        if (!section.is(root.getFirstChild())) root.splice(0, 0, [section]);
      } else if (!section.is(previous.getNextSibling())) {
        previous.insertAfter(section);
      }
      previous = section;
    }
  }
  for (const child of root.getChildren()) {
    if ($isProtocolSectionNode(child)) {
      $ensureSectionHasBlock(child);
      $wrapInlineChildren(child);
    }
  }
}

/**
 * A section anywhere but directly in the root (a paste or drop slipped one in): its blocks take
 * its place. Run as the section's transform, so only sections that changed are looked at.
 */
export function $unwrapNestedSection(section: ProtocolSectionNode): boolean {
  const parent = section.getParent();
  if (parent === null || $isRootNode(parent)) return false;
  for (const block of section.getChildren()) section.insertBefore(block);
  section.remove();
  return true;
}

function $wrapInlineChildren(section: ProtocolSectionNode): void {
  let paragraph: ElementNode | null = null;
  for (const child of section.getChildren()) {
    const inline =
      $isTextNode(child) ||
      ($isElementNode(child) && child.isInline()) ||
      ($isDecoratorNode(child) && child.isInline()) ||
      child.getType() === 'linebreak' ||
      child.getType() === 'tab';
    if (inline) {
      if (paragraph === null) {
        paragraph = $createParagraphNode();
        child.insertBefore(paragraph);
      }
      paragraph.append(child);
    } else {
      paragraph = null;
    }
  }
}
