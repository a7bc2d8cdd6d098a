import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import {
  DecoratorNode,
  REDO_COMMAND,
  UNDO_COMMAND,
  ElementNode,
  type EditorState,
  type Klass,
  type LexicalNode,
  type NodeKey,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { ItemContent, NodeJSONBase } from '../../core/content/nodes';
import { isSpeakerNode, isVoteNode } from '../../core/content/nodes-protocol';
import { speakerText } from '../../core/speakers/render';
import { voteLines } from '../../core/votes/render';
import { t, type Lang } from '../../core/i18n/catalog';
import type { AgendaItem, ProtocolDocument } from '../../core/model/schema';

/**
 * PLACEHOLDER workspace of the app shell: the items' titles and each item's text in a plain
 * rich-text editor, enough to edit, save and reload. The real workspace (meeting view and the
 * protocol editor) replaces this file; its props are the contract.
 */
export interface WorkspaceProps {
  document: ProtocolDocument;
  onChange(next: ProtocolDocument): void;
  lang: Lang;
}

type SerializedSection = Spread<
  { section: string; title: string; printTitle: boolean },
  SerializedElementNode
>;

/** Just enough of the protocol section node to read and write it unchanged. */
class PlaceholderSectionNode extends ElementNode {
  __section: string;
  __title: string;
  __printTitle: boolean;

  static override getType(): string {
    return 'protocol-section';
  }
  static override clone(node: PlaceholderSectionNode): PlaceholderSectionNode {
    return new PlaceholderSectionNode(node.__section, node.__title, node.__printTitle, node.__key);
  }
  static override importJSON(json: SerializedSection): PlaceholderSectionNode {
    return new PlaceholderSectionNode(json.section, json.title, json.printTitle).updateFromJSON(
      json,
    );
  }
  constructor(section = '', title = '', printTitle = false, key?: NodeKey) {
    super(key);
    this.__section = section;
    this.__title = title;
    this.__printTitle = printTitle;
  }
  override exportJSON(): SerializedSection {
    return {
      ...super.exportJSON(),
      section: this.__section,
      title: this.__title,
      printTitle: this.__printTitle,
    };
  }
  override createDOM(): HTMLElement {
    const dom = document.createElement('section');
    dom.className = 'pk-ws-section';
    dom.dataset.title = this.__title;
    return dom;
  }
  override updateDOM(): boolean {
    return false;
  }
  override isShadowRoot(): boolean {
    return true;
  }
}

const DocumentContext = createContext<ProtocolDocument | null>(null);

/** Shows a speaker or vote node the way print words it. */
function ProtocolChip({ json }: { json: NodeJSONBase }) {
  const document = useContext(DocumentContext);
  let text = json.type;
  if (document && isSpeakerNode(json)) text = speakerText(document, json.personIds, new Set());
  if (document && isVoteNode(json)) text = voteLines(document, json, new Set()).join(' ');
  return <span className={`pk-ws-chip pk-ws-chip-${json.type}`}>{text}</span>;
}

/** Keeps a protocol node (speaker, vote) exactly as it was read; the real editor edits them. */
function opaqueNode(type: string, inline: boolean): Klass<LexicalNode> {
  class OpaqueNode extends DecoratorNode<ReactNode> {
    __json: NodeJSONBase;
    static override getType(): string {
      return type;
    }
    static override clone(node: OpaqueNode): OpaqueNode {
      return new OpaqueNode(node.__json, node.__key);
    }
    static override importJSON(json: NodeJSONBase): OpaqueNode {
      return new OpaqueNode(json);
    }
    constructor(json: NodeJSONBase = { type }, key?: NodeKey) {
      super(key);
      this.__json = json;
    }
    override exportJSON(): NodeJSONBase & { type: string; version: number } {
      return { ...this.__json, type, version: this.__json.version ?? 1 };
    }
    override createDOM(): HTMLElement {
      return document.createElement(inline ? 'span' : 'div');
    }
    override updateDOM(): boolean {
      return false;
    }
    override isInline(): boolean {
      return inline;
    }
    override decorate(): ReactNode {
      return <ProtocolChip json={this.__json} />;
    }
  }
  return OpaqueNode;
}

const NODES: Klass<LexicalNode>[] = [
  PlaceholderSectionNode,
  opaqueNode('speaker', true),
  opaqueNode('vote', false),
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  MarkNode,
];

/** The menu's Undo/Redo (browser mode) reach the editor that has the caret. */
function MenuCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const onCommand = (event: Event) => {
      const command = (event as CustomEvent<{ command?: string }>).detail?.command;
      const root = editor.getRootElement();
      if (!root || !root.contains(document.activeElement)) return;
      if (command === 'undo') editor.dispatchCommand(UNDO_COMMAND, undefined);
      if (command === 'redo') editor.dispatchCommand(REDO_COMMAND, undefined);
    };
    window.addEventListener('protokollant:command', onCommand);
    return () => window.removeEventListener('protokollant:command', onCommand);
  }, [editor]);
  return null;
}

function ItemEditor({
  item,
  onContent,
  label,
}: {
  item: AgendaItem;
  onContent(content: ItemContent): void;
  label: string;
}) {
  const initialConfig = useMemo(
    () => ({
      namespace: `item-${item.id}`,
      nodes: NODES,
      editorState: JSON.stringify(item.content),
      onError: (error: Error) => console.error(error),
      theme: { paragraph: 'pk-ws-paragraph', list: { ol: 'pk-ws-ol', ul: 'pk-ws-ul' } },
    }),
    // The editor owns its text after the first render; the item id keys it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [item.id],
  );
  const onEditorChange = useCallback(
    (state: EditorState) => onContent(state.toJSON() as unknown as ItemContent),
    [onContent],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="pk-ws-text"
            aria-label={label}
            data-testid={`item-text-${item.id}`}
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin />
      <MenuCommandsPlugin />
      <ListPlugin />
      <OnChangePlugin onChange={onEditorChange} ignoreSelectionChange ignoreHistoryMergeTagChange />
    </LexicalComposer>
  );
}

export function Workspace({ document, onChange, lang }: WorkspaceProps) {
  const update = (itemId: string, patch: Partial<AgendaItem>) =>
    onChange({
      ...document,
      items: document.items.map((item) => (item.id === itemId ? { ...item, ...patch } : item)),
    });
  return (
    <DocumentContext.Provider value={document}>
      <div className="pk-ws">
        {document.items.map((item) => (
          <article key={item.id} className="pk-ws-page" data-testid={`item-${item.id}`}>
            <div className="pk-ws-number">
              {t(lang, 'shell.workspace.item', { number: item.number })}
            </div>
            <label className="pk-ws-title">
              <span className="pk-ws-label">{t(lang, 'shell.workspace.title')}</span>
              <textarea
                rows={2}
                value={item.title}
                data-testid={`item-title-${item.id}`}
                onChange={(event) => update(item.id, { title: event.target.value })}
              />
            </label>
            <ItemEditor
              item={item}
              label={t(lang, 'shell.workspace.text')}
              onContent={(content) => update(item.id, { content })}
            />
          </article>
        ))}
      </div>
    </DocumentContext.Provider>
  );
}
