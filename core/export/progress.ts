import type { PrintDocument, PrintItem } from './print-model';

/**
 * Where a long export stands, item by item, for the progress bar of the app. The writers
 * report each item as they reach it; the host turns that into what the user sees.
 */
export interface ItemReached {
  /**
   * 'prepare': the item's text is laid out for the format (DOCX: its paragraphs built);
   * 'write': it is written into the file's text. HTML has only the write pass.
   */
  pass: 'prepare' | 'write';
  /** 0-based position among all items of the print document. */
  index: number;
  total: number;
  /** "TOP 17: Bebauungsplan …" or, in the per-item form, the item's subject line. */
  label: string;
}

export type ItemProgress = (reached: ItemReached) => void;

/** The items of a print document in the order they are written. */
export function printItems(print: PrintDocument): PrintItem[] {
  return print.parts.flatMap((part) => part.sections.flatMap((section) => section.items));
}

/** What the progress shows for an item: its heading, else the title of its Niederschrift. */
export function itemLabels(print: PrintDocument): Map<PrintItem, string> {
  const labels = new Map<PrintItem, string>();
  for (const part of print.parts) {
    for (const section of part.sections) {
      for (const item of section.items) labels.set(item, item.heading || part.title);
    }
  }
  return labels;
}

/**
 * Calls `report` for each item the first time it is reached, in order; a writer that visits an
 * item twice (the DOCX library prepares some parts more than once) never moves progress back.
 */
export function itemReporter(
  print: PrintDocument,
  report: ItemProgress | undefined,
  pass: ItemReached['pass'] = 'write',
): (item: PrintItem) => void {
  if (!report) return () => undefined;
  const labels = itemLabels(print);
  const order = new Map(printItems(print).map((item, index) => [item, index]));
  const total = order.size;
  let furthest = -1;
  return (item) => {
    const index = order.get(item);
    if (index === undefined || index <= furthest) return;
    furthest = index;
    report({ pass, index, total, label: labels.get(item) ?? '' });
  };
}
