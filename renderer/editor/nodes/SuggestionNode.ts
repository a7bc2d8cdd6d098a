import {
  $applyNodeReplacement,
  $getDocument,
  ElementNode,
  nodeSchema,
  stringValue,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedElementNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';

/**
 * A tracked change from review (core's SuggestionJSON: text to insert or to delete, with its
 * author). Shown inserted underlined, deleted struck through; suggestion mode makes them
 * (suggestions/suggest.ts), and they are accepted or rejected one by one or all at once.
 */
export type SerializedSuggestionNode = Spread<
  { kind: 'insert' | 'delete'; id: string; author: string; createdAt: string },
  SerializedElementNode
>;

const suggestionSchema = nodeSchema<SuggestionNode>()({
  kind: stringValue(),
  id: stringValue(),
  author: stringValue(),
  createdAt: stringValue(),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SuggestionNode {
  exportJSON(compact?: false): SerializedSuggestionNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedSuggestionNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedSuggestionNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SuggestionNode extends ElementNode {
  /** @internal */
  __kind: string;
  /** @internal */
  __id: string;
  /** @internal */
  __author: string;
  /** @internal */
  __createdAt: string;

  override $config() {
    return this.config('suggestion', { extends: ElementNode, json: suggestionSchema });
  }

  constructor(kind = 'insert', key?: NodeKey) {
    super(key);
    this.__kind = kind;
    this.__id = '';
    this.__author = '';
    this.__createdAt = '';
  }

  // Lexical clones a node before each change; the schema's conventional accessors do not
  // tell it where these fields live, so they are copied here.
  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__kind = prevNode.__kind;
    this.__id = prevNode.__id;
    this.__author = prevNode.__author;
    this.__createdAt = prevNode.__createdAt;
  }

  getKind(): string {
    return this.getLatest().__kind;
  }
  setKind(value: string): this {
    const self = this.getWritable();
    self.__kind = value;
    return self;
  }
  getId(): string {
    return this.getLatest().__id;
  }
  setId(value: string): this {
    const self = this.getWritable();
    self.__id = value;
    return self;
  }
  getAuthor(): string {
    return this.getLatest().__author;
  }
  setAuthor(value: string): this {
    const self = this.getWritable();
    self.__author = value;
    return self;
  }
  getCreatedAt(): string {
    return this.getLatest().__createdAt;
  }
  setCreatedAt(value: string): this {
    const self = this.getWritable();
    self.__createdAt = value;
    return self;
  }

  override createDOM(): HTMLElement {
    const dom = $getDocument().createElement(this.__kind === 'delete' ? 'del' : 'ins');
    dom.className = `pk-suggestion pk-suggestion--${this.__kind === 'delete' ? 'delete' : 'insert'}`;
    // Who and when is shown on hover, in the UI language (SuggestionPopover sets the title).
    dom.dataset.suggestion = this.__id;
    return dom;
  }
  override updateDOM(prevNode: this): boolean {
    return (
      prevNode.__kind !== this.__kind ||
      prevNode.__author !== this.__author ||
      prevNode.__id !== this.__id
    );
  }
  override isInline(): true {
    return true;
  }
  override canBeEmpty(): false {
    return false;
  }
  override canInsertTextBefore(): false {
    return false;
  }
  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createSuggestionNode(): SuggestionNode {
  return $applyNodeReplacement(new SuggestionNode());
}

export function $isSuggestionNode(node: LexicalNode | null | undefined): node is SuggestionNode {
  return node instanceof SuggestionNode;
}
