import {
  $applyNodeReplacement,
  $getDocument,
  booleanValue,
  ElementNode,
  nodeSchema,
  stringValue,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type NodeKey,
  type SerializedElementNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';

/**
 * A section of an item's text (Beratungsunterlage, Beschlussantrag, Verhandlung, …), the
 * editor's side of core's SectionJSON. The app owns the structure: the clerk writes inside a
 * section but never removes, merges or moves one, so the node is a shadow root (selection and
 * deletion treat it like the root) and refuses every merge. The title is not a child: it is
 * drawn by CSS from data attributes, so it cannot be selected, edited or deleted.
 */
export type SerializedProtocolSectionNode = Spread<
  { section: string; title: string; printTitle: boolean },
  SerializedElementNode
>;

const sectionSchema = nodeSchema<ProtocolSectionNode>()({
  section: stringValue(),
  title: stringValue(),
  printTitle: booleanValue(),
});

export const SECTION_CLASS = 'pk-section';

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface ProtocolSectionNode {
  exportJSON(compact?: false): SerializedProtocolSectionNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedProtocolSectionNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedProtocolSectionNode>): this;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ProtocolSectionNode extends ElementNode {
  /** @internal */
  __section: string;
  /** @internal */
  __title: string;
  /** @internal */
  __printTitle: boolean;

  override $config() {
    return this.config('protocol-section', { extends: ElementNode, json: sectionSchema });
  }

  constructor(section = '', title = '', printTitle = false, key?: NodeKey) {
    super(key);
    this.__section = section;
    this.__title = title;
    this.__printTitle = printTitle;
  }

  // Lexical clones a node before each change; the schema's conventional accessors do not
  // tell it where these fields live, so they are copied here.
  override afterCloneFrom(prevNode: this): void {
    super.afterCloneFrom(prevNode);
    this.__section = prevNode.__section;
    this.__title = prevNode.__title;
    this.__printTitle = prevNode.__printTitle;
  }

  getSection(): string {
    return this.getLatest().__section;
  }
  setSection(section: string): this {
    const self = this.getWritable();
    self.__section = section;
    return self;
  }
  getTitle(): string {
    return this.getLatest().__title;
  }
  setTitle(title: string): this {
    const self = this.getWritable();
    self.__title = title;
    return self;
  }
  getPrintTitle(): boolean {
    return this.getLatest().__printTitle;
  }
  setPrintTitle(printTitle: boolean): this {
    const self = this.getWritable();
    self.__printTitle = printTitle;
    return self;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = $getDocument().createElement('section');
    dom.className = SECTION_CLASS;
    const theme = config.theme.protocolSection;
    if (typeof theme === 'string' && theme !== '') dom.classList.add(...theme.split(' '));
    this.writeDOMAttributes(dom);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement): boolean {
    if (
      prevNode.__section !== this.__section ||
      prevNode.__title !== this.__title ||
      prevNode.__printTitle !== this.__printTitle
    ) {
      this.writeDOMAttributes(dom);
    }
    return false;
  }

  private writeDOMAttributes(dom: HTMLElement): void {
    dom.dataset.section = this.__section;
    dom.dataset.title = this.__title;
    if (this.__printTitle) dom.dataset.printTitle = '';
    else delete dom.dataset.printTitle;
    dom.setAttribute('aria-label', this.__title);
  }

  override isShadowRoot(): boolean {
    return true;
  }
  override canBeEmpty(): false {
    return false;
  }
  override canIndent(): false {
    return false;
  }
  override canInsertTextBefore(): false {
    return false;
  }
  override canInsertTextAfter(): false {
    return false;
  }
  override canMergeWith(): false {
    return false;
  }
  override canReplaceWith(): false {
    return false;
  }
  override excludeFromCopy(): boolean {
    // A copy carries the blocks inside, never the section itself: pasted elsewhere it would
    // be a second section.
    return true;
  }

  override collapseAtStart(): true {
    // Backspace at the very start of a section: nothing happens, the section stays.
    return true;
  }

  override insertNewAfter(): null {
    // Enter never splits a section: the blocks inside make their own new blocks.
    return null;
  }
}

export function $createProtocolSectionNode(
  section: string,
  title: string,
  printTitle: boolean,
): ProtocolSectionNode {
  return $applyNodeReplacement(new ProtocolSectionNode(section, title, printTitle));
}

export function $isProtocolSectionNode(
  node: LexicalNode | null | undefined,
): node is ProtocolSectionNode {
  return node instanceof ProtocolSectionNode;
}
