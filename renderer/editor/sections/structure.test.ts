import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  createEditor,
  RootNode,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { content, paragraph, section } from '../../../core/content/build';
import type { ItemContent } from '../../../core/content/nodes';
import { findContentIssue } from '../../../core/content/validate';
import { contentToPlainText } from '../../../core/content/walk';
import { EDITOR_NODES } from '../config';
import { $loadContent, stateToContent } from '../content/serialize';
import {
  $createProtocolSectionNode,
  $isProtocolSectionNode,
  ProtocolSectionNode,
} from '../nodes/ProtocolSectionNode';
import {
  $isAtSectionEnd,
  $isAtSectionStart,
  $removeTextAcrossSections,
  $repairSectionStructure,
  $rootSections,
  $unwrapNestedSection,
  type SectionFrame,
} from './structure';

/** The structure functions on a headless editor (Lexical runs without a DOM). */

const FRAMES: SectionFrame[] = [
  { section: 'a', title: 'A', printTitle: false },
  { section: 'b', title: 'B:', printTitle: true },
  { section: 'c', title: 'C', printTitle: false },
];

function start(): ItemContent {
  return content([
    section('a', 'A', false, [paragraph('Erster Absatz'), paragraph('Zweiter Absatz')]),
    section('b', 'B:', true, [paragraph('Antrag eins')]),
    section('c', 'C', false, [paragraph('Aussprache')]),
  ]);
}

function editorWith(c: ItemContent, guarded = true): LexicalEditor {
  const editor = createEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  if (guarded) {
    editor.registerNodeTransform(RootNode, (root) => $repairSectionStructure(root, FRAMES));
    editor.registerNodeTransform(ProtocolSectionNode, (s) => void $unwrapNestedSection(s));
  }
  editor.update(() => $loadContent(c), { discrete: true });
  return editor;
}

const read = (editor: LexicalEditor) => stateToContent(editor.getEditorState());
const keys = (c: ItemContent) => c.root.children.map((n) => (n as { section?: string }).section);

function textNode(needle: string): TextNode {
  const found = $getRoot()
    .getAllTextNodes()
    .find((t) => t.getTextContent().includes(needle));
  if (!found) throw new Error(needle);
  return found;
}

describe('the section node', () => {
  it('round-trips core’s JSON, including after Lexical clones it', () => {
    const editor = editorWith(start());
    editor.update(() => $rootSections().forEach((s) => s.markDirty()), { discrete: true });
    const out = read(editor);
    expect(findContentIssue(out)).toBeNull();
    expect(
      out.root.children.map((s) => [
        (s as { section: string }).section,
        (s as { title: string }).title,
        (s as { printTitle: boolean }).printTitle,
      ]),
    ).toEqual([
      ['a', 'A', false],
      ['b', 'B:', true],
      ['c', 'C', false],
    ]);
    expect(contentToPlainText(out)).toBe(contentToPlainText(start()));
  });
});

describe('$removeTextAcrossSections', () => {
  it('removes a range over three sections section by section and keeps all three', () => {
    const editor = editorWith(start());
    editor.update(
      () => {
        const from = textNode('Zweiter');
        const to = textNode('Aussprache');
        const range = $createRangeSelection();
        range.anchor.set(from.getKey(), 'Zweiter'.length, 'text');
        range.focus.set(to.getKey(), 3, 'text');
        $setSelection(range);
        expect($removeTextAcrossSections(range)).toBe(true);
        const after = $getSelection();
        expect($isRangeSelection(after) && after.isCollapsed()).toBe(true);
      },
      { discrete: true },
    );
    const out = read(editor);
    expect(keys(out)).toEqual(['a', 'b', 'c']);
    expect(contentToPlainText(out).split('\n')).toEqual([
      'Erster Absatz',
      'Zweiter',
      'B:',
      '',
      'sprache',
    ]);
    expect(findContentIssue(out)).toBeNull();
  });

  it('leaves a range inside one section to Lexical', () => {
    const editor = editorWith(start());
    editor.update(
      () => {
        const node = textNode('Erster');
        const range = $createRangeSelection();
        range.anchor.set(node.getKey(), 0, 'text');
        range.focus.set(node.getKey(), 3, 'text');
        expect($removeTextAcrossSections(range)).toBe(false);
      },
      { discrete: true },
    );
    expect(contentToPlainText(read(editor))).toBe(contentToPlainText(start()));
  });
});

describe('section borders', () => {
  it('knows the first and last position of a section', () => {
    const editor = editorWith(start());
    editor.update(
      () => {
        const first = textNode('Erster');
        const last = textNode('Zweiter');
        const at = (key: string, offset: number) => {
          const s = $createRangeSelection();
          s.anchor.set(key, offset, 'text');
          s.focus.set(key, offset, 'text');
          return s;
        };
        expect($isAtSectionStart(at(first.getKey(), 0))).toBe(true);
        expect($isAtSectionStart(at(first.getKey(), 1))).toBe(false);
        expect($isAtSectionStart(at(last.getKey(), 0))).toBe(false);
        expect($isAtSectionEnd(at(last.getKey(), last.getTextContentSize()))).toBe(true);
        expect($isAtSectionEnd(at(first.getKey(), first.getTextContentSize()))).toBe(false);
      },
      { discrete: true },
    );
  });
});

describe('$repairSectionStructure', () => {
  it('brings back a removed section, puts strays into a section and fills empty ones', () => {
    const editor = editorWith(start());
    editor.update(
      () => {
        const [a, b] = $rootSections();
        b!.remove();
        a!.clear();
        const stray = $createParagraphNode().append($createTextNode('Streuner'));
        $getRoot().append(stray);
      },
      { discrete: true },
    );
    const out = read(editor);
    expect(keys(out)).toEqual(['a', 'b', 'c']);
    expect(findContentIssue(out)).toBeNull();
    const [a, b, c] = out.root.children as { children: { type: string }[] }[];
    expect(a!.children.map((n) => n.type)).toEqual(['paragraph']);
    expect(b!.children.map((n) => n.type)).toEqual(['paragraph']);
    expect(contentToPlainText(content([c as never]))).toContain('Streuner');
  });

  it('unwraps a section pasted inside another and merges a duplicate', () => {
    const editor = editorWith(start());
    editor.update(
      () => {
        const [a] = $rootSections();
        const nested = $createProtocolSectionNode('x', 'X', false);
        nested.append($createParagraphNode().append($createTextNode('Innen')));
        a!.append(nested);
        const twin = $createProtocolSectionNode('c', 'C', false);
        twin.append($createParagraphNode().append($createTextNode('Doppelt')));
        $getRoot().append(twin);
      },
      { discrete: true },
    );
    const out = read(editor);
    expect(keys(out)).toEqual(['a', 'b', 'c']);
    const text = contentToPlainText(out);
    expect(text).toContain('Innen');
    expect(text).toContain('Doppelt');
    expect(
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .every((s) => $isProtocolSectionNode(s) && !s.getChildren().some($isProtocolSectionNode)),
      ),
    ).toBe(true);
  });
});
