import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ItemContent } from '../../../core/content/nodes';
import { registerChangeTracker, type ChangeCallbacks } from './ChangePlugin';

/** The text of reported content, paragraph by paragraph. */
const texts = (content: ItemContent) =>
  content.root.children.map((p) =>
    ('children' in p ? (p.children as { text?: string }[]) : []).map((c) => c.text ?? '').join(''),
  );

function setup() {
  const editor = createEditor({
    namespace: 'change-test',
    onError: (e) => {
      throw e;
    },
  });
  const reports: ItemContent[] = [];
  const dirty = vi.fn();
  const callbacks: { current: ChangeCallbacks } = {
    current: { onDirty: dirty, onChange: (c) => reports.push(c), delayMs: 600 },
  };
  const tracker = registerChangeTracker(editor, callbacks);
  const type = (text: string) =>
    editor.update(
      () => {
        const p = $createParagraphNode();
        p.append($createTextNode(text));
        $getRoot().append(p);
      },
      { discrete: true },
    );
  return { editor, tracker, reports, dirty, type };
}

describe('the change tracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports the content after the pause, and a pending change on dispose', () => {
    const { tracker, reports, type } = setup();
    type('Erster Absatz');
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(600);
    expect(reports.map(texts)).toEqual([['Erster Absatz']]);
    type('Zweiter');
    tracker.dispose();
    expect(reports.map(texts)).toEqual([['Erster Absatz'], ['Erster Absatz', 'Zweiter']]);
  });

  it('sends nothing more once the host took the content: no old text over a replaced one', () => {
    const { tracker, reports, dirty, type } = setup();
    type('vor dem Import');
    expect(dirty).toHaveBeenCalledTimes(1);
    // The host takes the text (getContent), replaces the item's text and drops this editor
    // before the pause is over, as a Vorlage import confirmed quickly does.
    tracker.taken();
    tracker.dispose();
    vi.advanceTimersByTime(600);
    expect(reports).toEqual([]);
  });

  it('reports the next change after a take as dirty again, and after its pause', () => {
    const { tracker, reports, dirty, type } = setup();
    type('a');
    tracker.taken();
    type('b');
    expect(dirty).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(600);
    expect(reports.map(texts)).toEqual([['a', 'b']]);
    tracker.dispose();
  });
});
