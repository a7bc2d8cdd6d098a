import {
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  createEditor,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { content, paragraph } from '../../../core/content/build';
import { findContentIssue } from '../../../core/content/validate';
import { listSuggestions } from '../../../core/review/suggestions';
import { EDITOR_NODES } from '../config';
import { $loadContent, stateToContent } from '../content/serialize';
import { $createSpeakerNode } from '../nodes/SpeakerNode';
import { $isSuggestionNode } from '../nodes/SuggestionNode';
import {
  $listSuggestions,
  $resolveAt,
  $resolveSuggestions,
  $suggestDeleteCharacter,
  $suggestDeleteRange,
  $suggestInsertNodes,
  $suggestInsertText,
  $suggestionAtCaret,
  type SuggestionAuthor,
} from './suggest';

/** Suggestion mode's state operations on a headless editor (Lexical without a DOM). */

function editorWith(...texts: string[]): LexicalEditor {
  const editor = createEditor({
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(() => $loadContent(content(texts.map((t) => paragraph(t)))), { discrete: true });
  return editor;
}

function author(name: string): SuggestionAuthor {
  let n = 0;
  return { author: name, now: () => '2026-05-06T19:30:00.000Z', newId: () => `${name}-${++n}` };
}

/** The first paragraph as text, insertions as [+…], deletions as [-…]. */
function shown(editor: LexicalEditor, index = 0): string {
  return editor.getEditorState().read(() => {
    const render = (node: LexicalNode): string => {
      if ($isSuggestionNode(node)) {
        const inner = node.getChildren().map(render).join('');
        return node.getKind() === 'insert' ? `[+${inner}]` : `[-${inner}]`;
      }
      if ($isElementNode(node)) return node.getChildren().map(render).join('');
      return node.getTextContent();
    };
    return render($getRoot().getChildAtIndex(index)!);
  });
}

/** Runs `fn` with the caret at `offset` of the first paragraph's text (or a range to `end`). */
function at(
  editor: LexicalEditor,
  offset: number,
  fn: (selection: RangeSelection) => void,
  end = offset,
): void {
  editor.update(
    () => {
      const text = $getRoot()
        .getFirstChildOrThrow<ElementNode>()
        .getFirstChildOrThrow() as TextNode;
      const selection = $createRangeSelection();
      selection.anchor.set(text.getKey(), offset, 'text');
      selection.focus.set(text.getKey(), end, 'text');
      $setSelection(selection);
      fn(selection);
    },
    { discrete: true },
  );
}

/** Runs `fn` with the current selection. */
function here(editor: LexicalEditor, fn: (selection: RangeSelection) => void) {
  editor.update(
    () => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) throw new Error('no range selection');
      fn(selection);
    },
    { discrete: true },
  );
}

const type = (editor: LexicalEditor, who: SuggestionAuthor, text: string) => {
  for (const ch of text) here(editor, (s) => $suggestInsertText(s, ch, who));
};
const backspace = (editor: LexicalEditor, who: SuggestionAuthor, times = 1) => {
  for (let i = 0; i < times; i++) here(editor, (s) => $suggestDeleteCharacter(s, who, true));
};

describe('typing in suggestion mode', () => {
  it('puts a contiguous run of typing into one insertion with one id', () => {
    const editor = editorWith('Der Ausschuss stimmt zu.');
    const chair = author('Mayer');
    at(editor, 13, () => undefined);
    type(editor, chair, ' einmütig');
    expect(shown(editor)).toBe('Der Ausschuss[+ einmütig] stimmt zu.');
    const list = editor.getEditorState().read($listSuggestions);
    expect(list).toEqual([
      {
        id: 'Mayer-1',
        kind: 'insert',
        author: 'Mayer',
        createdAt: '2026-05-06T19:30:00.000Z',
        text: ' einmütig',
      },
    ]);
  });

  it('starts a new run elsewhere, and splits another author’s run instead of joining it', () => {
    const editor = editorWith('abc');
    const chair = author('Mayer');
    const clerk = author('Häbe');
    at(editor, 1, () => undefined);
    type(editor, chair, 'XY');
    // Caret between X and Y, typed by another author.
    editor.update(
      () => {
        const run = $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex(1);
        const text = (run as ElementNode).getFirstChildOrThrow() as TextNode;
        text.select(1, 1);
      },
      { discrete: true },
    );
    type(editor, clerk, 'z');
    expect(shown(editor)).toBe('a[+X][+z][+Y]bc');
    const ids = editor
      .getEditorState()
      .read($listSuggestions)
      .map((s) => [s.id, s.author, s.text]);
    expect(ids).toEqual([
      ['Mayer-1', 'Mayer', 'X\nY'],
      ['Häbe-1', 'Häbe', 'z'],
    ]);
  });

  it('typing over a selection proposes the old words for deletion and the new after them', () => {
    const editor = editorWith('stimmt mehrheitlich zu');
    const chair = author('Mayer');
    at(editor, 7, (s) => $suggestInsertText(s, 'e', chair), 19);
    type(editor, chair, 'inmütig');
    expect(shown(editor)).toBe('stimmt [-mehrheitlich][+einmütig] zu');
  });
});

describe('inserting a snippet in suggestion mode', () => {
  it('puts text and mentions into one new run, or into the author’s run at the caret', () => {
    const editor = editorWith('Text.');
    const chair = author('Mayer');
    at(editor, 5, (s) =>
      $suggestInsertNodes(
        s,
        [$createTextNode(' Es spricht '), $createSpeakerNode(['p-mayer']), $createTextNode('.')],
        chair,
      ),
    );
    expect(shown(editor)).toBe('Text.[+ Es spricht @p-mayer.]');
    type(editor, chair, ' Ja');
    expect(shown(editor)).toBe('Text.[+ Es spricht @p-mayer. Ja]');
    expect(editor.getEditorState().read($listSuggestions)).toHaveLength(1);
  });
});

describe('deleting in suggestion mode', () => {
  it('Backspace strikes characters through, one run, the caret stepping over them', () => {
    const editor = editorWith('Perc sagt');
    const chair = author('Mayer');
    at(editor, 9, () => undefined);
    backspace(editor, chair, 4);
    expect(shown(editor)).toBe('Perc [-sagt]');
    expect(editor.getEditorState().read($listSuggestions)).toHaveLength(1);
    // Typing now goes before the struck-through word.
    type(editor, chair, 'meint');
    expect(shown(editor)).toBe('Perc [+meint][-sagt]');
  });

  it('Delete strikes forward; deleting own inserted text removes it for real', () => {
    const editor = editorWith('abcdef');
    const chair = author('Mayer');
    at(editor, 2, () => undefined);
    here(editor, (s) => $suggestDeleteCharacter(s, chair, false));
    here(editor, (s) => $suggestDeleteCharacter(s, chair, false));
    expect(shown(editor)).toBe('ab[-cd]ef');
    type(editor, chair, 'XY');
    expect(shown(editor)).toBe('ab[-cd][+XY]ef');
    backspace(editor, chair, 2);
    expect(shown(editor)).toBe('ab[-cd]ef');
    // Another author's insertion is struck through, not removed.
    const clerk = author('Häbe');
    type(editor, clerk, 'Q');
    backspace(editor, chair);
    expect(shown(editor)).toBe('ab[-cd][+[-Q]]ef');
  });

  it('a range over plain text and own insertions: plain text struck, own text gone', () => {
    const editor = editorWith('abcdef');
    const chair = author('Mayer');
    at(editor, 3, () => undefined);
    type(editor, chair, 'XY');
    expect(shown(editor)).toBe('abc[+XY]def');
    editor.update(
      () => {
        const p = $getRoot().getFirstChildOrThrow<ElementNode>();
        const first = p.getFirstChildOrThrow() as TextNode;
        const last = p.getLastChildOrThrow() as TextNode;
        const selection = $createRangeSelection();
        selection.anchor.set(first.getKey(), 1, 'text');
        selection.focus.set(last.getKey(), 2, 'text');
        $setSelection(selection);
        $suggestDeleteRange(selection, chair, true);
      },
      { discrete: true },
    );
    expect(shown(editor)).toBe('a[-bcde]f');
  });

  it('does nothing at the start of a paragraph (joining paragraphs is not tracked)', () => {
    const editor = editorWith('eins', 'zwei');
    const chair = author('Mayer');
    editor.update(
      () => {
        const second = $getRoot().getChildAtIndex(1) as ElementNode;
        (second.getFirstChildOrThrow() as TextNode).select(0, 0);
      },
      { discrete: true },
    );
    backspace(editor, chair);
    expect([shown(editor, 0), shown(editor, 1)]).toEqual(['eins', 'zwei']);
  });
});

describe('accepting and rejecting', () => {
  function sample(): LexicalEditor {
    const editor = editorWith('Der Ausschuss stimmt zu.');
    const chair = author('Mayer');
    at(editor, 13, () => undefined);
    type(editor, chair, ' einmütig');
    at(editor, 0, () => undefined);
    here(editor, (s) => $suggestDeleteCharacter(s, chair, false));
    return editor;
  }

  it('accepting an insertion keeps its text, rejecting a deletion keeps the text too', () => {
    const editor = sample();
    expect(shown(editor)).toBe('[-D]er Ausschuss[+ einmütig] stimmt zu.');
    const insert = editor
      .getEditorState()
      .read($listSuggestions)
      .find((s) => s.kind === 'insert')!.id;
    editor.update(() => void $resolveSuggestions((id) => (id === insert ? 'accept' : null)), {
      discrete: true,
    });
    expect(shown(editor)).toBe('[-D]er Ausschuss einmütig stimmt zu.');
    editor.update(() => void $resolveSuggestions(() => 'reject'), { discrete: true });
    expect(shown(editor)).toBe('Der Ausschuss einmütig stimmt zu.');
    // Text nodes are joined again: one plain run.
    const runs = editor
      .getEditorState()
      .read(() => $getRoot().getFirstChildOrThrow<ElementNode>().getChildren().filter($isTextNode));
    expect(runs).toHaveLength(1);
  });

  it('accept all / reject all, and the JSON validates and lists as core lists it', () => {
    const accepted = sample();
    const json = stateToContent(accepted.getEditorState());
    expect(findContentIssue(json)).toBeNull();
    expect(listSuggestions(json).map((s) => [s.kind, s.text])).toEqual([
      ['delete', 'D'],
      ['insert', ' einmütig'],
    ]);
    accepted.update(() => void $resolveSuggestions(() => 'accept'), { discrete: true });
    expect(shown(accepted)).toBe('er Ausschuss einmütig stimmt zu.');
    const rejected = sample();
    rejected.update(() => void $resolveSuggestions(() => 'reject'), { discrete: true });
    expect(shown(rejected)).toBe('Der Ausschuss stimmt zu.');
  });
});

describe('the suggestion at the caret (Alt+Enter) and deciding it there', () => {
  /** "Der Ausschuss[+ einmütig] stimmt[- zu]." made by the chair. */
  function proposed(): LexicalEditor {
    const editor = editorWith('Der Ausschuss stimmt zu.');
    const chair = author('Mayer');
    at(editor, 20, (s) => $suggestDeleteRange(s, chair, false), 23);
    at(editor, 13, () => undefined);
    type(editor, chair, ' einmütig');
    expect(shown(editor)).toBe('Der Ausschuss[+ einmütig] stimmt[- zu].');
    return editor;
  }

  /** The suggestion at the caret after `place` put the caret somewhere, as [+…] or [-…]. */
  function atCaret(editor: LexicalEditor, place: (runs: LexicalNode[]) => void): string | null {
    let found: string | null = null;
    editor.update(
      () => {
        place($getRoot().getFirstChildOrThrow<ElementNode>().getChildren());
        const run = $suggestionAtCaret();
        found = run ? `${run.getKind() === 'insert' ? '+' : '-'}${run.getTextContent()}` : null;
      },
      { discrete: true },
    );
    return found;
  }

  /** The caret as "text before|text after" in the first paragraph. */
  function caret(editor: LexicalEditor): string {
    return editor.getEditorState().read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return 'no caret';
      const paragraph = $getRoot().getFirstChildOrThrow<ElementNode>();
      const range = $createRangeSelection();
      range.anchor.set(paragraph.getKey(), 0, 'element');
      range.focus.set(selection.anchor.key, selection.anchor.offset, selection.anchor.type);
      const before = range.getTextContent();
      return `${before}|${paragraph.getTextContent().slice(before.length)}`;
    });
  }

  it('finds the one around the caret, just before it or just after it, and nothing elsewhere', () => {
    const editor = proposed();
    const inside = (n: LexicalNode) =>
      ((n as ElementNode).getFirstChild() as TextNode).select(3, 3);
    expect(atCaret(editor, (runs) => inside(runs[1]!))).toBe('+ einmütig');
    expect(atCaret(editor, (runs) => inside(runs[3]!))).toBe('- zu');
    // Right after " einmütig" (the start of " stimmt") and right before " zu" (the end of it).
    expect(atCaret(editor, (runs) => (runs[2] as TextNode).select(0, 0))).toBe('+ einmütig');
    expect(atCaret(editor, (runs) => (runs[2] as TextNode).select(7, 7))).toBe('- zu');
    expect(atCaret(editor, (runs) => (runs[0] as TextNode).select(13, 13))).toBe('+ einmütig');
    expect(atCaret(editor, (runs) => (runs[0] as TextNode).select(4, 4))).toBeNull();
    expect(atCaret(editor, (runs) => (runs[2] as TextNode).select(3, 3))).toBeNull();
  });

  it('accepting or rejecting one puts the caret where the change was, the other stays', () => {
    const decide = (decision: 'accept' | 'reject', index: number) => {
      const editor = proposed();
      editor.update(
        () => {
          const run = $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex(index);
          if (!$isSuggestionNode(run)) throw new Error('no suggestion');
          expect($resolveAt(run, decision)).toBe(1);
        },
        { discrete: true },
      );
      return { text: shown(editor), caret: caret(editor) };
    };
    expect(decide('accept', 1)).toEqual({
      text: 'Der Ausschuss einmütig stimmt[- zu].',
      caret: 'Der Ausschuss einmütig| stimmt zu.',
    });
    expect(decide('reject', 1)).toEqual({
      text: 'Der Ausschuss stimmt[- zu].',
      caret: 'Der Ausschuss| stimmt zu.',
    });
    expect(decide('accept', 3)).toEqual({
      text: 'Der Ausschuss[+ einmütig] stimmt.',
      caret: 'Der Ausschuss einmütig stimmt|.',
    });
    expect(decide('reject', 3)).toEqual({
      text: 'Der Ausschuss[+ einmütig] stimmt zu.',
      caret: 'Der Ausschuss einmütig stimmt zu|.',
    });
  });
});
