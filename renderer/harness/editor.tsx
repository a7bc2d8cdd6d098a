import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { createRef, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ItemContent } from '../../core/content/nodes';
import type { Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { speakerText } from '../../core/speakers/render';
import type { SectionTemplate } from '../../core/templates/schema';
import { voteLines } from '../../core/votes/render';
import type { ProtocolNodeLabels } from '../editor/nodes/ProtocolNodeLabels';
import { EDITOR_NODES, EDITOR_THEME } from '../editor/config';
import { $loadContent } from '../editor/content/serialize';
import { ItemEditor, type ItemEditorHandle } from '../editor/ItemEditor';
import { registerDocumentFonts } from '../styles/fonts';
import '../styles/tokens.css';

/**
 * A page that mounts the item editor alone, for the e2e tests and for looking at it. Tests
 * drive it through window.editorHarness; nothing here is part of the app.
 */
export interface EditorHarness {
  mount(options: {
    content: ItemContent;
    sections: SectionTemplate[];
    lang?: Lang;
    readOnly?: boolean;
    changeDelayMs?: number;
    /** Speaker and vote nodes are named from this document's roster, as print does. */
    document?: ProtocolDocument;
  }): void;
  unmount(): void;
  handle(): ItemEditorHandle;
  dirtyCount: number;
  changes: ItemContent[];
  /**
   * Replaces the mounted editor with a plain contenteditable holding a copy of its DOM (same
   * text, elements and CSS, no script): the baseline of the keystroke benchmark.
   */
  mountBareClone(): void;
  /** Lexical alone (rich text, same nodes and theme, none of our plugins): Lexical's floor. */
  mountLexicalOnly(content: ItemContent): void;
}

declare global {
  interface Window {
    editorHarness: EditorHarness;
  }
}

function labelsFor(doc: ProtocolDocument): ProtocolNodeLabels {
  return {
    speaker: (ids, before) => speakerText(doc, ids, new Set(before)),
    vote: (vote) => voteLines(doc, vote, new Set()),
  };
}

registerDocumentFonts();
document.body.style.margin = '0';
document.body.style.background = 'var(--color-desk)';

const container = document.getElementById('root')!;
let root: Root | null = null;
const ref = createRef<ItemEditorHandle>();

const harness: EditorHarness = {
  dirtyCount: 0,
  changes: [],
  mount({ content, sections, lang = 'de', readOnly = false, changeDelayMs = 300, document: doc }) {
    harness.unmount();
    harness.dirtyCount = 0;
    harness.changes = [];
    root = createRoot(container);
    root.render(
      <StrictMode>
        <ItemEditor
          ref={ref}
          content={content}
          sections={sections}
          lang={lang}
          readOnly={readOnly}
          changeDelayMs={changeDelayMs}
          labels={doc ? labelsFor(doc) : undefined}
          onDirty={() => {
            harness.dirtyCount++;
          }}
          onChange={(c) => {
            harness.changes.push(c);
          }}
        />
      </StrictMode>,
    );
  },
  unmount() {
    root?.unmount();
    root = null;
    container.replaceChildren();
  },
  handle() {
    if (!ref.current) throw new Error('editor not mounted');
    return ref.current;
  },
  mountLexicalOnly() {
    throw new Error('set below');
  },
  mountBareClone() {
    const source = document.querySelector('[data-testid="item-editor-content"]');
    if (!source) throw new Error('editor not mounted');
    const html = source.innerHTML;
    harness.unmount();
    const page = document.createElement('div');
    page.className = 'pk-page';
    const editable = document.createElement('div');
    editable.className = 'pk-content';
    editable.contentEditable = 'true';
    editable.spellcheck = true;
    editable.lang = 'de';
    editable.dataset.testid = 'bare-content';
    // The editor's own DOM and CSS, without a line of script behind it.
    editable.innerHTML = html;
    page.append(editable);
    container.append(page);
  },
};

function LexicalOnly({ content }: { content: ItemContent }) {
  return (
    <LexicalComposer
      initialConfig={{
        namespace: 'lexical-only',
        nodes: [...EDITOR_NODES],
        theme: EDITOR_THEME,
        editorState: () => $loadContent(content),
        onError: (error) => console.error(error),
      }}
    >
      <div className="pk-page">
        <RichTextPlugin
          contentEditable={<ContentEditable className="pk-content" data-testid="lexical-only" />}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
    </LexicalComposer>
  );
}

harness.mountLexicalOnly = (content: ItemContent) => {
  harness.unmount();
  root = createRoot(container);
  root.render(<LexicalOnly content={content} />);
};

window.editorHarness = harness;
