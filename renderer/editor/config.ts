import { ListItemNode, ListNode } from '@lexical/list';
import { MarkNode } from '@lexical/mark';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { ProtocolSectionNode } from './nodes/ProtocolSectionNode';
import { SpeakerNode } from './nodes/SpeakerNode';
import { SuggestionNode } from './nodes/SuggestionNode';
import { VoteNode } from './nodes/VoteNode';

/**
 * The node classes the item editor registers. Together with Lexical's built-in root,
 * paragraph, text, tab and linebreak these are exactly the types core/content/validate.ts
 * accepts, so the editor neither refuses a valid file nor produces a node a file may not hold.
 */
export const EDITOR_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  MarkNode,
  ProtocolSectionNode,
  SpeakerNode,
  VoteNode,
  SuggestionNode,
];

/** Class names of the rendered document; editor.css styles them as a page of the protocol. */
export const EDITOR_THEME: EditorThemeClasses = {
  paragraph: 'pk-p',
  heading: { h1: 'pk-h3', h2: 'pk-h3', h3: 'pk-h3', h4: 'pk-h4', h5: 'pk-h4', h6: 'pk-h4' },
  quote: 'pk-quote',
  list: {
    ol: 'pk-ol',
    ul: 'pk-ul',
    listitem: 'pk-li',
    nested: { listitem: 'pk-li-nested' },
    olDepth: ['pk-ol-1', 'pk-ol-2', 'pk-ol-3', 'pk-ol-1', 'pk-ol-2'],
    ulDepth: ['pk-ul-1', 'pk-ul-2', 'pk-ul-3', 'pk-ul-1', 'pk-ul-2'],
  },
  text: {
    bold: 'pk-bold',
    italic: 'pk-italic',
    underline: 'pk-underline',
    strikethrough: 'pk-strike',
    underlineStrikethrough: 'pk-underline-strike',
    subscript: 'pk-sub',
    superscript: 'pk-sup',
  },
  table: 'pk-table',
  tableRow: 'pk-tr',
  tableCell: 'pk-td',
  tableCellHeader: 'pk-th',
  tableSelection: 'pk-table-selection',
  tableCellSelected: 'pk-cell-selected',
  mark: 'pk-comment',
  protocolSection: 'pk-section',
};
