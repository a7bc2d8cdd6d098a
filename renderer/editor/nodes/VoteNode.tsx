import {
  $applyNodeReplacement,
  $getDocument,
  arrayValue,
  DecoratorNode,
  nodeSchema,
  rawValue,
  stringValue,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import type { JSX } from 'react';
import type {
  NamedVote,
  VoteCounts,
  VoteJSON,
  VoteOutcome,
} from '../../../core/content/nodes-protocol';
import { EDIT_VOTE_COMMAND } from '../commands';
import { useLabels, useMentionedBefore } from './ProtocolNodeLabels';

/**
 * A vote result (core's VoteJSON): outcome, subject and counts on disk, the sentence the
 * body's rules make of them on screen ("Der Verwaltungsausschuss stimmt dem Beschlussantrag
 * einmütig zu."). A block of its own that the clerk can select and delete, not edit as text.
 */
export type SerializedVoteNode = Spread<
  {
    outcome: VoteOutcome;
    subject: string;
    counts: VoteCounts | null;
    namedVotes: NamedVote[];
    excluded: string[];
  },
  SerializedLexicalNode
>;

const voteSchema = nodeSchema<VoteNode>()({
  outcome: stringValue(),
  subject: stringValue(),
  counts: rawValue<VoteCounts | null>(),
  namedVotes: rawValue<NamedVote[]>(),
  excluded: arrayValue(stringValue()),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface VoteNode {
  exportJSON(compact?: false): SerializedVoteNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedVoteNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedVoteNode>): this;
}

function VoteLabel({ vote, nodeKey }: { vote: VoteJSON; nodeKey: NodeKey }) {
  const [editor] = useLexicalComposerContext();
  const labels = useLabels();
  const before = useMentionedBefore(nodeKey);
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  return (
    // A click selects the block (then Enter edits or Backspace deletes it), a double click
    // opens the vote dialog; the keyboard path is the caret plus Enter on the selected block.
    <span
      className={`pk-vote-body${selected ? ' pk-vote-body--selected' : ''}`}
      data-vote-key={nodeKey}
      onClick={(event) => {
        event.preventDefault();
        clearSelection();
        setSelected(true);
      }}
      onDoubleClick={(event) => {
        event.preventDefault();
        editor.dispatchCommand(EDIT_VOTE_COMMAND, nodeKey);
      }}
    >
      {labels.vote(vote, before).map((line, i) => (
        <span key={i} className="pk-vote-line">
          {line}
        </span>
      ))}
    </span>
  );
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class VoteNode extends DecoratorNode<JSX.Element> {
  /** @internal */
  __outcome: string;
  /** @internal */
  __subject: string;
  /** @internal */
  __counts: VoteCounts | null;
  /** @internal */
  __namedVotes: NamedVote[];
  /** @internal */
  __excluded: string[];

  override $config() {
    return this.config('vote', { extends: DecoratorNode, json: voteSchema });
  }

  constructor(outcome = 'einmuetig', key?: NodeKey) {
    super(key);
    this.__outcome = outcome;
    this.__subject = 'dem Beschlussantrag';
    this.__counts = null;
    this.__namedVotes = [];
    this.__excluded = [];
  }

  // Lexical clones a node before each change; the schema's conventional accessors do not
  // tell it where these fields live, so they are copied here.
  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__outcome = prevNode.__outcome;
    this.__subject = prevNode.__subject;
    this.__counts = prevNode.__counts;
    this.__namedVotes = prevNode.__namedVotes;
    this.__excluded = prevNode.__excluded;
  }

  getOutcome(): string {
    return this.getLatest().__outcome;
  }
  setOutcome(value: string): this {
    const self = this.getWritable();
    self.__outcome = value;
    return self;
  }
  getSubject(): string {
    return this.getLatest().__subject;
  }
  setSubject(value: string): this {
    const self = this.getWritable();
    self.__subject = value;
    return self;
  }
  getCounts(): VoteCounts | null {
    const counts = this.getLatest().__counts;
    return counts ? { ...counts } : null;
  }
  setCounts(value: VoteCounts | null | undefined): this {
    const self = this.getWritable();
    self.__counts = value ? { ...value } : null;
    return self;
  }
  getNamedVotes(): NamedVote[] {
    return this.getLatest().__namedVotes.map((v) => ({ ...v }));
  }
  setNamedVotes(value: NamedVote[] | undefined): this {
    const self = this.getWritable();
    self.__namedVotes = (value ?? []).map((v) => ({ ...v }));
    return self;
  }
  getExcluded(): string[] {
    return [...this.getLatest().__excluded];
  }
  setExcluded(value: readonly string[]): this {
    const self = this.getWritable();
    self.__excluded = [...value];
    return self;
  }

  /** The node's data in core's shape. */
  toVote(): VoteJSON {
    const latest = this.getLatest();
    return {
      type: 'vote',
      version: 1,
      outcome: latest.__outcome as VoteOutcome,
      subject: latest.__subject,
      counts: latest.__counts,
      namedVotes: latest.__namedVotes,
      excluded: latest.__excluded,
    };
  }

  override createDOM(): HTMLElement {
    const dom = $getDocument().createElement('div');
    dom.className = 'pk-vote';
    return dom;
  }
  override updateDOM(): false {
    return false;
  }
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    // A copy carries the sentence as shown, not the outcome id.
    const p = $getDocument().createElement('p');
    p.textContent = editor.getElementByKey(this.getKey())?.textContent || this.getTextContent();
    return { element: p };
  }
  override getTextContent(): string {
    return `${this.__subject}: ${this.__outcome}`;
  }
  override isInline(): false {
    return false;
  }
  override decorate(): JSX.Element {
    return <VoteLabel vote={this.toVote()} nodeKey={this.getKey()} />;
  }
}

export function $createVoteNode(vote?: Partial<VoteJSON>): VoteNode {
  const node = $applyNodeReplacement(new VoteNode());
  if (vote) {
    if (vote.outcome) node.setOutcome(vote.outcome);
    if (vote.subject !== undefined) node.setSubject(vote.subject);
    node.setCounts(vote.counts ?? null);
    node.setNamedVotes(vote.namedVotes);
    node.setExcluded(vote.excluded ?? []);
  }
  return node;
}

export function $isVoteNode(node: LexicalNode | null | undefined): node is VoteNode {
  return node instanceof VoteNode;
}
