import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { createRef, StrictMode, useMemo } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { HostApi, HostRequest, HostResponse, HostMethod } from '../../contract/host-api';
import type { ItemContent } from '../../core/content/nodes';
import { t, type Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { parseSnippetSet, serializeSnippetSet } from '../../core/snippets/format';
import type { SnippetSet } from '../../core/snippets/model';
import {
  bodySnippetSetId,
  starterSnippetSet,
  type SnippetSetId,
} from '../../core/snippets/starter';
import { validateSnippets } from '../../core/snippets/validate';
import type { SectionTemplate } from '../../core/templates/schema';
import { EDITOR_NODES, EDITOR_THEME } from '../editor/config';
import { $loadContent } from '../editor/content/serialize';
import { ItemEditor, type ItemEditorHandle } from '../editor/ItemEditor';
import { useSnippets } from '../editor/snippets/useSnippets';
import { registerDocumentFonts } from '../styles/fonts';
import { EditorTestApiPlugin, type EditorTestApi } from './editorTestApi';
import '../styles/tokens.css';

/**
 * A page that mounts the item editor alone, for the e2e tests and for looking at it. Tests
 * drive it through window.editorHarness; nothing here is part of the app.
 */
export interface MountOptions {
  content: ItemContent;
  sections: SectionTemplate[];
  lang?: Lang;
  readOnly?: boolean;
  changeDelayMs?: number;
  /** The document the item belongs to: roster, attendance, body (mentions, votes, snippets). */
  document?: ProtocolDocument;
  itemId?: string;
  /** Offer comments: threads get ids c-1, c-2, … and are recorded in `comments`. */
  comments?: boolean;
  activeCommentId?: string | null;
  /** Offer snippets over an in-memory host (store and files in `snippetHost`). */
  snippets?: boolean;
  suggestionMode?: boolean;
  author?: string;
}

export interface EditorHarness {
  mount(options: MountOptions): void;
  /** Re-renders the mounted editor with changed options (the editor stays mounted). */
  update(patch: Partial<MountOptions>): void;
  unmount(): void;
  /** The workspace's handle and the test API of the mounted editor. */
  handle(): ItemEditorHandle & EditorTestApi;
  dirtyCount: number;
  changes: ItemContent[];
  /** Comment threads the editor asked for, and the ids of marks clicked. */
  comments: { id: string; quote: string; text: string }[];
  selectedComments: string[];
  snippetHost: { stored: SnippetSet | null; files: Record<string, string> };
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

registerDocumentFonts();
document.body.style.margin = '0';
document.body.style.background = 'var(--color-desk)';

const container = document.getElementById('root')!;
let root: Root | null = null;
let current: MountOptions | null = null;
const ref = createRef<ItemEditorHandle>();
const testApi = createRef<EditorTestApi>();

/** The snippet methods of the host API over memory, as host/services/snippets.ts does them. */
function memoryHost(state: EditorHarness['snippetHost']): Pick<HostApi, 'call'> {
  const answer = async (method: HostMethod, request: Record<string, unknown>): Promise<unknown> => {
    switch (method) {
      case 'snippets.get':
        return state.stored ?? starterSnippetSet(request.starter as SnippetSetId | undefined);
      case 'snippets.set': {
        const set = request as unknown as SnippetSet;
        const issue = validateSnippets(set.snippets)[0];
        if (issue) throw new Error(t('de', issue.messageKey, issue.params));
        state.stored = {
          format: 'protokollant/textbausteine',
          version: 1,
          name: set.name,
          snippets: set.snippets,
        };
        return state.stored;
      }
      case 'snippets.export': {
        const path = String(request.path);
        state.files[path] = serializeSnippetSet(
          state.stored ?? starterSnippetSet(request.starter as SnippetSetId | undefined),
        );
        return { path };
      }
      case 'snippets.import': {
        const path = String(request.path);
        const text = state.files[path];
        if (text === undefined) throw new Error(t('de', 'file.notFound', { file: path }));
        try {
          return parseSnippetSet(text, path.split('/').pop() ?? path);
        } catch (error) {
          throw new Error(error instanceof Error ? error.message : String(error));
        }
      }
      case 'app.info':
        return {
          mode: 'browser',
          documentsFolder: '/home/clerk/Dokumente',
          paths: { separator: '/', forbiddenInName: '/', caseInsensitive: false },
        };
      default:
        throw new Error(`not in the harness: ${method}`);
    }
  };
  return {
    call: <M extends HostMethod>(method: M, request: HostRequest<M>) =>
      answer(method, request as Record<string, unknown>) as Promise<HostResponse<M>>,
  };
}

function Mounted({ options }: { options: MountOptions }) {
  const host = useMemo(() => memoryHost(harness.snippetHost), []);
  const library = useSnippets(
    host,
    options.document ? bodySnippetSetId(options.document) : 'neutral',
  );
  return (
    <ItemEditor
      ref={ref}
      content={options.content}
      sections={options.sections}
      lang={options.lang ?? 'de'}
      readOnly={options.readOnly ?? false}
      changeDelayMs={options.changeDelayMs ?? 300}
      document={options.document}
      itemId={options.itemId ?? options.document?.items[0]?.id}
      snippets={options.snippets ? library : undefined}
      onAddComment={
        options.comments
          ? ({ quote, text }) => {
              const id = `c-${harness.comments.length + 1}`;
              harness.comments.push({ id, quote, text });
              return id;
            }
          : undefined
      }
      onSelectComment={(id) => harness.selectedComments.push(id)}
      activeCommentId={options.activeCommentId ?? null}
      suggestionMode={options.suggestionMode ?? false}
      author={options.author ?? ''}
      onDirty={() => {
        harness.dirtyCount++;
      }}
      onChange={(c) => {
        harness.changes.push(c);
      }}
      plugins={<EditorTestApiPlugin apiRef={testApi} />}
    />
  );
}

function render(): void {
  if (!root || !current) return;
  root.render(
    <StrictMode>
      <Mounted options={current} />
    </StrictMode>,
  );
}

const harness: EditorHarness = {
  dirtyCount: 0,
  changes: [],
  comments: [],
  selectedComments: [],
  snippetHost: { stored: null, files: {} },
  mount(options) {
    harness.unmount();
    harness.dirtyCount = 0;
    harness.changes = [];
    harness.comments = [];
    harness.selectedComments = [];
    harness.snippetHost = { stored: null, files: {} };
    current = options;
    root = createRoot(container);
    render();
  },
  update(patch) {
    if (!current) throw new Error('editor not mounted');
    current = { ...current, ...patch };
    render();
  },
  unmount() {
    root?.unmount();
    root = null;
    current = null;
    container.replaceChildren();
  },
  handle() {
    if (!ref.current || !testApi.current) throw new Error('editor not mounted');
    return { ...ref.current, ...testApi.current };
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
