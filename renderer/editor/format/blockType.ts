import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, type ElementNode } from 'lexical';
import type { BlockType } from '../commands';

export function $setBlockType(type: BlockType): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const create = (): ElementNode =>
    type === 'paragraph'
      ? $createParagraphNode()
      : type === 'quote'
        ? $createQuoteNode()
        : $createHeadingNode(type);
  $setBlocksType(selection, create);
  return true;
}

export function blockTypeOf(block: ElementNode | null): BlockType | 'other' {
  if (block === null) return 'other';
  if ($isHeadingNode(block)) return block.getTag() === 'h3' ? 'h3' : 'h4';
  if ($isQuoteNode(block)) return 'quote';
  if (block.getType() === 'paragraph') return 'paragraph';
  return 'other';
}
