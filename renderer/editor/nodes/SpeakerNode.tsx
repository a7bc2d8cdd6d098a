import {
  $applyNodeReplacement,
  $getDocument,
  arrayValue,
  DecoratorNode,
  nodeSchema,
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
import { useLabels, useMentionedBefore } from './ProtocolNodeLabels';

/**
 * A speaker mention ("StR Perc (SPD)"): person ids on disk (core's SpeakerJSON), the name as
 * the roster gives it on screen. One atom in the text: the caret passes it, Backspace takes
 * it whole.
 */
export type SerializedSpeakerNode = Spread<{ personIds: string[] }, SerializedLexicalNode>;

const speakerSchema = nodeSchema<SpeakerNode>()({
  personIds: arrayValue(stringValue()),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SpeakerNode {
  exportJSON(compact?: false): SerializedSpeakerNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedSpeakerNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedSpeakerNode>): this;
}

function SpeakerLabel({ personIds, nodeKey }: { personIds: readonly string[]; nodeKey: string }) {
  const labels = useLabels();
  const before = useMentionedBefore(nodeKey);
  return <>{labels.speaker(personIds, before)}</>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SpeakerNode extends DecoratorNode<JSX.Element> {
  /** @internal */
  __personIds: readonly string[];

  override $config() {
    return this.config('speaker', { extends: DecoratorNode, json: speakerSchema });
  }

  constructor(personIds: readonly string[] = [], key?: NodeKey) {
    super(key);
    this.__personIds = personIds;
  }

  // Lexical clones a node before each change; the schema's conventional accessors do not
  // tell it where these fields live, so they are copied here.
  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__personIds = prevNode.__personIds;
  }

  getPersonIds(): string[] {
    return [...this.getLatest().__personIds];
  }
  setPersonIds(personIds: readonly string[]): this {
    const self = this.getWritable();
    self.__personIds = [...personIds];
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
    return <SpeakerLabel personIds={this.__personIds} nodeKey={this.getKey()} />;
  }
}

export function $createSpeakerNode(personIds: readonly string[]): SpeakerNode {
  return $applyNodeReplacement(new SpeakerNode(personIds));
}

export function $isSpeakerNode(node: LexicalNode | null | undefined): node is SpeakerNode {
  return node instanceof SpeakerNode;
}
