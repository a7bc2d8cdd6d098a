import { ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { createRoot } from 'react-dom/client';
import { registerDocumentFonts } from '../styles/fonts';
import '../styles/tokens.css';
import '../editor/editor.css';

/**
 * The keystroke benchmark's reference (bench/rows/05-long-item.ts): a plain Lexical editor,
 * rich text with lists, tables and history, and nothing of ours: no protocol nodes, no
 * plugins, no React state around it. It only borrows the item editor's stylesheet and class
 * names, so the page has the same width, font and layout to redo on every keystroke.
 * Not part of the app.
 */
export interface PlainLexicalHarness {
  /** Mounts an editor holding this serialized editor state (Lexical's own node types only). */
  mount(state: string): void;
}

declare global {
  interface Window {
    plainLexical: PlainLexicalHarness;
  }
}

registerDocumentFonts();
document.body.style.margin = '0';

const THEME = {
  paragraph: 'pk-p',
  heading: { h3: 'pk-h3', h4: 'pk-h4' },
  quote: 'pk-quote',
  list: { ol: 'pk-ol', ul: 'pk-ul', listitem: 'pk-li' },
  text: { bold: 'pk-bold', italic: 'pk-italic', underline: 'pk-underline' },
  table: 'pk-table',
  tableRow: 'pk-tr',
  tableCell: 'pk-td',
  tableCellHeader: 'pk-th',
};

window.plainLexical = {
  mount(state) {
    createRoot(document.getElementById('root')!).render(
      <LexicalComposer
        initialConfig={{
          namespace: 'plain-lexical',
          nodes: [
            HeadingNode,
            QuoteNode,
            ListNode,
            ListItemNode,
            TableNode,
            TableRowNode,
            TableCellNode,
          ],
          theme: THEME,
          editorState: state,
          onError: (error) => console.error(error),
        }}
      >
        <div className="pk-page">
          <RichTextPlugin
            contentEditable={<ContentEditable className="pk-content" data-testid="plain-lexical" />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <ListPlugin />
          <TablePlugin />
          <HistoryPlugin />
        </div>
      </LexicalComposer>,
    );
  },
};
