import {
  $applyNodeReplacement,
  $getDocument,
  arrayValue,
  DecoratorNode,
  enumValue,
  nodeSchema,
  optional,
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
import type { JSX } from 'react';
import { SPEAKER_ARTICLES, type SpeakerArticle } from '../../../core/content/nodes-protocol';
import { useLabels, useMentionedBefore } from './ProtocolNodeLabels';

/**
 * A speaker mention ("StR Perc (SPD)"): person ids on disk (core's SpeakerJSON), the name as
 * the roster gives it on screen. One atom in the text: the caret passes it, Backspace takes
 * it whole.
 */
export type SerializedSpeakerNode = Spread<
  { personIds: string[]; article?: SpeakerArticle },
  SerializedLexicalNode
>;

const speakerSchema = nodeSchema<SpeakerNode>()({
  personIds: arrayValue(stringValue()),
  // Absent means "Die" (core's SpeakerJSON): the field is written only when the clerk chose.
  article: optional(enumValue(SPEAKER_ARTICLES)),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SpeakerNode {
  exportJSON(compact?: false): SerializedSpeakerNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedSpeakerNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedSpeakerNode>): this;
}

function SpeakerLabel(props: {
  personIds: readonly string[];
  article: SpeakerArticle | undefined;
  nodeKey: string;
}) {
  const labels = useLabels();
  const before = useMentionedBefore(props.nodeKey);
  return <>{labels.speaker(props.personIds, before, props.article)}</>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SpeakerNode extends DecoratorNode<JSX.Element> {
  /** @internal */
  __personIds: readonly string[];
  /** @internal */
  __article: SpeakerArticle | undefined;

  override $config() {
    return this.config('speaker', { extends: DecoratorNode, json: speakerSchema });
  }

  constructor(personIds: readonly string[] = [], key?: NodeKey) {
    super(key);
    this.__personIds = personIds;
    this.__article = undefined;
  }

  // Lexical clones a node before each change; the schema's conventional accessors do not
  // tell it where these fields live, so they are copied here.
  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__personIds = prevNode.__personIds;
    this.__article = prevNode.__article;
  }

  getPersonIds(): string[] {
    return [...this.getLatest().__personIds];
  }
  setPersonIds(personIds: readonly string[]): this {
    const self = this.getWritable();
    self.__personIds = [...personIds];
    return self;
  }
  getArticle(): SpeakerArticle | undefined {
    return this.getLatest().__article;
  }
  /** The article before a shared plural title; undefined for the default ("Die"). */
  setArticle(article: SpeakerArticle | undefined): this {
    const self = this.getWritable();
    self.__article = article === 'Die' ? undefined : article;
    return self;
  }

  override createDOM(): HTMLElement {
    const dom = $getDocument().createElement('span');
    dom.className = 'pk-speaker';
    return dom;
  }
  override updateDOM(): false {
    return false;
  }
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    // A copy carries the name as shown (the roster's words), not the ids.
    const span = $getDocument().createElement('span');
    span.textContent = editor.getElementByKey(this.getKey())?.textContent || this.getTextContent();
    return { element: span };
  }
  override getTextContent(): string {
    return `@${this.__personIds.join(', @')}`;
  }
  override isInline(): true {
    return true;
  }
  override isKeyboardSelectable(): false {
    return false;
  }
  override decorate(): JSX.Element {
    return (
      <SpeakerLabel personIds={this.__personIds} article={this.__article} nodeKey={this.getKey()} />
    );
  }
}

export function $createSpeakerNode(
  personIds: readonly string[],
  article?: SpeakerArticle,
): SpeakerNode {
  const node = $applyNodeReplacement(new SpeakerNode(personIds));
  if (article !== undefined) node.setArticle(article);
  return node;
}

export function $isSpeakerNode(node: LexicalNode | null | undefined): node is SpeakerNode {
  return node instanceof SpeakerNode;
}
