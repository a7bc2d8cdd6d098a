import { FileChild } from 'docx';
import type { PrintItem } from '../print-model';

/**
 * An element of the body that writes nothing: when the DOCX library turns the body into XML
 * (the long part of a large export) and reaches it, it reports its item, so the app's progress
 * bar can name the item being written.
 */
export class ItemMark extends FileChild {
  constructor(
    private readonly item: PrintItem,
    private readonly reached: (item: PrintItem) => void,
  ) {
    super('w:p');
  }

  override prepForXml(): undefined {
    this.reached(this.item);
    return undefined;
  }
}
