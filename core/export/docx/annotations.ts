import type { PrintBlock, PrintComment, PrintDocument, PrintInline } from '../print-model';
import type { CommentSpec, Emitter } from './emit';
import { xmlSafe, xmlSafeLine } from './xml';

/**
 * Word's annotations of one DOCX: tracked changes (w:ins, w:del) and comments. Both need ids
 * unique in the document; one counter serves both, as Word itself keeps them apart anyway.
 *
 * A comment thread covers the text its marks cover. The editor marks a passage that runs over
 * several paragraphs paragraph by paragraph, with the same thread id, so the writer counts
 * each thread's marked stretches first: the range starts at the first and ends after the
 * last, and the text between belongs to it, as in Word. Replies are comments of their own
 * with the thread's comment as parent, over the same range (Word and LibreOffice show them as
 * a thread). Resolved threads are left out: the DOCX carries the open discussion; settled
 * threads stay in the .protokoll file's review record. A thread whose marked text was deleted
 * is anchored on the heading of its item, so it is not lost.
 */
export class Annotations<C> {
  private next = 1;
  /** Open threads by id; only these are written. */
  private readonly threads = new Map<string, PrintComment>();
  /** Marked stretches of each thread still to come. */
  private readonly remaining = new Map<string, number>();
  /** Word comment ids of each thread: the thread's own, then one per reply. */
  private readonly wordIds = new Map<string, number[]>();
  private readonly written: CommentSpec[] = [];

  constructor(
    private readonly emit: Emitter<unknown, C>,
    print: PrintDocument,
  ) {
    for (const thread of print.comments) if (!thread.resolved) this.threads.set(thread.id, thread);
    if (this.threads.size === 0) return;
    for (const part of print.parts) {
      for (const section of part.sections) {
        for (const item of section.items) countStretches(item.blocks, this.threads, this.remaining);
      }
    }
  }

  /** A fresh id for a tracked change. */
  changeId(): number {
    return this.next++;
  }

  /** Whether the inline's comment marks are written at all (open threads only). */
  private openIds(inline: PrintInline): string[] {
    return (inline.comments ?? []).filter((id) => this.threads.has(id));
  }

  /**
   * The children of a paragraph: `runs` makes the runs of one inline; comment range marks go
   * around the stretches of inlines carrying a thread.
   */
  paragraphChildren(inlines: readonly PrintInline[], runs: (inline: PrintInline) => C[]): C[] {
    if (this.threads.size === 0) return inlines.flatMap(runs);
    const out: C[] = [];
    let open = new Set<string>();
    inlines.forEach((inline) => {
      const ids = new Set(this.openIds(inline));
      for (const id of open) if (!ids.has(id)) out.push(...this.stretchEnd(id));
      for (const id of ids) if (!open.has(id)) out.push(...this.stretchStart(id));
      out.push(...runs(inline));
      open = ids;
    });
    for (const id of open) out.push(...this.stretchEnd(id));
    return out;
  }

  /** Range starts and ends, with their references, for the threads of an item with no mark left. */
  orphans(itemIds: readonly string[]): { before: C[]; after: C[] } {
    const before: C[] = [];
    const after: C[] = [];
    for (const thread of this.threads.values()) {
      if (!itemIds.includes(thread.itemId) || this.remaining.has(thread.id)) continue;
      if (this.wordIds.has(thread.id)) continue;
      before.push(...this.open(thread));
      after.push(...this.close(thread.id));
    }
    return { before, after };
  }

  /** The comments for docx's Document, once the body is written. */
  comments(): CommentSpec[] {
    return this.written;
  }

  private stretchStart(id: string): C[] {
    const thread = this.threads.get(id)!;
    return this.wordIds.has(id) ? [] : this.open(thread);
  }

  private stretchEnd(id: string): C[] {
    const left = (this.remaining.get(id) ?? 1) - 1;
    if (left > 0) {
      this.remaining.set(id, left);
      return [];
    }
    this.remaining.delete(id);
    return this.close(id);
  }

  private open(thread: PrintComment): C[] {
    const own = this.next++;
    const ids = [own];
    this.written.push({
      id: own,
      author: xmlSafeLine(thread.author),
      ...dateOf(thread.createdAt),
      lines: commentLines(thread.text),
    });
    for (const reply of thread.replies) {
      const id = this.next++;
      ids.push(id);
      this.written.push({
        id,
        parentId: own,
        author: xmlSafeLine(reply.author),
        ...dateOf(reply.createdAt),
        lines: commentLines(reply.text),
      });
    }
    this.wordIds.set(thread.id, ids);
    return ids.map((id) => this.emit.commentStart(id));
  }

  private close(threadId: string): C[] {
    const ids = this.wordIds.get(threadId) ?? [];
    return ids.flatMap((id) => [this.emit.commentEnd(id), this.emit.commentReference(id)]);
  }
}

function dateOf(iso: string): { date?: Date } {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? {} : { date };
}

function commentLines(text: string): string[] {
  return xmlSafe(text).split(/\r\n?|\n/);
}

/** Counts the marked stretches of each thread: runs of consecutive inlines of a paragraph. */
function countStretches(
  blocks: readonly PrintBlock[],
  threads: ReadonlyMap<string, PrintComment>,
  counts: Map<string, number>,
): void {
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph': {
        let open = new Set<string>();
        for (const inline of block.inlines) {
          const ids = new Set((inline.comments ?? []).filter((id) => threads.has(id)));
          for (const id of ids) if (!open.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
          open = ids;
        }
        break;
      }
      case 'heading':
        break;
      case 'list':
        block.items.forEach((item) => countStretches(item, threads, counts));
        break;
      case 'table':
        block.rows.forEach((row) =>
          row.forEach((cell) => countStretches(cell.blocks, threads, counts)),
        );
        break;
      case 'quote':
        countStretches(block.blocks, threads, counts);
        break;
    }
  }
}
